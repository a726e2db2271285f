import { Test } from '@nestjs/testing';
import { CoreModule } from '../../src/common/core.module';
import { loadConfig } from '../../src/config/app-config';
import { SandboxSmsProvider } from '../../src/sms/providers/sandbox-sms.provider';
import { HttpSmsProvider } from '../../src/sms/providers/sms-gateway.client';
import { SMS_PROVIDER, SmsProvider } from '../../src/sms/providers/sms-provider';
import { SmsProvidersModule } from '../../src/sms/providers/sms-providers.module';
import { TwilioSmsProvider } from '../../src/sms/providers/twilio.client';
import { recordingSink, smsBatch } from '../support/provider-batches';

async function smsProviderFor(env: Record<string, string>): Promise<SmsProvider> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.register(loadConfig(env)), SmsProvidersModule],
  }).compile();
  return moduleRef.get(SMS_PROVIDER);
}

describe('SmsProvidersModule', () => {
  it('gives the sandbox provider by default', async () => {
    const sms = await smsProviderFor({});
    expect(sms).toBeInstanceOf(SandboxSmsProvider);
    expect([sms.name, sms.deduplicates]).toEqual(['sandbox', true]);
  });

  it('gives the http client when configured', async () => {
    const sms = await smsProviderFor({ SMS_PROVIDER: 'http', SMS_GATEWAY_URL: 'http://127.0.0.1:9' });
    expect(sms).toBeInstanceOf(HttpSmsProvider);
  });

  it('gives the Twilio client for SMS_PROVIDER=twilio', async () => {
    const sms = await smsProviderFor({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_AUTH_TOKEN: 'token',
    });
    expect(sms).toBeInstanceOf(TwilioSmsProvider);
    expect(sms.deduplicates).toBe(false);
  });
});

describe('sandbox providers', () => {
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
