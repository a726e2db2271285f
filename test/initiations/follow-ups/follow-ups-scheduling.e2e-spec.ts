import { loanRecord } from '../../support/factories';
import {
  attemptRows,
  CALL_RETRY,
  callsWithRetry,
  initiationOf,
  outcome,
  settled,
  sweep,
  until,
} from '../../support/follow-ups';
import { bearer } from '../../support/app';
import { initiate } from '../../support/initiate';
import { policyApp } from '../../support/policy-initiation';

/**
 * SPEC §10 follow-ups: a final outcome in `retry.on` schedules one follow-up `afterSeconds` after
 * it arrived; when due it goes to the provider in a batch of its own (after the first round's,
 * with its own Idempotency-Key and a new attempt id); maxAttempts bounds them; an outcome not in
 * `on`, or a dispatch failure, schedules nothing; the first round's status and results stay.
 */
describe('Follow-ups: scheduling and dispatch', () => {
  const p = policyApp('followups_sched');

  it('no_answer → one follow-up after the delay, sent in its own batch with a new attempt id', async () => {
    const l = await p.lender([loanRecord(1), loanRecord(2)]);
    const id = await callsWithRetry(p, l);
    const first = await attemptRows(p.t, id);
    expect(first.map((a) => a.status)).toEqual(['initiated', 'initiated']);
    const before = await initiationOf(p.t, l.org.key, id);
    expect(before.followUps).toEqual({ scheduled: 0, initiated: 0, failed: 0, excluded: 0 });

    p.t.clock.advance(60_000);
    const arrived = p.t.clock.now();
    await outcome(p.t, 'calls', [first[0].attemptId], 'no_answer');
    await outcome(p.t, 'calls', [first[1].attemptId], 'completed');

    const scheduled = (await attemptRows(p.t, id)).filter((a) => a.retryNumber > 0);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({
      customerId: first[0].customerId,
      status: 'scheduled',
      batch: 0,
      retryNumber: 1,
      retryOf: first[0].attemptId,
    });
    expect(scheduled[0].dueAt?.toISOString()).toBe(new Date(arrived.getTime() + 600_000).toISOString());
    expect(scheduled[0].attemptId).toMatch(/^att_[0-9a-f]{24}$/);
    expect(scheduled[0].attemptId).not.toBe(first[0].attemptId);

    const waiting = await initiationOf(p.t, l.org.key, id);
    expect(waiting.followUps).toEqual({ scheduled: 1, initiated: 0, failed: 0, excluded: 0 });
    const list = await p.t.http
      .get(`/api/v1/initiations/${id}/attempts?status=scheduled`)
      .set(bearer(l.org.key))
      .expect(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({
      attemptId: scheduled[0].attemptId,
      status: 'scheduled',
      retryOf: first[0].attemptId,
      retryNumber: 1,
      batch: null,
    });

    // Not yet due: nothing is sent.
    p.t.clock.advance(599_000);
    expect(await sweep(p.t)).toBe(0);
    expect(p.runner.requests).toHaveLength(1);

    p.t.clock.advance(1_000);
    expect(await sweep(p.t)).toBe(1);
    await until(() => p.runner.requests.length === 2, 'the follow-up batch');
    await settled(p.t, id);
    const second = p.runner.requests[1];
    expect(second.idempotencyKey).toBe(`${id}:2`);
    expect(p.runner.requests[0].idempotencyKey).toBe(`${id}:1`);
    expect(second.body?.batch).toBe(2);
    expect(p.runner.received().map((c) => c.attemptId)).toEqual([
      first[0].attemptId,
      first[1].attemptId,
      scheduled[0].attemptId,
    ]);

    const after = await initiationOf(p.t, l.org.key, id);
    expect(after.status).toBe(before.status);
    expect(after.results).toEqual(before.results);
    expect(after.followUps).toEqual({ scheduled: 0, initiated: 1, failed: 0, excluded: 0 });
    const page = await p.t.http.get(`/api/v1/initiations/${id}/attempts`).set(bearer(l.org.key)).expect(200);
    const items = page.body.data as Array<{
      attemptId: string;
      retryOf: string | null;
      retryNumber: number;
      batch: number;
    }>;
    expect(items.map((a) => [a.retryNumber, a.retryOf, a.batch])).toEqual([
      [0, null, 1],
      [0, null, 1],
      [1, first[0].attemptId, 2],
    ]);
    // A second sweep sends nothing again.
    expect(await sweep(p.t)).toBe(0);
    expect(p.runner.requests).toHaveLength(2);
  });

  it('maxAttempts 2: three no_answers → exactly two follow-ups', async () => {
    const l = await p.lender([loanRecord(1)]);
    const id = await callsWithRetry(p, l, { ...CALL_RETRY, maxAttempts: 2 });
    for (let round = 0; round < 3; round++) {
      const rows = await attemptRows(p.t, id);
      const last = rows[rows.length - 1];
      expect(last.status).toBe('initiated');
      await outcome(p.t, 'calls', [last.attemptId], 'no_answer');
      p.t.clock.advance(600_000);
      await sweep(p.t);
      await settled(p.t, id);
    }
    const rows = await attemptRows(p.t, id);
    expect(rows.map((r) => [r.retryNumber, r.status])).toEqual([
      [0, 'initiated'],
      [1, 'initiated'],
      [2, 'initiated'],
    ]);
    expect(rows[1].retryOf).toBe(rows[0].attemptId);
    expect(rows[2].retryOf).toBe(rows[1].attemptId);
    expect(p.runner.requests.map((r) => r.idempotencyKey)).toEqual([`${id}:1`, `${id}:2`, `${id}:3`]);
    expect((await initiationOf(p.t, l.org.key, id)).followUps).toEqual({
      scheduled: 0,
      initiated: 2,
      failed: 0,
      excluded: 0,
    });
  });

  it('SMS: undelivered → a follow-up message in its own batch', async () => {
    const l = await p.lender([loanRecord(1)]);
    const res = await p.send(l, 'sms', { retry: { on: ['undelivered'], afterSeconds: 300, maxAttempts: 1 } });
    expect(res.status).toBe(200);
    const id = res.body.initiationId as string;
    const [first] = await attemptRows(p.t, id);
    await outcome(p.t, 'sms', [first.attemptId], 'undelivered');
    p.t.clock.advance(300_000);
    expect(await sweep(p.t)).toBe(1);
    await until(() => p.gateway.requests.length === 2, 'the follow-up message');
    await settled(p.t, id);
    const rows = await attemptRows(p.t, id);
    expect(rows.map((r) => [r.retryNumber, r.status, r.batch])).toEqual([
      [0, 'initiated', 1],
      [1, 'initiated', 2],
    ]);
    expect(p.gateway.requests[1].idempotencyKey).toBe(`${id}:2`);
    expect(p.gateway.received()[1].attemptId).toBe(rows[1].attemptId);
  });

  it('a follow-up sent while the first round still runs neither ends nor counts in it', async () => {
    const l = await p.lender([1, 2, 3, 4, 5, 6].map((n) => loanRecord(n)));
    let release: () => void = () => undefined;
    p.runner.holdUntil(2, new Promise<void>((r) => (release = r)));
    const res = await initiate(p.t, {
      channel: 'calls',
      campaignId: l.campaignId,
      key: l.org.key,
      body: { agentId: l.org.agentId, dispositionId: l.org.dispositionId, retry: CALL_RETRY },
      headers: { Prefer: 'respond-async' },
    });
    expect(res.status).toBe(202);
    const id = res.body.data.initiationId as string;
    await until(
      async () => (await attemptRows(p.t, id)).filter((a) => a.status === 'initiated').length === 5,
      'batch 1',
    );
    const [first] = await attemptRows(p.t, id);
    await outcome(p.t, 'calls', [first.attemptId], 'no_answer');
    p.t.clock.advance(600_000);
    expect(await sweep(p.t)).toBe(1);
    await until(() => p.runner.requests.some((r) => r.idempotencyKey === `${id}:3`), 'the follow-up batch');
    await until(
      async () => (await attemptRows(p.t, id)).some((a) => a.retryNumber === 1 && a.status === 'initiated'),
      'the follow-up',
    );
    const running = await initiationOf(p.t, l.org.key, id);
    expect(running.status).toBe('running');
    expect(running.results).toMatchObject({ initiated: 5, batchesProcessed: 1 });
    expect(running.followUps).toMatchObject({ initiated: 1 });

    release();
    await until(async () => (await initiationOf(p.t, l.org.key, id)).status === 'completed', 'the first round to end');
    const ended = await initiationOf(p.t, l.org.key, id);
    expect(ended.results).toMatchObject({ customersSelected: 6, initiated: 6, failed: 0, batchesProcessed: 2 });
    expect(ended.followUps).toEqual({ scheduled: 0, initiated: 1, failed: 0, excluded: 0 });
  });

  it('an outcome not in `on` schedules nothing', async () => {
    const l = await p.lender([loanRecord(1), loanRecord(2)]);
    const id = await callsWithRetry(p, l, { on: ['busy'], afterSeconds: 600, maxAttempts: 3 });
    const rows = await attemptRows(p.t, id);
    await outcome(p.t, 'calls', [rows[0].attemptId], 'no_answer');
    await outcome(p.t, 'calls', [rows[1].attemptId], 'completed');
    expect((await attemptRows(p.t, id)).filter((a) => a.retryNumber > 0)).toEqual([]);
  });

  it('a dispatch failure is no outcome: nothing is scheduled', async () => {
    const l = await p.lender([loanRecord(1)]);
    p.runner.failWith(400, 1);
    const res = await p.send(l, 'calls', { retry: { on: ['failed'], afterSeconds: 600, maxAttempts: 3 } });
    expect([200, 207, 500]).toContain(res.status);
    const id = res.body.initiationId as string;
    const rows = await attemptRows(p.t, id);
    expect(rows.map((r) => r.status)).toEqual(['failed']);
    p.t.clock.advance(3_600_000);
    expect(await sweep(p.t)).toBe(0);
    expect((await attemptRows(p.t, id)).length).toBe(1);
  });

  it('without retry an outcome schedules nothing', async () => {
    const l = await p.lender([loanRecord(1)]);
    const res = await p.send(l, 'calls');
    const id = res.body.initiationId as string;
    const rows = await attemptRows(p.t, id);
    await outcome(p.t, 'calls', [rows[0].attemptId], 'no_answer');
    expect(await attemptRows(p.t, id)).toHaveLength(1);
  });
});
