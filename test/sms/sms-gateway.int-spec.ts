import { createHmac } from 'node:crypto';
import { loadConfig } from '../../src/config/app-config';
import { BatchRejectedError, TransientProviderError } from '../../src/initiations/channel.port';
import { HttpSmsProvider } from '../../src/sms/providers/sms-gateway.client';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { attemptId, closedPortUrl, recordingSink, smsBatch } from '../support/provider-batches';

const SECRET = 'gateway-secret';

function gatewayClient(url: string, secret: string | null = SECRET): HttpSmsProvider {
  return new HttpSmsProvider(
    loadConfig({
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: url,
      SMS_GATEWAY_SECRET: secret ?? undefined,
      // 1 s: a loaded CI machine can take hundreds of ms on loopback; the delay below outlasts it.
      SMS_GATEWAY_TIMEOUT_MS: '1000',
      // The voice settings must not leak into the SMS client.
      VOICE_RUNNER_SECRET: 'voice-secret',
      VOICE_RUNNER_TIMEOUT_MS: '60000',
    }),
  );
}

describe('HttpSmsProvider against a fake gateway', () => {
  const fake = FakeBatchServer.smsGateway(SECRET, 'messageId');
  let client: HttpSmsProvider;

  beforeAll(async () => {
    await fake.start();
    client = gatewayClient(fake.url);
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('says it de-duplicates and is named http', () => {
    expect(client.name).toBe('http');
    expect(client.deduplicates).toBe(true);
  });

  it('sends one signed JSON request with exactly the protocol fields, UTF-8 text included', async () => {
    const batch = smsBatch(2, 3);
    await client.sendSms(batch, recordingSink().sink);

    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req.path).toBe('/v1/sms/batch');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['idempotency-key']).toBe('ini_0123456789abcdef01234567:3');
    expect(req.body).toEqual({
      initiationId: 'ini_0123456789abcdef01234567',
      batch: 3,
      templateId: 'tpl_1',
      dltTemplateId: '1107161234567890123',
      senderId: 'TMPAYS',
      messages: batch.messages.map((m) => ({
        attemptId: m.attemptId,
        customerId: m.customerId,
        to: m.to,
        text: m.text,
      })),
    });
    expect(Object.keys(req.body ?? {})).toEqual([
      'initiationId',
      'batch',
      'templateId',
      'dltTemplateId',
      'senderId',
      'messages',
    ]);
    expect(req.rawBody.toString('utf8')).toContain('₹1500');
    expect(req.headers['x-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(req.rawBody).digest('hex')}`);
    expect(req.signatureValid).toBe(true);
  });

  it('sends dltTemplateId null as null, and no signature without a secret', async () => {
    const batch = { ...smsBatch(1), dltTemplateId: null };
    await gatewayClient(fake.url, null).sendSms(batch, recordingSink().sink);
    expect(fake.requests[0].body?.dltTemplateId).toBeNull();
    expect(fake.requests[0].headers['x-signature']).toBeUndefined();
  });

  it('takes messageId, or else callId, as the provider ref; same reasons as the runner', async () => {
    fake.behave(() => ({
      body: {
        results: [
          { attemptId: attemptId(1), accepted: true, messageId: 'msg-1', callId: 'ignored' },
          { attemptId: attemptId(2), accepted: true, callId: 'call-2' },
          { attemptId: attemptId(3), accepted: true },
          { attemptId: attemptId(4), accepted: false, reason: 'DLT template mismatch' },
          { attemptId: attemptId(5), accepted: false, reason: '   ' },
        ],
      },
    }));
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(6), sink);
    expect(outcomes()).toEqual([
      { attemptId: attemptId(1), accepted: true, providerRef: 'msg-1' },
      { attemptId: attemptId(2), accepted: true, providerRef: 'call-2' },
      { attemptId: attemptId(3), accepted: true },
      { attemptId: attemptId(4), accepted: false, reason: 'DLT template mismatch' },
      { attemptId: attemptId(5), accepted: false, reason: 'Rejected by runner' },
      { attemptId: attemptId(6), accepted: false, reason: 'No result from runner' },
    ]);
  });

  it("uses the fake's default answer: messageId refs, rejections and omissions", async () => {
    fake.reject([attemptId(1)], 'Invalid number').omit([attemptId(2)]);
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(3), sink);
    expect(outcomes()).toEqual([
      { attemptId: attemptId(1), accepted: false, reason: 'Invalid number' },
      { attemptId: attemptId(2), accepted: false, reason: 'No result from runner' },
      { attemptId: attemptId(3), accepted: true, providerRef: `msg-${attemptId(3)}` },
    ]);
  });

  it('cuts over-long provider text to the widths of the attempt columns', async () => {
    fake.behave(() => ({
      body: {
        results: [
          { attemptId: attemptId(1), accepted: true, messageId: 'm'.repeat(300) },
          { attemptId: attemptId(2), accepted: false, reason: 'r'.repeat(900) },
        ],
      },
    }));
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(2), sink);
    expect(outcomes()[0].providerRef).toHaveLength(128);
    expect(outcomes()[1].reason).toHaveLength(500);
  });

  it('502 → TransientProviderError "Workflow runner error: HTTP 502"', async () => {
    fake.failWith(502);
    const sent = client.sendSms(smsBatch(2), recordingSink().sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Workflow runner error: HTTP 502$/);
  });

  it('400 → BatchRejectedError "Workflow runner error: HTTP 400"', async () => {
    fake.failWith(400);
    const sent = client.sendSms(smsBatch(2), recordingSink().sink);
    await expect(sent).rejects.toBeInstanceOf(BatchRejectedError);
    await expect(sent).rejects.toThrow(/^Workflow runner error: HTTP 400$/);
  });

  it('a malformed 200 → TransientProviderError "Workflow runner error: invalid response"', async () => {
    fake.behave(() => ({ body: [{ attemptId: attemptId(1), accepted: true }] }));
    const { sink, calls } = recordingSink();
    await expect(client.sendSms(smsBatch(1), sink)).rejects.toEqual(
      new TransientProviderError('Workflow runner error: invalid response'),
    );
    expect(calls).toHaveLength(0);
  });

  it('times out after SMS_GATEWAY_TIMEOUT_MS, not the voice timeout', async () => {
    fake.delay(3000);
    const sent = client.sendSms(smsBatch(1), recordingSink().sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Workflow runner timeout$/);
  });

  it('a closed port → "Workflow runner unreachable"', async () => {
    const sent = gatewayClient(await closedPortUrl()).sendSms(smsBatch(1), recordingSink().sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Workflow runner unreachable$/);
  });

  it('propagates a failing sink as is (the outcomes were not recorded)', async () => {
    const broken = new Error('database down');
    await expect(
      client.sendSms(smsBatch(1), async () => {
        throw broken;
      }),
    ).rejects.toBe(broken);
  });
});
