import { DataSource } from 'typeorm';
import { inboundSignature } from '../../src/providers/inbound-signature';
import { createTestApp, TestApp } from '../support/app';
import { EventPoster, signatureHeaders } from '../support/fakes/event-poster';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import {
  eventCount,
  eventsOf,
  outcomeOf,
  providerEventsMetric,
  providerRig,
  ProviderRig,
  Sent,
  sentInitiation,
} from '../support/inbound';
import { isolatedEnv } from '../support/initiate';

const SECRET = 'runner-secret-events';
const UNKNOWN = 'att_ffffffffffffffffffffffff';

/** POST /api/v1/providers/voice/events (SPEC §9): signatures, the body's rules, the answer. */
describe('POST /providers/voice/events', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  let t: TestApp;
  let poster: EventPoster;
  let sent: Sent;

  let rig: ProviderRig;

  beforeAll(async () => {
    rig = await providerRig('calls', runner, SECRET, 'voice-events', 5);
    ({ t, posts: poster, sent: sent } = rig);
  }, 60000);
  afterAll(() => rig.close());

  const at = (s: number): string => new Date(Date.parse('2026-03-02T06:31:00Z') + s * 1000).toISOString();

  describe('signature', () => {
    const event = () => [{ attemptId: UNKNOWN, event: 'ringing', at: at(0) }];

    it('answers 401 without the headers, with another secret, or with a tampered body', async () => {
      const none = await poster.post(event(), { signing: 'none' });
      expect(none).toEqual({
        status: 401,
        body: { success: false, error: 'Unauthorized', message: 'Missing X-Timestamp or X-Signature header' },
      });
      const wrong = await poster.post(event(), { signing: 'wrong-secret' });
      expect(wrong).toEqual({
        status: 401,
        body: { success: false, error: 'Unauthorized', message: 'X-Signature does not match the request body' },
      });
      // Signed over one body, sent with another.
      const now = String(Math.floor(t.clock.now().getTime() / 1000));
      const signature = inboundSignature(SECRET, now, JSON.stringify({ events: [] }));
      const tampered = await poster.post(event(), { signing: { signature, timestamp: now } });
      expect(tampered.status).toBe(401);
    });

    it('answers 401 for a timestamp more than 300 s from the server clock, either way, and accepts 300 s', async () => {
      for (const skewS of [301, -301, 86_400]) {
        const res = await poster.post(event(), { signing: { skewS } });
        expect({ skewS, res }).toEqual({
          skewS,
          res: {
            status: 401,
            body: {
              success: false,
              error: 'Unauthorized',
              message: "X-Timestamp is more than 300 s from the server's time",
            },
          },
        });
      }
      for (const skewS of [300, -300]) expect((await poster.post(event(), { signing: { skewS } })).status).toBe(200);
    });

    it('checks the signature before the body: a malformed body is 401 unsigned, 400 signed', async () => {
      const rawBody = '{"events": [';
      expect(await poster.post([], { rawBody, signing: 'none' })).toMatchObject({ status: 401 });
      expect(await poster.post([], { rawBody, signing: 'wrong-secret' })).toMatchObject({ status: 401 });
      expect(await poster.post([], { rawBody })).toEqual({
        status: 400,
        body: { success: false, message: 'Validation failed', errors: ['Request body is not valid JSON'] },
      });
    });

    it('needs no API key, and an API key is no substitute for the signature', async () => {
      const res = await t.http
        .post('/api/v1/providers/voice/events')
        .set('Authorization', `Bearer ${sent.org.key}`)
        .send({ events: event() });
      expect(res.status).toBe(401);
      expect((await poster.post(event())).body).toEqual({
        success: true,
        accepted: 0,
        duplicates: 0,
        unknown: [UNKNOWN],
      });
    });
  });

  describe('body', () => {
    it('refuses the whole request with 400 naming each bad event by its index, and keeps nothing', async () => {
      const good = { attemptId: sent.attempts[0], event: 'ringing', at: at(1) };
      const res = await poster.post([
        good,
        { attemptId: sent.attempts[1], event: 'ringing' },
        { attemptId: sent.attempts[1], event: 'hung_up', at: at(2) },
        { attemptId: sent.attempts[1], event: 'completed', at: '2026-03-02 06:31:00' },
        { event: 'completed', at: at(3), durationSec: -4, recordingUrl: 'javascript:alert(1)', extracted: [1] },
        'not an event',
      ]);
      expect(res).toEqual({
        status: 400,
        body: {
          success: false,
          message: 'Validation failed',
          errors: [
            'events[1].at is required',
            'events[2].event must be one of: ringing, in_progress, completed, no_answer, busy, voicemail, failed, canceled, expired',
            'events[3].at must be an ISO 8601 timestamp with a time zone, e.g. 2025-08-05T10:30:00+05:30',
            'events[4].attemptId is required',
            'events[4].durationSec must be a number of seconds, 0 or more',
            'events[4].recordingUrl must be an http(s) URL',
            'events[4].extracted must be an object',
            'events[5] must be an object',
          ],
        },
      });
      expect(await eventCount(t, [sent.attempts[0]])).toBe(0);
    });

    it('refuses a body without an events list', async () => {
      expect((await poster.post([], { rawBody: '{"receipts": []}' })).body).toEqual({
        success: false,
        message: 'Validation failed',
        errors: ['events is required'],
      });
      expect((await poster.post([], { rawBody: '{"events": {}}' })).body.errors).toEqual(['events must be an array']);
    });

    it('ignores unknown properties inside an event, and keeps them in its history', async () => {
      const id = sent.attempts[4];
      const res = await poster.post([
        { attemptId: id, event: 'ringing', at: at(5), sipCode: 180, carrier: { name: 'Jio' }, disposition: null },
      ]);
      expect(res).toEqual({ status: 200, body: { success: true, accepted: 1, duplicates: 0, unknown: [] } });
      const [stored] = await eventsOf(t, id);
      expect(stored).toMatchObject({ event: 'ringing', at: at(5), source: 'voice' });
      expect(stored.payload).toMatchObject({ sipCode: 180, carrier: { name: 'Jio' } });
    });

    it('reads a blank optional field as absent, rounds a fractional duration and takes a numeric callId', async () => {
      const [id] = (await sentInitiation(t, 'calls', 1)).attempts;
      const res = await poster.post([
        {
          attemptId: id,
          callId: 9912,
          event: 'no_answer',
          at: at(7),
          summary: '',
          disposition: ' ',
          durationSec: 12.6,
        },
      ]);
      expect(res).toEqual({ status: 200, body: { success: true, accepted: 1, duplicates: 0, unknown: [] } });
      const [row] = await t.app
        .get(DataSource)
        .query<Array<{ summary: string | null; disposition: string | null; duration_sec: number }>>(
          'SELECT summary, disposition, duration_sec FROM attempts WHERE attempt_id = ?',
          [id],
        );
      expect([row.summary, row.disposition, row.duration_sec]).toEqual([null, null, 13]);
    });

    it('a path in other letter cases is the same route, and its body is still the one signed', async () => {
      const [id] = (await sentInitiation(t, 'calls', 1)).attempts;
      const signedEmpty = signatureHeaders(SECRET, '', t.clock.now(), 'good');
      const body = JSON.stringify({ events: [{ attemptId: id, event: 'completed', at: at(9) }] });
      const forged = await fetch(`${t.url}/API/V1/Providers/voice/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...signedEmpty },
        body,
      });
      expect(forged.status).toBe(401);
      expect(await eventCount(t, [id])).toBe(0);
      const signed = await fetch(`${t.url}/API/V1/Providers/voice/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...signatureHeaders(SECRET, body, t.clock.now(), 'good') },
        body,
      });
      expect(signed.status).toBe(200);
      expect(await eventCount(t, [id])).toBe(1);
    });

    it('takes 1,000 events in one request and refuses 1,001', async () => {
      const events = Array.from({ length: 1000 }, (_, i) => ({
        attemptId: sent.attempts[i % 4],
        event: 'ringing',
        at: at(1000 + i),
      }));
      const res = await poster.post(events);
      expect(res).toEqual({ status: 200, body: { success: true, accepted: 1000, duplicates: 0, unknown: [] } });

      const tooMany = await poster.post([...events, { attemptId: sent.attempts[0], event: 'ringing', at: at(5000) }]);
      expect(tooMany).toEqual({
        status: 400,
        body: {
          success: false,
          message: 'Validation failed',
          errors: ['events must contain at most 1000 items (got 1001)'],
        },
      });
      expect(await eventCount(t, sent.attempts.slice(0, 4))).toBe(1000);
    });

    it('lists unknown attempt ids (once each), counts duplicates, and applies the rest', async () => {
      const id = sent.attempts[3];
      const accepted = await providerEventsMetric(t, 'calls', 'accepted');
      const e = { attemptId: id, event: 'in_progress', at: at(9000) };
      const res = await poster.post([e, e, { ...e, attemptId: UNKNOWN }, { ...e, attemptId: UNKNOWN }]);
      expect(res.body).toEqual({ success: true, accepted: 1, duplicates: 1, unknown: [UNKNOWN] });
      expect((await poster.post([e])).body).toEqual({ success: true, accepted: 0, duplicates: 1, unknown: [] });
      expect((await outcomeOf(t, id)).outcome).toBe('in_progress');
      expect(await providerEventsMetric(t, 'calls', 'accepted')).toBe(accepted + 1);
    });
  });
});

describe('inbound routes with no secret configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...isolatedEnv('inbound-unconfigured'), TWILIO_AUTH_TOKEN: 'token-only' });
  }, 60000);
  afterAll(() => t.close());

  it('answers 404 on every provider route (fail closed), signed or not', async () => {
    const poster = FakeBatchServer.voiceRunner('any').reportTo(t.url, () => t.clock.now());
    expect(await poster.post([])).toEqual({
      status: 404,
      body: { success: false, message: 'Cannot POST /api/v1/providers/voice/events' },
    });
    const receipts = FakeBatchServer.smsGateway('any').reportTo(t.url, () => t.clock.now());
    expect((await receipts.post([], { rawBody: '{"receipts": [' })).status).toBe(404);
    // A Twilio token alone is not enough: without PUBLIC_BASE_URL the signed URL cannot be rebuilt.
    const twilio = await t.http
      .post('/api/v1/providers/twilio/status')
      .type('form')
      .set('X-Twilio-Signature', 'x')
      .send({ MessageSid: 'SM1', MessageStatus: 'delivered' });
    expect(twilio.status).toBe(404);
  });
});
