import type { AppConfig } from '../../config/app-config';
import type { ProviderTimers } from '../../providers/provider-timers';
import { SandboxVoiceProvider } from './sandbox-voice.provider';
import type { VoiceProvider } from './voice-provider';
import { HttpVoiceProvider } from './voice-runner.client';

/** The voice provider VOICE_PROVIDER names. */
export function createVoiceProvider(config: AppConfig, timers?: ProviderTimers): VoiceProvider {
  const timer = timers?.timer('calls', config.voice.provider);
  switch (config.voice.provider) {
    case 'sandbox':
      return new SandboxVoiceProvider(timer);
    case 'http':
      return new HttpVoiceProvider(config, timer);
  }
}
