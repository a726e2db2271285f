import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { Webhook } from 'standardwebhooks';
import { QUEUE } from '../../src/queues/queues';
import { WebhookDeliveryService } from '../../src/webhooks/webhook-delivery.service';
import { bearer, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { WebhookReceiver } from '../support/fakes/webhook-receiver';
import { initiate } from '../support/initiate';
import { providerRig, ProviderRig } from '../support/inbound';
import type { ReceivedWebhook } from '../support/fakes/webhook-receiver';
import { ownDatabase } from '../support/outcome-sweep';
import { createWebhook, CreatedWebhook, deliveriesOf, DeliveryView, sweepUntilTries, until } from '../support/webhooks';

const SECRET = 'runner-secret-webhooks';

/**
 * SPEC §10 webhooks end to end: real outcomes (the fake runner's signed events) write the outbox,
 * the workers' due sweep and the `webhooks` queue deliver it to a receiver on 127.0.0.1 that
 * verifies every signature with the `standardwebhooks` package. The retry schedule runs on the
 * app's injected clock. A database of its own: the due sweep takes every due delivery it finds.
 */
describe('webhook deliveries', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  const receiver = new WebhookReceiver();
  let db: Awaited<ReturnType<typeof ownDatabase>>;
  let rig: ProviderRig;
  let t: TestApp;
  let key: string;
  let hook: CreatedWebhook;

  beforeAll(async () => {
    db = await ownDatabase('webhooks');
    await receiver.start();
    rig = await providerRig('calls', runner, SECRET, 'webhook-delivery', 4, {
      ...db.env,
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    t = rig.t;
    key = rig.sent.org.key;
    hook = await createWebhook(t, key, `${receiver.url}/hooks/outreach`);
    receiver.secrets = [hook.secret];
  }, 60000);
  afterAll(async () => {
    await rig.close();
    await receiver.close();
    await db.drop();
  });

  const at = (s: number): string => new Date(Date.parse('2026-03-02T06:31:00Z') + s * 1000).toISOString();
  const noAnswer = async (i: number): Promise<void> => {
    const [attemptId, callId] = [rig.sent.attempts[i], rig.sent.refs[i]];
    const res = await rig.posts.post([
      { attemptId, callId, event: 'ringing', at: at(1) },
      { attemptId, callId, event: 'no_answer', at: at(30), durationSec: 0 },
    ]);
    expect(res.status).toBe(200);
  };
  /** Posts a no_answer for the i-th attempt; its delivery is the one not tried yet. */
  const outcome = async (i: number): Promise<DeliveryView> => {
    await noAnswer(i);
    const all = await deliveriesOf(t, key, hook.id);
    return all.find((d) => d.type === 'attempt.outcome' && d.attempts === 0)!;
  };
  const headersOf = (r: ReceivedWebhook): Record<string, string> => ({
    'webhook-id': r.id,
    'webhook-timestamp': r.timestamp,
    'webhook-signature': r.signature,
  });

  it('retries on the schedule while the receiver is down, then delivers once, same webhook-id, signed', async () => {
    receiver.answer(503);
    const d = await outcome(0);
    expect(d).toMatchObject({ status: 'pending', attempts: 0, deliveredAt: null });

    const first = await sweepUntilTries(t, key, hook.id, d.id, 1);
    const now = t.clock.now().getTime();
    expect(first).toMatchObject({ status: 'pending', lastStatusCode: 503, lastError: 'HTTP 503' });
    expect(first.nextAttemptAt).toBe(new Date(now + 5_000).toISOString());

    // Not due yet at the app's clock: the sweep tries nothing.
    await t.app.get(WebhookDeliveryService).sweep();
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received).toHaveLength(1);

    // Redis loses the delayed retry: the database still says it is due, and the sweep finds it.
    const queue = t.app.get<Queue>(getQueueToken(QUEUE.webhooks));
    expect(await queue.getDelayedCount()).toBe(1);
    await queue.empty();
    expect(await queue.getDelayedCount()).toBe(0);

    t.clock.advance(5_000);
    const second = await sweepUntilTries(t, key, hook.id, d.id, 2);
    expect(second.nextAttemptAt).toBe(new Date(now + 5_000 + 300_000).toISOString());

    receiver.answer(200);
    t.clock.advance(300_000);
    const third = await sweepUntilTries(t, key, hook.id, d.id, 3);
    expect(third).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, nextAttemptAt: null });

    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.id))).toEqual(new Set([d.messageId]));
    expect(receiver.received.every((r) => r.verifiedWith.length === 1)).toBe(true);
    expect(receiver.acceptedIds()).toEqual([d.messageId]);
    // Every try carries the same bytes.
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    const { body } = receiver.received[0];
    expect(body.type).toBe('attempt.outcome');
    expect(body.data).toMatchObject({
      attemptId: rig.sent.attempts[0],
      initiationId: rig.sent.initiationId,
      status: 'initiated',
      outcome: 'no_answer',
      outcomeAt: at(30),
      sequence: 2,
    });
  });

  it('redelivers a delivered event on request with the same webhook-id', async () => {
    const [d] = (await deliveriesOf(t, key, hook.id)).filter((x) => x.status === 'delivered');
    const res = await t.http.post(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}/redeliver`).set(bearer(key));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: d.id,
      messageId: d.messageId,
      status: 'delivered',
      attempts: d.attempts + 1,
    });
    expect(receiver.received.at(-1)!.id).toBe(d.messageId);
    expect(receiver.acceptedIds()).toEqual([d.messageId]);
  });

  it('signs with both secrets for a day after a rotation, then with the new one only', async () => {
    const res = await t.http.post(`/api/v1/webhooks/${hook.id}/rotate-secret`).set(bearer(key));
    expect(res.status).toBe(200);
    const fresh = res.body.data.secret as string;
    expect(fresh).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(fresh).not.toBe(hook.secret);
    receiver.secrets = [fresh, hook.secret];

    const [d] = await deliveriesOf(t, key, hook.id);
    await t.http.post(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}/redeliver`).set(bearer(key)).expect(200);
    const during = receiver.received.at(-1)!;
    expect(during.signature.split(' ')).toHaveLength(2);
    expect(during.verifiedWith).toEqual([fresh, hook.secret]);

    t.clock.advance(24 * 3600_000 + 1);
    await t.http.post(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}/redeliver`).set(bearer(key)).expect(200);
    const after = receiver.received.at(-1)!;
    expect(after.verifiedWith).toEqual([fresh]);
    expect(() => new Webhook(hook.secret).verify(after.raw, headersOf(after))).toThrow();
    hook = { ...hook, secret: fresh };
    receiver.secrets = [fresh];
  });

  it('fails a delivery for good once the schedule is spent', async () => {
    receiver.answer(500);
    const d = await outcome(1);
    let tries = 0;
    for (const delayS of [0, 5, 300, 1800, 7200, 18000, 36000, 86400]) {
      t.clock.advance(delayS * 1000);
      const now = await sweepUntilTries(t, key, hook.id, d.id, ++tries);
      expect(now.status).toBe(tries === 8 ? 'failed' : 'pending');
    }
    const [end] = (await deliveriesOf(t, key, hook.id)).filter((x) => x.id === d.id);
    expect(end).toMatchObject({ status: 'failed', attempts: 8, nextAttemptAt: null, lastStatusCode: 500 });
    const failed = await t.http.get(`/api/v1/webhooks/${hook.id}/deliveries?status=failed`).set(bearer(key));
    expect(failed.body.data.map((x: DeliveryView) => x.id)).toEqual([d.id]);
  }, 60000);

  it('a 410 disables the endpoint; redeliver is then a 409 until it is enabled again', async () => {
    receiver.answer(410);
    const d = await outcome(2);
    await sweepUntilTries(t, key, hook.id, d.id, 1);
    const res = await t.http.get(`/api/v1/webhooks/${hook.id}`).set(bearer(key));
    expect(res.body.data).toMatchObject({ enabled: false, disabledReason: 'The endpoint answered 410 Gone' });
    const again = await t.http.post(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}/redeliver`).set(bearer(key));
    expect(again.status).toBe(409);

    // Disabled: no delivery is written for a new event, and the pending one waits.
    await noAnswer(3);
    expect((await deliveriesOf(t, key, hook.id)).filter((x) => x.type === 'attempt.outcome')).toHaveLength(3);

    receiver.answer(200);
    await t.http.patch(`/api/v1/webhooks/${hook.id}`).set(bearer(key)).send({ enabled: true }).expect(200);
    t.clock.advance(5_000);
    const done = await sweepUntilTries(t, key, hook.id, d.id, 2);
    expect(done.status).toBe('delivered');
    const metrics = await t.http.get('/metrics');
    expect(metrics.text).toMatch(/outreach_webhook_deliveries_total\{result="gone"\} 1/);
  });

  it('announces the end of an initiation once, with its results', async () => {
    const before = receiver.ofType('initiation.completed').length;
    // Days later (the specs above moved the clock), at the hour the first initiation went out.
    t.clock.set('2026-03-10T06:30:00.000Z');
    const campaignId = await createCampaign(t, key);
    await bulkAdd(t, key, campaignId, [loanRecord(101), loanRecord(102)]);
    const res = await initiate(t, {
      channel: 'calls',
      campaignId,
      key,
      body: { agentId: rig.sent.org.agentId, dispositionId: rig.sent.org.dispositionId },
    });
    expect(res.status).toBe(200);
    const initiationId = res.body.initiationId as string;
    const d = await until(async () => {
      const all = await deliveriesOf(t, key, hook.id);
      return all.find((x) => x.type === 'initiation.completed');
    }, 'the initiation.completed delivery');
    await sweepUntilTries(t, key, hook.id, d.id, 1);
    await t.app.get(WebhookDeliveryService).sweep();
    const completed = receiver.ofType('initiation.completed');
    expect(completed).toHaveLength(before + 1);
    expect(completed.at(-1)!.body.data).toMatchObject({
      initiationId,
      status: 'completed',
      results: { customersSelected: 2, initiated: 2 },
    });
    expect(completed.at(-1)!.verifiedWith).toEqual([hook.secret]);
  });
  it('announces a scheduled follow-up; an endpoint failing every delivery for 5 days is disabled', async () => {
    const campaignId = await createCampaign(t, key);
    await bulkAdd(t, key, campaignId, [loanRecord(201), loanRecord(202)]);
    const res = await initiate(t, {
      channel: 'calls',
      campaignId,
      key,
      body: {
        agentId: rig.sent.org.agentId,
        dispositionId: rig.sent.org.dispositionId,
        retry: { on: ['no_answer'], afterSeconds: 600, maxAttempts: 1 },
      },
    });
    expect(res.status).toBe(200);
    const list = await t.http
      .get(`/api/v1/initiations/${res.body.initiationId as string}/attempts`)
      .set(bearer(key))
      .expect(200);
    const [first, second] = list.body.data as Array<{ attemptId: string; providerRef: string }>;
    const missed = async (a: { attemptId: string; providerRef: string }): Promise<Date> => {
      const now = t.clock.now();
      const posted = await rig.posts.post([
        { attemptId: a.attemptId, callId: a.providerRef, event: 'no_answer', at: now.toISOString(), durationSec: 0 },
      ]);
      expect(posted.status).toBe(200);
      return now;
    };

    const arrived = await missed(first);
    const d = (await deliveriesOf(t, key, hook.id)).find((x) => x.type === 'followup.scheduled')!;
    await sweepUntilTries(t, key, hook.id, d.id, 1);
    const [scheduled] = receiver.ofType('followup.scheduled');
    expect(scheduled.verifiedWith).toEqual([hook.secret]);
    expect(scheduled.body.data).toEqual({
      initiationId: res.body.initiationId,
      attemptId: expect.stringMatching(/^att_/),
      retryOf: first.attemptId,
      retryNumber: 1,
      dueAt: new Date(arrived.getTime() + 600_000).toISOString(),
    });

    receiver.answer(500);
    await missed(second);
    const failing = (await deliveriesOf(t, key, hook.id)).find(
      (x) => x.type === 'attempt.outcome' && x.status === 'pending',
    )!;
    await sweepUntilTries(t, key, hook.id, failing.id, 1);
    t.clock.advance(5 * 24 * 3600_000);
    await sweepUntilTries(t, key, hook.id, failing.id, 2);
    const endpoint = await t.http.get(`/api/v1/webhooks/${hook.id}`).set(bearer(key));
    expect(endpoint.body.data).toMatchObject({ enabled: false, disabledReason: 'Every delivery failed for 5 days' });
  });
});
