import { Test } from '@nestjs/testing';
import { SandboxVoiceProvider } from '../../src/calls/providers/sandbox-voice.provider';
import { VOICE_PROVIDER, VoiceProvider } from '../../src/calls/providers/voice-provider';
import { VoiceProvidersModule } from '../../src/calls/providers/voice-providers.module';
import { HttpVoiceProvider } from '../../src/calls/providers/voice-runner.client';
import { CoreModule } from '../../src/common/core.module';
import { loadConfig } from '../../src/config/app-config';
import { recordingSink, voiceBatch } from '../support/provider-batches';

async function voiceProviderFor(env: Record<string, string>): Promise<VoiceProvider> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.register(loadConfig(env)), VoiceProvidersModule],
  }).compile();
  return moduleRef.get(VOICE_PROVIDER);
}

describe('VoiceProvidersModule', () => {
  it('gives the sandbox provider by default', async () => {
    const voice = await voiceProviderFor({});
    expect(voice).toBeInstanceOf(SandboxVoiceProvider);
    expect(voice.name).toBe('sandbox');
  });

  it('gives the http client when configured', async () => {
    const voice = await voiceProviderFor({ VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: 'http://127.0.0.1:9' });
    expect(voice).toBeInstanceOf(HttpVoiceProvider);
  });
});

describe('sandbox providers', () => {
  it('accept every call with a sandbox ref and record the batch', async () => {
    const voice = new SandboxVoiceProvider();
    const batch = voiceBatch(3);
    const { sink, outcomes } = recordingSink();
    await voice.sendCalls(batch, sink);
    expect(outcomes()).toEqual(
      batch.calls.map((c) => ({ attemptId: c.attemptId, accepted: true, providerRef: `sandbox-${c.attemptId}` })),
    );
    expect(voice.sent).toEqual([batch]);
  });
});
