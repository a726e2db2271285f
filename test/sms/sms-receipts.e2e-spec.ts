import type { TestApp } from '../support/app';
import { EventPoster, repeated, shuffled } from '../support/fakes/event-poster';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import {
  eventCount,
  eventsOf,
  outcomeOf,
  providerEventsMetric,
  providerRig,
  ProviderRig,
  Sent,
} from '../support/inbound';

const SECRET = 'gateway-secret-receipts';
const UNKNOWN = 'att_eeeeeeeeeeeeeeeeeeeeeeee';

/** POST /api/v1/providers/sms/receipts (SPEC §9), end to end from a real initiation on the SMS gateway. */
describe('POST /providers/sms/receipts', () => {
  const gateway = FakeBatchServer.smsGateway(SECRET, 'messageId');
  let t: TestApp;
  let gatewayPosts: EventPoster;
  let sent: Sent;

  let rig: ProviderRig;

  beforeAll(async () => {
    rig = await providerRig('sms', gateway, SECRET, 'sms-receipts', 6);
    ({ t, posts: gatewayPosts, sent: sent } = rig);
  }, 60000);
  afterAll(() => rig.close());

  const at = (s: number): string => new Date(Date.parse('2026-03-02T06:31:00Z') + s * 1000).toISOString();

  it('answers 401 unsigned or signed with another secret, and 200 signed right', async () => {
    const receipt = [{ attemptId: UNKNOWN, status: 'sent', at: at(0) }];
    expect((await gatewayPosts.post(receipt, { signing: 'none' })).status).toBe(401);
    expect((await gatewayPosts.post(receipt, { signing: 'wrong-secret' })).status).toBe(401);
    expect((await gatewayPosts.post(receipt, { signing: { skewS: -400 } })).status).toBe(401);
    expect(await gatewayPosts.post(receipt)).toEqual({
      status: 200,
      body: { success: true, accepted: 0, duplicates: 0, unknown: [UNKNOWN] },
    });
  });

  it('refuses a bad receipt with 400 naming its index, and keeps nothing of the request', async () => {
    const res = await gatewayPosts.post([
      { attemptId: sent.attempts[0], status: 'delivered', at: at(1) },
      { attemptId: sent.attempts[1], status: 'read', at: at(1) },
      { attemptId: sent.attempts[1], status: 'failed', at: at(1), errorCode: { code: 1 } },
      { attemptId: '', status: 'failed', at: at(1) },
    ]);
    expect(res).toEqual({
      status: 400,
      body: {
        success: false,
        message: 'Validation failed',
        errors: [
          'receipts[1].status must be one of: sent, delivered, undelivered, failed, expired',
          'receipts[2].errorCode must be a string',
          'receipts[3].attemptId is required',
        ],
      },
    });
    expect(await eventCount(t, sent.attempts.slice(0, 2))).toBe(0);
    // A good signature and a body that is not JSON: the body's problem, after the signature.
    expect((await gatewayPosts.post([], { rawBody: 'receipts=1' })).body.errors).toEqual([
      'Request body is not valid JSON',
    ]);
  });

  it('moves each outcome forward whatever the order, counts repeats as duplicates, and ignores late events', async () => {
    const [a, b, c] = sent.attempts.slice(1, 4);
    const receipts = [
      { attemptId: a, messageId: 'msg-a', status: 'sent', at: at(10) },
      { attemptId: a, messageId: 'msg-a', status: 'delivered', at: at(20), carrierLatencyMs: 840 },
      { attemptId: b, status: 'sent', at: at(10) },
      { attemptId: b, status: 'undelivered', at: at(30), errorCode: 'DLT-104', reason: 'Template mismatch' },
      { attemptId: c, status: 'sent', at: at(10) },
    ];
    // Shuffled, and every receipt sent twice (a gateway's retry), in chunks of 3.
    const answers = await gatewayPosts.postInChunks(shuffled(repeated(receipts, 2), 7), 3);
    const total = answers.reduce(
      (sum, r) => ({
        accepted: sum.accepted + (r.body.accepted as number),
        duplicates: sum.duplicates + (r.body.duplicates as number),
      }),
      { accepted: 0, duplicates: 0 },
    );
    expect(total).toEqual({ accepted: 5, duplicates: 5 });

    // Late: a `sent` after the final outcome, and a second final one; neither changes anything.
    const late = await gatewayPosts.post([
      { attemptId: a, status: 'sent', at: at(40) },
      { attemptId: b, status: 'delivered', at: at(50) },
    ]);
    expect(late.body).toEqual({ success: true, accepted: 2, duplicates: 0, unknown: [] });

    expect(await outcomeOf(t, a)).toMatchObject({ status: 'initiated', outcome: 'delivered', outcomeAt: at(20) });
    expect(await outcomeOf(t, b)).toMatchObject({
      outcome: 'undelivered',
      outcomeAt: at(30),
      outcomeReason: 'Template mismatch (error DLT-104)',
    });
    expect(await outcomeOf(t, c)).toMatchObject({ outcome: 'sent', outcomeReason: null });
    const history = await eventsOf(t, a);
    expect(history.map((e) => e.event).sort()).toEqual(['delivered', 'sent', 'sent']);
    expect(history.find((e) => e.event === 'delivered')?.payload).toMatchObject({ carrierLatencyMs: 840 });
  });

  it('counts accepted, duplicate, unknown and rejected in outreach_provider_events_total{channel="sms"}', async () => {
    const before = {
      accepted: await providerEventsMetric(t, 'sms', 'accepted'),
      duplicate: await providerEventsMetric(t, 'sms', 'duplicate'),
      unknown: await providerEventsMetric(t, 'sms', 'unknown'),
      rejected: await providerEventsMetric(t, 'sms', 'rejected'),
    };
    const r = { attemptId: sent.attempts[4], status: 'sent', at: at(60) };
    await gatewayPosts.post([r, r, { ...r, attemptId: UNKNOWN }]);
    await gatewayPosts.post([r], { signing: 'wrong-secret' });
    await gatewayPosts.post([{ ...r, status: 'nope' }]);
    expect({
      accepted: await providerEventsMetric(t, 'sms', 'accepted'),
      duplicate: await providerEventsMetric(t, 'sms', 'duplicate'),
      unknown: await providerEventsMetric(t, 'sms', 'unknown'),
      rejected: await providerEventsMetric(t, 'sms', 'rejected'),
    }).toEqual({
      accepted: before.accepted + 1,
      duplicate: before.duplicate + 1,
      unknown: before.unknown + 1,
      rejected: before.rejected + 2,
    });
  });
});
