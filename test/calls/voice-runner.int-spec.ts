import { createHmac } from 'node:crypto';
import { loadConfig } from '../../src/config/app-config';
import { BatchRejectedError, TransientProviderError } from '../../src/initiations/channel.port';
import { HttpVoiceProvider } from '../../src/calls/providers/voice-runner.client';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { attemptId, closedPortUrl, recordingSink, voiceBatch } from '../support/provider-batches';

const SECRET = 's3cret';

function runnerClient(url: string, secret: string | null = SECRET): HttpVoiceProvider {
  return new HttpVoiceProvider(
    loadConfig({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: url,
      VOICE_RUNNER_SECRET: secret ?? undefined,
      // 1 s: a loaded CI machine can take hundreds of ms on loopback; the delays below outlast it.
      VOICE_RUNNER_TIMEOUT_MS: '1000',
    }),
  );
}

describe('HttpVoiceProvider against a fake runner', () => {
  const fake = FakeBatchServer.voiceRunner(SECRET);
  let client: HttpVoiceProvider;

  beforeAll(async () => {
    await fake.start();
    client = runnerClient(fake.url);
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('sends one signed JSON request with exactly the protocol fields', async () => {
    const batch = voiceBatch(3, 4);
    const { sink } = recordingSink();
    await client.sendCalls(batch, sink);

    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/calls/batch');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['idempotency-key']).toBe('ini_0123456789abcdef01234567:4');
    expect(req.body).toEqual({
      initiationId: 'ini_0123456789abcdef01234567',
      campaignId: 'cmp_1',
      batch: 4,
      agentId: 'agent_7',
      dispositionId: 'disp_3',
      calls: batch.calls.map((c) => ({
        attemptId: c.attemptId,
        customerId: c.customerId,
        to: c.to,
        from: c.from,
        language: c.language,
        variables: c.variables,
      })),
    });
    expect(Object.keys(req.body ?? {})).toEqual([
      'initiationId',
      'campaignId',
      'batch',
      'agentId',
      'dispositionId',
      'calls',
    ]);
    expect(Object.keys((req.body?.calls as object[])[0])).toEqual([
      'attemptId',
      'customerId',
      'to',
      'from',
      'language',
      'variables',
    ]);

    const expected = `sha256=${createHmac('sha256', SECRET).update(req.rawBody).digest('hex')}`;
    expect(req.headers['x-signature']).toBe(expected);
    expect(req.signatureValid).toBe(true);
  });

  it('sends no X-Signature without a secret, and a runner with a secret sees the request as unsigned', async () => {
    const { sink } = recordingSink();
    await runnerClient(fake.url, null).sendCalls(voiceBatch(1), sink);
    expect(fake.requests[0].headers['x-signature']).toBeUndefined();
    expect(fake.requests[0].signatureValid).toBe(false);
  });

  it('signs with its own secret: a runner expecting another secret rejects the signature', async () => {
    const other = FakeBatchServer.voiceRunner('another-secret');
    await other.start();
    try {
      const { sink } = recordingSink();
      await runnerClient(other.url).sendCalls(voiceBatch(1), sink);
      expect(other.requests[0].headers['x-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(other.requests[0].signatureValid).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('reports one outcome per attempt: callId as ref, runner reasons, a default reason, missing results', async () => {
    fake
      .reject([attemptId(2)], 'Number is on DND')
      .reject([attemptId(3)])
      .omit([attemptId(4)]);
    const { sink, calls } = recordingSink();
    await client.sendCalls(voiceBatch(5), sink);

    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([
      { attemptId: attemptId(1), accepted: true, providerRef: `call-${attemptId(1)}` },
      { attemptId: attemptId(2), accepted: false, reason: 'Number is on DND' },
      { attemptId: attemptId(3), accepted: false, reason: 'Rejected by runner' },
      { attemptId: attemptId(4), accepted: false, reason: 'No result from runner' },
      { attemptId: attemptId(5), accepted: true, providerRef: `call-${attemptId(5)}` },
    ]);
  });

  it('ignores results for attempts not in the batch and keeps the first result of an attempt', async () => {
    fake.behave(() => ({
      body: {
        results: [
          { attemptId: 'att_not_in_this_batch', accepted: true, callId: 'x' },
          { attemptId: attemptId(1), accepted: true, callId: 'c-1' },
          { attemptId: attemptId(1), accepted: false, reason: 'late duplicate' },
          { attemptId: attemptId(2), accepted: 'yes' },
        ],
      },
    }));
    const { sink, outcomes } = recordingSink();
    await client.sendCalls(voiceBatch(2), sink);
    expect(outcomes()).toEqual([
      { attemptId: attemptId(1), accepted: true, providerRef: 'c-1' },
      { attemptId: attemptId(2), accepted: false, reason: 'No result from runner' },
    ]);
  });

  it.each([
    ['a body that is not JSON', { raw: 'OK' }],
    ['an object without results', { body: { ok: true } }],
    ['results that are not an array', { body: { results: 'all good' } }],
    ['an empty body', { raw: '' }],
  ])('treats a 200 with %s as a transient error', async (_what, reply) => {
    fake.behave(() => reply);
    const { sink, calls } = recordingSink();
    await expect(client.sendCalls(voiceBatch(2), sink)).rejects.toEqual(
      new TransientProviderError('Workflow runner error: invalid response'),
    );
    expect(calls).toHaveLength(0);
  });

  it.each([502, 500, 503, 429])('fails the try with a transient error on HTTP %i', async (status) => {
    fake.failWith(status);
    const { sink, calls } = recordingSink();
    const sent = client.sendCalls(voiceBatch(2), sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(`Workflow runner error: HTTP ${status}`);
    expect(calls).toHaveLength(0);
  });

  it.each([400, 401, 404, 422])('rejects the whole batch on HTTP %i', async (status) => {
    fake.failWith(status);
    const { sink, calls } = recordingSink();
    const sent = client.sendCalls(voiceBatch(2), sink);
    await expect(sent).rejects.toBeInstanceOf(BatchRejectedError);
    await expect(sent).rejects.toThrow(`Workflow runner error: HTTP ${status}`);
    expect(calls).toHaveLength(0);
  });

  it('times out after VOICE_RUNNER_TIMEOUT_MS with "Workflow runner timeout"', async () => {
    fake.delay(3000);
    const { sink, calls } = recordingSink();
    const sent = client.sendCalls(voiceBatch(2), sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Workflow runner timeout$/);
    expect(calls).toHaveLength(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('a retry after a timeout reuses the key, and the runner answers it without processing it again', async () => {
    fake.delay(1500);
    const batch = voiceBatch(3);
    const first = recordingSink();
    await expect(client.sendCalls(batch, first.sink)).rejects.toThrow('Workflow runner timeout');
    await fake.settled();

    const retry = recordingSink();
    await client.sendCalls(batch, retry.sink);
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([
      'ini_0123456789abcdef01234567:1',
      'ini_0123456789abcdef01234567:1',
    ]);
    expect(fake.requests[1].rawBody.equals(fake.requests[0].rawBody)).toBe(true);
    expect(fake.duplicates).toBe(1);
    expect(fake.uniqueAttemptIds()).toEqual(batch.calls.map((c) => c.attemptId));
    expect(fake.received()).toHaveLength(6);
    expect(retry.outcomes().map((o) => o.accepted)).toEqual([true, true, true]);
  });

  it('a retry after a 502 is processed afresh (the runner did nothing on the failed try)', async () => {
    fake.failWith(502);
    const batch = voiceBatch(2);
    await expect(client.sendCalls(batch, recordingSink().sink)).rejects.toThrow('Workflow runner error: HTTP 502');
    const retry = recordingSink();
    await client.sendCalls(batch, retry.sink);
    expect(fake.duplicates).toBe(0);
    expect(retry.outcomes()).toHaveLength(2);
  });

  it('reports a refused connection as "Workflow runner unreachable"', async () => {
    const { sink, calls } = recordingSink();
    const sent = runnerClient(await closedPortUrl()).sendCalls(voiceBatch(2), sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Workflow runner unreachable$/);
    expect(calls).toHaveLength(0);
  });

  it('reports a connection reset mid-request as "Workflow runner unreachable"', async () => {
    const reset = FakeBatchServer.voiceRunner(SECRET);
    await reset.start();
    try {
      // Closing the fake while the answer is delayed destroys the connection under the client.
      reset.delay(1000);
      const sent = new HttpVoiceProvider(
        loadConfig({ VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: reset.url, VOICE_RUNNER_TIMEOUT_MS: '5000' }),
      ).sendCalls(voiceBatch(1), recordingSink().sink);
      const outcome = expect(sent).rejects.toThrow(/^Workflow runner unreachable$/);
      await waitFor(() => reset.requests.length === 1);
      await reset.close();
      await outcome;
    } finally {
      await reset.close();
    }
  });

  it('keeps a path prefix of the configured URL', async () => {
    const { sink } = recordingSink();
    const prefixed = runnerClient(`${fake.url}/runner/`);
    await prefixed.sendCalls(voiceBatch(1), sink).catch(() => undefined);
    expect(fake.requests[0].path).toBe('/runner/v1/calls/batch');
  });
});

/** Polls a condition every 10 ms, at most 200 times. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition not met within 2 s');
}
