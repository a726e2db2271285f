import { loadConfig } from '../../src/config/app-config';
import { HttpVoiceProvider, readCallEvent } from '../../src/calls/providers/voice-runner.client';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { attemptId, closedPortUrl } from '../support/provider-batches';

/** The runner's call lookup of SPEC §9 (`GET /v1/calls/{callId}`), as the outcome sweep uses it. */

const SECRET = 's3cret';
const ATT = attemptId(7);

/** A loaded CI machine can take a second to answer on loopback: only the timeout test is hasty. */
function runnerClient(url: string, secret?: string, timeoutMs = 5000): HttpVoiceProvider {
  return new HttpVoiceProvider(
    loadConfig({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: url,
      VOICE_RUNNER_SECRET: secret,
      VOICE_RUNNER_TIMEOUT_MS: String(timeoutMs),
    }),
  );
}

const completed = {
  attemptId: ATT,
  callId: 'call-7',
  event: 'completed',
  at: '2026-03-02T09:15:00.000Z',
  durationSec: 184,
  disposition: 'Promise to pay',
  summary: 'Will pay on Friday',
  recordingUrl: 'https://rec.example/7.mp3',
  transcriptUrl: 'https://rec.example/7.txt',
  extracted: { promiseDate: '2026-03-06' },
  vendorField: 'kept in the payload',
};

describe('HttpVoiceProvider.lookupCall against a fake runner', () => {
  const fake = FakeBatchServer.voiceRunner(SECRET);
  let client: HttpVoiceProvider;

  beforeAll(async () => {
    await fake.start();
    client = runnerClient(fake.url, SECRET);
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('GETs /v1/calls/{callId} signed over an empty body and reads the event with every field', async () => {
    fake.answerLookup('call-7', { event: completed });
    const answer = await client.lookupCall(ATT, 'call-7');
    expect(fake.lookups).toEqual([{ callId: 'call-7', signatureValid: true }]);
    // A lookup is not a batch request.
    expect(fake.requests).toHaveLength(0);
    expect(answer).toEqual({
      kind: 'event',
      event: {
        attemptId: ATT,
        providerRef: 'call-7',
        event: 'completed',
        at: new Date('2026-03-02T09:15:00.000Z'),
        durationSec: 184,
        disposition: { id: null, name: 'Promise to pay' },
        summary: 'Will pay on Friday',
        recordingUrl: 'https://rec.example/7.mp3',
        transcriptUrl: 'https://rec.example/7.txt',
        extracted: { promiseDate: '2026-03-06' },
        payload: completed,
      },
    });
  });

  it('escapes the call id in the path', async () => {
    fake.answerLookup('a/b c', { event: { ...completed, callId: 'a/b c' } });
    const answer = await client.lookupCall(ATT, 'a/b c');
    expect(fake.lookups.map((l) => l.callId)).toEqual(['a/b c']);
    expect(answer.kind).toBe('event');
  });

  it('sends no signature without a secret', async () => {
    const unsigned = runnerClient(fake.url);
    fake.answerLookup('call-7', { event: completed });
    expect((await unsigned.lookupCall(ATT, 'call-7')).kind).toBe('event');
    expect(fake.lookups[0].signatureValid).toBe(false);
  });

  it('passes a non-final event on as an event (the sweep expires it)', async () => {
    fake.answerLookup('call-7', {
      event: { attemptId: ATT, callId: 'call-7', event: 'ringing', at: '2026-03-02T09:00:00Z' },
    });
    const answer = await client.lookupCall(ATT, 'call-7');
    expect(answer).toMatchObject({ kind: 'event', event: { event: 'ringing', attemptId: ATT } });
  });

  it('answers unknown on 404', async () => {
    expect(await client.lookupCall(ATT, 'call-nobody-knows')).toEqual({ kind: 'unknown' });
  });

  it.each([500, 503, 401])('answers unavailable on HTTP %i', async (status) => {
    fake.answerLookup('call-7', { status });
    expect(await client.lookupCall(ATT, 'call-7')).toEqual({
      kind: 'unavailable',
      reason: `Workflow runner error: HTTP ${status}`,
    });
  });

  it('answers unavailable when the runner does not answer in time', async () => {
    fake.answerLookup('call-7', 'hang');
    expect(await runnerClient(fake.url, SECRET, 300).lookupCall(ATT, 'call-7')).toEqual({
      kind: 'unavailable',
      reason: 'Workflow runner timeout',
    });
  });

  it('answers unavailable when the runner cannot be reached', async () => {
    const gone = runnerClient(await closedPortUrl(), SECRET);
    expect(await gone.lookupCall(ATT, 'call-7')).toEqual({
      kind: 'unavailable',
      reason: 'Workflow runner unreachable',
    });
  });

  it('answers unavailable on a 200 that is not an event', async () => {
    fake.answerLookup('call-7', { event: { attemptId: ATT, event: 'teleported', at: '2026-03-02T09:00:00Z' } });
    expect(await client.lookupCall(ATT, 'call-7')).toEqual({
      kind: 'unavailable',
      reason: 'Workflow runner error: invalid response',
    });
  });
});

describe('readCallEvent', () => {
  it('needs a call outcome and a valid `at`, and the attempt it was asked about', () => {
    expect(readCallEvent(ATT, 'c', { event: 'completed' })).toBeUndefined();
    expect(readCallEvent(ATT, 'c', { event: 'completed', at: 'yesterday' })).toBeUndefined();
    expect(readCallEvent(ATT, 'c', { event: 'delivered', at: '2026-03-02T09:00:00Z' })).toBeUndefined();
    expect(
      readCallEvent(ATT, 'c', { attemptId: attemptId(8), event: 'busy', at: '2026-03-02T09:00:00Z' }),
    ).toBeUndefined();
    expect(readCallEvent(ATT, 'c', { event: 'busy', at: '2026-03-02T09:00:00Z' })).toEqual({
      attemptId: ATT,
      providerRef: 'c',
      event: 'busy',
      at: new Date('2026-03-02T09:00:00Z'),
      payload: { event: 'busy', at: '2026-03-02T09:00:00Z' },
    });
  });

  it('leaves out optional fields of the wrong type', () => {
    const body = {
      event: 'completed',
      at: '2026-03-02T09:00:00Z',
      durationSec: -3,
      disposition: 42,
      summary: '',
      recordingUrl: null,
      extracted: ['not', 'an', 'object'],
    };
    expect(Object.keys(readCallEvent(ATT, 'c', body) ?? {}).sort()).toEqual([
      'at',
      'attemptId',
      'event',
      'payload',
      'providerRef',
    ]);
  });
});
