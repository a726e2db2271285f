import type { AppConfig } from '../config/app-config';
import type { SmsProvider, VoiceProvider } from './provider.types';
import { SandboxSmsProvider, SandboxVoiceProvider } from './sandbox.providers';
import { HttpSmsProvider } from './sms-gateway.client';
import { TwilioSmsProvider } from './twilio.client';
import { HttpVoiceProvider } from './voice-runner.client';

export function createVoiceProvider(config: AppConfig): VoiceProvider {
  switch (config.voice.provider) {
    case 'sandbox':
      return new SandboxVoiceProvider();
    case 'http':
      return new HttpVoiceProvider(config);
  }
}

export function createSmsProvider(config: AppConfig): SmsProvider {
  switch (config.sms.provider) {
    case 'sandbox':
      return new SandboxSmsProvider();
    case 'http':
      return new HttpSmsProvider(config);
    case 'twilio':
      return new TwilioSmsProvider(config);
  }
}
