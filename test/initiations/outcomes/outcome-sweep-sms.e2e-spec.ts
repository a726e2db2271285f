import { EXPIRED_REASON } from '../../../src/initiations/outcomes/outcomes';
import { createTestApp, TestApp } from '../../support/app';
import { FakeBatchServer } from '../../support/fakes/fake-runner';
import { FakeTwilio } from '../../support/fakes/fake-twilio';
import { attemptsOf, eventsOf, initiateFresh, ownDatabase, sweepOf, sweepOrg } from '../../support/outcome-sweep';

/**
 * SPEC §9 "No attempt stays open" for SMS (SMS_OUTCOME_TIMEOUT_S after hand-over): Twilio is asked
 * (`GET …/Messages/{sid}.json`); the SMS gateway's protocol and the sandboxes have no lookup, so
 * their overdue attempts expire at once.
 */

const SMS_TIMEOUT_MS = 172_800 * 1000;
const CALL_TIMEOUT_MS = 7200 * 1000;
const INTERVAL_MS = 3_600_000;

describe('outcome sweep: SMS', () => {
  let db: Awaited<ReturnType<typeof ownDatabase>> | undefined;
  beforeAll(async () => {
    db = await ownDatabase('sweep_sms');
  });
  afterAll(() => db?.drop());

  describe('on Twilio', () => {
    const twilio = new FakeTwilio();
    let t: TestApp;

    beforeAll(async () => {
      await twilio.start();
      t = await createTestApp({
        ...db?.env,
        SMS_PROVIDER: 'twilio',
        TWILIO_ACCOUNT_SID: twilio.accountSid,
        TWILIO_AUTH_TOKEN: twilio.authToken,
        TWILIO_BASE_URL: twilio.url,
      });
    });
    afterAll(async () => {
      await t?.close();
      await twilio.close();
    });

    it('applies delivered and undelivered, expires sent and queued, and asks again after a 5xx', async () => {
      const org = await sweepOrg(t);
      const { initiationId, attempts } = await initiateFresh(t, org, 'sms', 5);
      const sids = attempts.map((a) => a.providerRef ?? '');
      expect(sids.every((sid) => sid.startsWith('SM'))).toBe(true);
      const updated = new Date(t.clock.now().getTime() + 120_000);
      const dateUpdated = updated.toUTCString();
      twilio.answerLookup(sids[0], { status: 'delivered', dateUpdated });
      twilio.answerLookup(sids[1], {
        status: 'undelivered',
        errorCode: 30003,
        errorMessage: 'Unreachable handset',
        dateUpdated,
      });
      twilio.answerLookup(sids[2], { status: 'sent', dateUpdated });
      // sids[3]: Twilio still has it `queued` (the fake's default for a message it created).
      twilio.answerLookup(sids[4], { http: 503 });

      t.clock.advance(SMS_TIMEOUT_MS - 1000);
      expect(await sweepOf(t).sweep()).toMatchObject({ lookedUp: 0 });
      t.clock.advance(2000);
      const now = t.clock.now();
      expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 5, applied: 2, expired: 2, unavailable: 1 });
      expect([...twilio.lookups].sort()).toEqual([...sids].sort());

      const rows = await attemptsOf(t, initiationId);
      expect(rows.map((r) => [r.outcome, r.outcomeReason])).toEqual([
        ['delivered', null],
        ['undelivered', 'Unreachable handset'],
        ['expired', EXPIRED_REASON],
        ['expired', EXPIRED_REASON],
        [null, null],
      ]);
      expect(rows[0].outcomeAt).toEqual(new Date(Math.floor(updated.getTime() / 1000) * 1000));
      expect(rows[3].outcomeAt).toEqual(now);
      expect((await eventsOf(t, attempts[2].attemptId)).map((e) => [e.event, e.source])).toEqual([
        ['sent', 'lookup'],
        ['expired', 'sweep'],
      ]);
      expect(rows[4]).toMatchObject({ lookupFailures: 1, checkAt: new Date(now.getTime() + INTERVAL_MS) });

      twilio.answerLookup(sids[4], { http: 404 });
      t.clock.advance(INTERVAL_MS);
      expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 1, applied: 0, expired: 1, unavailable: 0 });
      expect((await attemptsOf(t, initiationId))[4]).toMatchObject({ outcome: 'expired', checkAt: null });
    });
  });

  describe('on the SMS gateway, with sandbox calls', () => {
    const gateway = FakeBatchServer.smsGateway();
    let t: TestApp;

    beforeAll(async () => {
      await gateway.start();
      t = await createTestApp({ ...db?.env, SMS_PROVIDER: 'http', SMS_GATEWAY_URL: gateway.url });
    });
    afterAll(async () => {
      await t?.close();
      await gateway.close();
    });

    it('expires overdue messages and sandbox calls without asking anyone', async () => {
      const org = await sweepOrg(t);
      const sms = await initiateFresh(t, org, 'sms', 2);
      const calls = await initiateFresh(t, org, 'calls', 2);
      expect(gateway.requests.map((r) => r.method)).toEqual(['POST']);

      t.clock.advance(CALL_TIMEOUT_MS + 1000);
      expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 0, applied: 0, expired: 2, unavailable: 0 });
      expect((await attemptsOf(t, calls.initiationId)).map((r) => r.outcome)).toEqual(['expired', 'expired']);
      expect((await attemptsOf(t, sms.initiationId)).map((r) => r.outcome)).toEqual([null, null]);

      t.clock.advance(SMS_TIMEOUT_MS);
      expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 0, applied: 0, expired: 2, unavailable: 0 });
      const rows = await attemptsOf(t, sms.initiationId);
      expect(rows.map((r) => [r.outcome, r.outcomeReason])).toEqual([
        ['expired', EXPIRED_REASON],
        ['expired', EXPIRED_REASON],
      ]);
      // The gateway saw its batch and nothing else.
      expect(gateway.requests).toHaveLength(1);
    });
  });
});
