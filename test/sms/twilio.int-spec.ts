import { loadConfig } from '../../src/config/app-config';
import type { AttemptOutcome } from '../../src/initiations/channel.port';
import { TransientProviderError } from '../../src/initiations/channel.port';
import { OUTCOME_UNKNOWN, TWILIO_MAX_IN_FLIGHT, TwilioSmsProvider } from '../../src/sms/providers/twilio.client';
import { FakeTwilio } from '../support/fakes/fake-twilio';
import { attemptId, closedPortUrl, e164, recordingSink, smsBatch } from '../support/provider-batches';

// A generous timeout: a loaded CI machine must not turn a 100 ms fake delay into a timeout.
function twilioClient(baseUrl: string, fake: FakeTwilio, timeoutMs = '3000'): TwilioSmsProvider {
  return new TwilioSmsProvider(
    loadConfig({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_BASE_URL: baseUrl,
      SMS_GATEWAY_TIMEOUT_MS: timeoutMs,
    }),
  );
}

const byAttempt = (outcomes: AttemptOutcome[]): AttemptOutcome[] =>
  [...outcomes].sort((a, b) => a.attemptId.localeCompare(b.attemptId));

describe('TwilioSmsProvider against a fake Twilio', () => {
  const fake = new FakeTwilio();
  let client: TwilioSmsProvider;

  beforeAll(async () => {
    await fake.start();
    client = twilioClient(fake.url, fake);
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('is named twilio and does not de-duplicate', () => {
    expect(client.name).toBe('twilio');
    expect(client.deduplicates).toBe(false);
  });

  it('posts one well-formed form per message with Basic auth, and sinks each sid as the ref', async () => {
    const batch = smsBatch(3);
    const { sink, outcomes } = recordingSink();
    await client.sendSms(batch, sink);

    expect(fake.messages).toHaveLength(3);
    for (const m of fake.messages) {
      expect(m.accountSid).toBe(fake.accountSid);
      expect(m.contentType).toBe('application/x-www-form-urlencoded');
      expect(m.auth).toEqual({ user: fake.accountSid, password: fake.authToken });
      expect(m.from).toBe('TMPAYS');
      expect(m.status).toBe(201);
    }
    const sent = [...fake.messages].sort((a, b) => (a.to ?? '').localeCompare(b.to ?? ''));
    expect(sent.map((m) => [m.to, m.body])).toEqual(batch.messages.map((m) => [m.to, m.text]));

    const sidByTo = new Map(fake.messages.map((m) => [m.to, m.sid]));
    expect(byAttempt(outcomes())).toEqual(
      batch.messages.map((m) => ({ attemptId: m.attemptId, accepted: true, providerRef: sidByTo.get(m.to) })),
    );
    for (const o of outcomes()) expect(o.providerRef).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it("fails a message Twilio refuses with Twilio's message, and sends the others", async () => {
    fake.rejectTo(e164(2), { code: 21211, message: "The 'To' number +919800000002 is not a valid phone number." });
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(3), sink);
    const [first, second, third] = byAttempt(outcomes());
    expect(first).toMatchObject({ attemptId: attemptId(1), accepted: true });
    expect(second).toEqual({
      attemptId: attemptId(2),
      accepted: false,
      reason: "The 'To' number +919800000002 is not a valid phone number.",
    });
    expect(third).toMatchObject({ attemptId: attemptId(3), accepted: true });
  });

  it('falls back to "Twilio error: HTTP <code>" when a 4xx carries no message', async () => {
    fake.rejectTo(e164(1), { code: 21610, message: '' });
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(1), sink);
    expect(fake.messages[0].status).toBe(400);
    expect(outcomes()).toEqual([{ attemptId: attemptId(1), accepted: false, reason: 'Twilio error: HTTP 400' }]);
  });

  it("a wrong auth token gets Twilio's 401 message as every message's reason", async () => {
    const wrongAuth = new TwilioSmsProvider(
      loadConfig({
        SMS_PROVIDER: 'twilio',
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: 'wrong-token',
        TWILIO_BASE_URL: fake.url,
      }),
    );
    const { sink, outcomes } = recordingSink();
    await wrongAuth.sendSms(smsBatch(2), sink);
    expect(fake.messages.map((m) => m.status)).toEqual([401, 401]);
    expect(byAttempt(outcomes())).toEqual([
      { attemptId: attemptId(1), accepted: false, reason: 'Authenticate' },
      { attemptId: attemptId(2), accepted: false, reason: 'Authenticate' },
    ]);
  });

  it('on 503 sinks only the messages that were sent and throws a transient error naming the first failure', async () => {
    fake.failNext(3, 503);
    const batch = smsBatch(12);
    const { sink, outcomes } = recordingSink();
    const sent = client.sendSms(batch, sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Twilio error: HTTP 503$/);

    const failedTo = new Set(fake.messages.filter((m) => m.status === 503).map((m) => m.to));
    expect(failedTo.size).toBe(3);
    expect(outcomes()).toHaveLength(9);
    expect(outcomes().every((o) => o.accepted)).toBe(true);
    const sunk = new Set(outcomes().map((o) => o.attemptId));
    for (const m of batch.messages) expect(sunk.has(m.attemptId)).toBe(!failedTo.has(m.to));

    // The caller's retry carries only the attempts still without an outcome.
    const retry = recordingSink();
    await client.sendSms({ ...batch, messages: batch.messages.filter((m) => !sunk.has(m.attemptId)) }, retry.sink);
    expect(retry.outcomes()).toHaveLength(3);
    expect(fake.messages.filter((m) => m.status === 201)).toHaveLength(12);
  });

  it('never has more than 8 requests in flight', async () => {
    fake.delay(100);
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(30), sink);
    expect(TWILIO_MAX_IN_FLIGHT).toBe(8);
    expect(fake.maxInFlight).toBe(8);
    expect(outcomes()).toHaveLength(30);
    expect(new Set(outcomes().map((o) => o.attemptId)).size).toBe(30);
  });

  it('hands outcomes to the sink as they arrive, not all at the end', async () => {
    fake.delay(20);
    const { sink, calls, outcomes } = recordingSink();
    await client.sendSms(smsBatch(24), sink);
    expect(outcomes()).toHaveLength(24);
    expect(calls.length).toBeGreaterThan(1);
  });

  it('a request without an answer in time fails with "outcome unknown" and is never retried', async () => {
    fake.delay(1000);
    const { sink, outcomes } = recordingSink();
    await twilioClient(fake.url, fake, '200').sendSms(smsBatch(2), sink);
    expect(outcomes()).toEqual([
      expect.objectContaining({ accepted: false, reason: OUTCOME_UNKNOWN }),
      expect.objectContaining({ accepted: false, reason: OUTCOME_UNKNOWN }),
    ]);
  });

  it('a refused connection → "Twilio unreachable"', async () => {
    const { sink, calls } = recordingSink();
    const sent = twilioClient(await closedPortUrl(), fake).sendSms(smsBatch(3), sink);
    await expect(sent).rejects.toBeInstanceOf(TransientProviderError);
    await expect(sent).rejects.toThrow(/^Twilio unreachable$/);
    expect(calls).toHaveLength(0);
  });

  it('stops starting new messages once every request in flight has failed', async () => {
    fake.failNext(1000, 500);
    const { sink, calls } = recordingSink();
    await expect(client.sendSms(smsBatch(60), sink)).rejects.toThrow(/^Twilio error: HTTP 500$/);
    // 8 failures in a row stop the workers; at most 7 more were already in flight.
    expect(fake.messages.length).toBeGreaterThanOrEqual(8);
    expect(fake.messages.length).toBeLessThanOrEqual(15);
    expect(calls).toHaveLength(0);
  });

  it('stops sending when the sink fails, and throws the sink error', async () => {
    fake.delay(20);
    const broken = new Error('database down');
    const sent = client.sendSms(smsBatch(40), async () => {
      throw broken;
    });
    await expect(sent).rejects.toBe(broken);
    expect(fake.messages.length).toBeLessThan(40);
  });
});
