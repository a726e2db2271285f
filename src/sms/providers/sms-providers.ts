import { Clock, SystemClock } from '../../common/clock';
import type { AppConfig } from '../../config/app-config';
import type { ProviderTimers } from '../../providers/provider-timers';
import { SandboxEvents, sandboxEventsTarget } from '../../providers/sandbox-events';
import { SandboxSmsProvider } from './sandbox-sms.provider';
import { HttpSmsProvider } from './sms-gateway.client';
import type { SmsProvider } from './sms-provider';
import { TwilioSmsProvider } from './twilio.client';

/** The SMS provider SMS_PROVIDER names. */
export function createSmsProvider(
  config: AppConfig,
  timers?: ProviderTimers,
  clock: Clock = new SystemClock(),
): SmsProvider {
  const timer = timers?.timer('sms', config.sms.provider);
  switch (config.sms.provider) {
    case 'sandbox':
      return new SandboxSmsProvider(timer, sandboxSmsEvents(config, clock));
    case 'http':
      return new HttpSmsProvider(config, timer);
    case 'twilio':
      return new TwilioSmsProvider(config, timer);
  }
}

/** The sandbox reports its messages to /providers/sms/receipts when it can sign them (SPEC §9). */
function sandboxSmsEvents(config: AppConfig, clock: Clock): SandboxEvents | undefined {
  const target = sandboxEventsTarget(
    'SMS',
    config.publicBaseUrl,
    config.sms.secret,
    'SMS_GATEWAY_SECRET',
    '/api/v1/providers/sms/receipts',
    'receipts',
  );
  return target && new SandboxEvents(target, clock, 'SandboxSmsProvider');
}
