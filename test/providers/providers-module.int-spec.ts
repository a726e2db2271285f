import { Test } from '@nestjs/testing';
import { CoreModule } from '../../src/common/core.module';
import { loadConfig } from '../../src/config/app-config';
import { SandboxVoiceProvider } from '../../src/calls/providers/sandbox-voice.provider';
import { VOICE_PROVIDER, VoiceProvider } from '../../src/calls/providers/voice-provider';
import { VoiceProvidersModule } from '../../src/calls/providers/voice-providers.module';
import { HttpVoiceProvider } from '../../src/calls/providers/voice-runner.client';
import { SandboxSmsProvider } from '../../src/sms/providers/sandbox-sms.provider';
import { HttpSmsProvider } from '../../src/sms/providers/sms-gateway.client';
import { SMS_PROVIDER, SmsProvider } from '../../src/sms/providers/sms-provider';
import { SmsProvidersModule } from '../../src/sms/providers/sms-providers.module';
import { TwilioSmsProvider } from '../../src/sms/providers/twilio.client';
import { recordingSink, smsBatch, voiceBatch } from '../support/provider-batches';

async function providersFor(env: Record<string, string>): Promise<{ voice: VoiceProvider; sms: SmsProvider }> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.register(loadConfig(env)), VoiceProvidersModule, SmsProvidersModule],
  }).compile();
  return { voice: moduleRef.get(VOICE_PROVIDER), sms: moduleRef.get(SMS_PROVIDER) };
}

describe('VoiceProvidersModule and SmsProvidersModule', () => {
  it('gives the sandbox providers by default', async () => {
    const { voice, sms } = await providersFor({});
    expect(voice).toBeInstanceOf(SandboxVoiceProvider);
    expect(sms).toBeInstanceOf(SandboxSmsProvider);
    expect([voice.name, sms.name, sms.deduplicates]).toEqual(['sandbox', 'sandbox', true]);
  });

  it('gives the http clients when configured', async () => {
    const { voice, sms } = await providersFor({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: 'http://127.0.0.1:9',
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: 'http://127.0.0.1:9',
    });
    expect(voice).toBeInstanceOf(HttpVoiceProvider);
    expect(sms).toBeInstanceOf(HttpSmsProvider);
  });

  it('gives the Twilio client for SMS_PROVIDER=twilio', async () => {
    const { sms } = await providersFor({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_AUTH_TOKEN: 'token',
    });
    expect(sms).toBeInstanceOf(TwilioSmsProvider);
    expect(sms.deduplicates).toBe(false);
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

  it('accept every message and keep only the last 1000 batches', async () => {
    const sms = new SandboxSmsProvider();
    const { sink, outcomes } = recordingSink();
    for (let n = 1; n <= 1003; n++) await sms.sendSms(smsBatch(1, n), sink);
    expect(outcomes()).toHaveLength(1003);
    expect(outcomes()[0]).toEqual({
      attemptId: smsBatch(1).messages[0].attemptId,
      accepted: true,
      providerRef: `sandbox-${smsBatch(1).messages[0].attemptId}`,
    });
    expect(sms.sent).toHaveLength(1000);
    expect(sms.sent[0].batch).toBe(4);
    expect(sms.sent[999].batch).toBe(1003);
  });
});
