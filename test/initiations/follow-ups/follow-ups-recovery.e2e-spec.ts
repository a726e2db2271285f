import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestApp, TestApp } from '../../support/app';
import { loanRecord } from '../../support/factories';
import { attemptRows, CALL_RETRY, callsWithRetry, outcome, settled, sweep, until } from '../../support/follow-ups';
import { isolatedEnv } from '../../support/initiate';
import { policyApp } from '../../support/policy-initiation';

/**
 * SPEC §10: follow-ups are recorded in the database; Redis only holds the delayed job and can lose
 * it. With Redis emptied while they wait, the workers' sweep dispatches them when due; with two
 * workers sweeping at once, each follow-up reaches the runner once.
 */
describe('Follow-ups: Redis lost, two workers', () => {
  const name = 'followups_rec';
  const p = policyApp(name);
  let second: TestApp | undefined;

  beforeAll(async () => {
    second = await createTestApp({
      APP_ROLE: 'worker',
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: p.runner.url,
      DISPATCH_BACKOFF_MS: '10',
      BATCH_SIZE: '5',
      ...isolatedEnv(name),
    });
  }, 60000);
  afterAll(async () => {
    await second?.close();
  });

  it('the delayed job lost: both workers sweep at once, every follow-up is sent once', async () => {
    const l = await p.lender([1, 2, 3, 4, 5, 6, 7].map((n) => loanRecord(n)));
    const id = await callsWithRetry(p, l, CALL_RETRY);
    const first = await attemptRows(p.t, id);
    expect(first).toHaveLength(7);
    await outcome(
      p.t,
      'calls',
      first.map((a) => a.attemptId),
      'no_answer',
    );
    const followUps = (await attemptRows(p.t, id)).filter((a) => a.status === 'scheduled');
    expect(followUps).toHaveLength(7);
    const queue = p.t.app.get<Queue>(getQueueToken('follow-ups'));
    const due = followUps[0].dueAt as Date;
    await until(async () => (await queue.getJob(`followup:${id}:${due.getTime()}`)) !== null, 'the delayed job');

    // Redis emptied: the delayed job is gone.
    await queue.obliterate({ force: true });
    expect(await queue.getJob(`followup:${id}:${due.getTime()}`)).toBeNull();

    const other = second as TestApp;
    p.t.clock.set(due);
    other.clock.set(due);
    const [a, b] = await Promise.all([sweep(p.t), sweep(other)]);
    // 7 follow-ups in batches of 5: two batches, numbered after the first round's two.
    expect(a + b).toBeGreaterThanOrEqual(2);
    await until(() => p.runner.requests.length === 4, 'both follow-up batches');
    await settled(p.t, id);
    await sleep(300);
    const sent = p.runner.received().map((c) => c.attemptId);
    expect(sent).toHaveLength(14);
    expect(new Set(sent).size).toBe(14);
    expect(sent.slice(7).sort()).toEqual(followUps.map((f) => f.attemptId).sort());
    expect(p.runner.requests.map((r) => r.idempotencyKey).sort()).toEqual([1, 2, 3, 4].map((n) => `${id}:${n}`).sort());
    const rows = await attemptRows(p.t, id);
    expect(rows.filter((r) => r.retryNumber === 1).map((r) => r.status)).toEqual(Array(7).fill('initiated'));
    expect([...new Set(rows.filter((r) => r.retryNumber === 1).map((r) => r.batch))].sort()).toEqual([3, 4]);
    // Swept again: nothing more.
    expect((await sweep(p.t)) + (await sweep(other))).toBe(0);
    expect(p.runner.requests).toHaveLength(4);
  });

  it('a follow-up batch queued whose dispatch job was lost is re-enqueued by the sweep and sent once', async () => {
    const l = await p.lender([loanRecord(1)]);
    const id = await callsWithRetry(p, l, CALL_RETRY);
    const [first] = await attemptRows(p.t, id);
    await outcome(p.t, 'calls', [first.attemptId], 'no_answer');
    const [, follow] = await attemptRows(p.t, id);
    // Batched by a worker that died before its dispatch job reached Redis.
    await p.db.query("UPDATE attempts SET status = 'queued', batch = 2 WHERE attempt_id = ? AND status = 'scheduled'", [
      follow.attemptId,
    ]);
    p.t.clock.set(new Date((follow.dueAt as Date).getTime() + p.t.config.recovery.graceMs + 1000));
    expect(await sweep(p.t)).toBe(1);
    await until(() => p.runner.requests.length === 2, 'the re-enqueued batch');
    await settled(p.t, id);
    expect(p.runner.requests[1].idempotencyKey).toBe(`${id}:2`);
    expect(p.runner.received().map((c) => c.attemptId)).toEqual([first.attemptId, follow.attemptId]);
    expect(await sweep(p.t)).toBe(0);
    expect(p.runner.requests).toHaveLength(2);
  });
});
