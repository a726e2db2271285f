import { loadConfig } from '../../src/config/app-config';
import { TwilioSmsProvider } from '../../src/sms/providers/twilio.client';
import { twilioSignature } from '../../src/sms/providers/twilio-signature';
import { createTestApp, TestApp } from '../support/app';
import { FakeTwilio } from '../support/fakes/fake-twilio';
import { eventsOf, outcomeOf, providerEventsMetric, Sent, sentInitiation } from '../support/inbound';
import { isolatedEnv } from '../support/initiate';
import { recordingSink, smsBatch } from '../support/provider-batches';

const PUBLIC = 'https://outreach.example.com';
const CALLBACK = `${PUBLIC}/api/v1/providers/twilio/status`;

/** Twilio's status callback (SPEC §9): StatusCallback on every message, X-Twilio-Signature, MessageStatus by MessageSid. */
describe('POST /providers/twilio/status', () => {
  const twilio = new FakeTwilio();
  let t: TestApp;
  let sent: Sent;
  /** The sid Twilio gave each attempt, in attempt order. */
  let sids: string[];

  beforeAll(async () => {
    await twilio.start();
    t = await createTestApp({
      SMS_PROVIDER: 'twilio',
      TWILIO_BASE_URL: twilio.url,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      SMS_GATEWAY_TIMEOUT_MS: '3000',
      // The public URL is a proxy's: Twilio signs it, the fake delivers to the app's own address.
      PUBLIC_BASE_URL: PUBLIC,
      ...isolatedEnv('twilio-status'),
    });
    sent = await sentInitiation(t, 'sms', 6);
    sids = sent.refs;
  }, 60000);
  afterAll(async () => {
    await t.close();
    await twilio.close();
  });

  const post = (sid: string, status: string, options: Parameters<FakeTwilio['postStatus']>[3] = {}) =>
    twilio.postStatus(t.url, sid, status, options);

  it('sends every message with StatusCallback = PUBLIC_BASE_URL + /api/v1/providers/twilio/status, naming its attempt', () => {
    expect(twilio.messages).toHaveLength(6);
    // The attempt id rides in the query (Twilio signs the whole URL): a callback that beats the
    // send's own answer to the database still finds its attempt.
    const ids = twilio.messages.map((m) => {
      const url = new URL(m.statusCallback ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(CALLBACK);
      return url.searchParams.get('attemptId');
    });
    expect(new Set(ids)).toEqual(new Set(sent.attempts));
  });

  it('applies a signed status to the attempt whose reference is MessageSid, at the time it arrived', async () => {
    t.clock.set('2026-03-02T06:40:00.000Z');
    const res = await post(sids[0], 'delivered');
    expect(res).toEqual({ status: 200, body: { success: true, accepted: 1, duplicates: 0, unknown: [] } });
    expect(await outcomeOf(t, sent.attempts[0])).toMatchObject({
      status: 'initiated',
      outcome: 'delivered',
      outcomeAt: '2026-03-02T06:40:00.000Z',
    });
    const [event] = await eventsOf(t, sent.attempts[0]);
    expect(event).toMatchObject({ event: 'delivered', source: 'twilio' });
    expect(event.payload).toMatchObject({ MessageSid: sids[0], MessageStatus: 'delivered' });
  });

  it('refuses a wrong or missing X-Twilio-Signature with 401 and keeps nothing', async () => {
    const rejected = await providerEventsMetric(t, 'sms', 'rejected');
    for (const signing of ['wrong', 'none'] as const) {
      expect(await post(sids[1], 'delivered', { signing })).toEqual({
        status: 401,
        body: {
          success: false,
          error: 'Unauthorized',
          message: 'X-Twilio-Signature is missing or does not sign this request',
        },
      });
    }
    // Signed for another URL (the query string is part of what Twilio signs).
    const params = { MessageSid: sids[1], MessageStatus: 'delivered' };
    const res = await t.http
      .post('/api/v1/providers/twilio/status?x=1')
      .type('form')
      .set('X-Twilio-Signature', twilioSignature(twilio.authToken, CALLBACK, Object.entries(params)))
      .send(params);
    expect(res.status).toBe(401);
    expect(await eventsOf(t, sent.attempts[1])).toEqual([]);
    expect(await providerEventsMetric(t, 'sms', 'rejected')).toBe(rejected + 3);
  });

  it('maps ErrorCode to the outcome reason, and moves only forward: sent, undelivered, then a late sent', async () => {
    t.clock.set('2026-03-02T06:41:00.000Z');
    expect((await post(sids[2], 'sent')).body).toMatchObject({ accepted: 1 });
    t.clock.set('2026-03-02T06:42:00.000Z');
    expect((await post(sids[2], 'undelivered', { extra: { ErrorCode: '30003' } })).body).toMatchObject({ accepted: 1 });
    t.clock.set('2026-03-02T06:43:00.000Z');
    // Twilio's callbacks carry no time of their own: the same status again is a duplicate.
    expect((await post(sids[2], 'sent')).body).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(await outcomeOf(t, sent.attempts[2])).toMatchObject({
      outcome: 'undelivered',
      outcomeAt: '2026-03-02T06:42:00.000Z',
      outcomeReason: 'Twilio error 30003',
    });
    expect((await eventsOf(t, sent.attempts[2])).map((e) => e.event)).toEqual(['sent', 'undelivered']);
  });

  it('acknowledges statuses that are not outcomes (queued, accepted, read) and stores nothing', async () => {
    for (const status of ['queued', 'accepted', 'sending', 'read']) {
      expect(await post(sids[3], status)).toEqual({
        status: 200,
        body: { success: true, accepted: 0, duplicates: 0, unknown: [] },
      });
    }
    expect(await eventsOf(t, sent.attempts[3])).toEqual([]);
  });

  it('finds a message by its sid alone when the callback URL names no attempt (sent before callbacks did)', async () => {
    const params: Array<[string, string]> = [
      ['MessageSid', sids[4]],
      ['MessageStatus', 'failed'],
    ];
    const res = await t.http
      .post('/api/v1/providers/twilio/status')
      .type('form')
      .set('X-Twilio-Signature', twilioSignature(twilio.authToken, CALLBACK, params))
      .send(new URLSearchParams(params).toString());
    expect(res.body).toEqual({ success: true, accepted: 1, duplicates: 0, unknown: [] });
    expect(await outcomeOf(t, sent.attempts[4])).toMatchObject({ outcome: 'failed' });
  });

  it('lists a sid that names no attempt, and answers 400 for a signed request without MessageSid', async () => {
    const params: Array<[string, string]> = [
      ['MessageSid', 'SMffffffffffffffffffffffffffffffff'],
      ['MessageStatus', 'delivered'],
    ];
    const send = (p: Array<[string, string]>) =>
      t.http
        .post('/api/v1/providers/twilio/status')
        .type('form')
        .set('X-Twilio-Signature', twilioSignature(twilio.authToken, CALLBACK, p))
        .send(new URLSearchParams(p).toString());
    const unknown = await send(params);
    expect(unknown.body).toEqual({
      success: true,
      accepted: 0,
      duplicates: 0,
      unknown: ['SMffffffffffffffffffffffffffffffff'],
    });
    const missing = await send([params[1]]);
    expect({ status: missing.status, body: missing.body }).toEqual({
      status: 400,
      body: { success: false, message: 'Validation failed', errors: ['MessageSid is required'] },
    });
  });
});

describe('TwilioSmsProvider without PUBLIC_BASE_URL', () => {
  const fake = new FakeTwilio();
  beforeAll(() => fake.start());
  afterAll(() => fake.close());

  it('sends no StatusCallback (Twilio could not reach the service)', async () => {
    const client = new TwilioSmsProvider(
      loadConfig({
        SMS_PROVIDER: 'twilio',
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: fake.authToken,
        TWILIO_BASE_URL: fake.url,
      }),
    );
    await client.sendSms(smsBatch(2), recordingSink().sink);
    expect(fake.messages.map((m) => [m.status, m.statusCallback])).toEqual([
      [201, undefined],
      [201, undefined],
    ]);
  });
});
