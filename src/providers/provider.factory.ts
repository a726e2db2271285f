import type { AppConfig } from '../config/app-config';
import type { RequestTimer, SmsProvider, VoiceProvider } from './provider.types';
import { SandboxSmsProvider, SandboxVoiceProvider } from './sandbox.providers';
import { HttpSmsProvider } from './sms-gateway.client';
import { TwilioSmsProvider } from './twilio.client';
import { HttpVoiceProvider } from './voice-runner.client';

/** Times each request to a provider; supplied by the metrics module, absent where there is none. */
export interface ProviderTimers {
  timer(channel: 'calls' | 'sms', provider: string): RequestTimer;
}

export function createVoiceProvider(config: AppConfig, timers?: ProviderTimers): VoiceProvider {
  const timer = timers?.timer('calls', config.voice.provider);
  switch (config.voice.provider) {
    case 'sandbox':
      return new SandboxVoiceProvider(timer);
    case 'http':
      return new HttpVoiceProvider(config, timer);
  }
}

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
