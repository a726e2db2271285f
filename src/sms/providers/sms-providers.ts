import type { AppConfig } from '../../config/app-config';
import type { ProviderTimers } from '../../providers/provider-timers';
import { SandboxSmsProvider } from './sandbox-sms.provider';
import { HttpSmsProvider } from './sms-gateway.client';
import type { SmsProvider } from './sms-provider';
import { TwilioSmsProvider } from './twilio.client';

/** The SMS provider SMS_PROVIDER names. */
export function createSmsProvider(config: AppConfig, timers?: ProviderTimers): SmsProvider {
  const timer = timers?.timer('sms', config.sms.provider);
  switch (config.sms.provider) {
    case 'sandbox':
      return new SandboxSmsProvider(timer);
    case 'http':
      return new HttpSmsProvider(config, timer);
    case 'twilio':
      return new TwilioSmsProvider(config, timer);
  }
}
