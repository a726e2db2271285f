import { Clock, SystemClock } from '../../common/clock';
import type { AppConfig } from '../../config/app-config';
import type { ProviderTimers } from '../../providers/provider-timers';
import { SandboxEvents, sandboxEventsTarget } from '../../providers/sandbox-events';
import { SandboxVoiceProvider } from './sandbox-voice.provider';
import type { VoiceProvider } from './voice-provider';
import { HttpVoiceProvider } from './voice-runner.client';

/** The voice provider VOICE_PROVIDER names. */
export function createVoiceProvider(
  config: AppConfig,
  timers?: ProviderTimers,
  clock: Clock = new SystemClock(),
): VoiceProvider {
  const timer = timers?.timer('calls', config.voice.provider);
  switch (config.voice.provider) {
    case 'sandbox':
      return new SandboxVoiceProvider(timer, sandboxVoiceEvents(config, clock));
    case 'http':
      return new HttpVoiceProvider(config, timer);
  }
}

/** The sandbox reports its calls to /providers/voice/events when it can sign them (SPEC §9). */
function sandboxVoiceEvents(config: AppConfig, clock: Clock): SandboxEvents | undefined {
  const target = sandboxEventsTarget(
    'call',
    config.publicBaseUrl,
    config.voice.secret,
    'VOICE_RUNNER_SECRET',
    '/api/v1/providers/voice/events',
    'events',
  );
  return target && new SandboxEvents(target, clock, 'SandboxVoiceProvider');
}
