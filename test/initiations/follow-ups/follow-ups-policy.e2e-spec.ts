import { loanRecord, phone } from '../../support/factories';
import { attemptRows, callsWithRetry, initiationOf, outcome, settled, sweep, until } from '../../support/follow-ups';
import { policyApp } from '../../support/policy-initiation';

/**
 * SPEC §10: a follow-up is checked against the contact policy in force when it is due (SPEC §7):
 * outside the window it waits for the next opening (`outsideWindow: "schedule"`) or is excluded;
 * over the cap, or listed do-not-contact meanwhile, it is excluded with the reason. Kolkata's
 * default calls window is 08:00–19:00; NOON_UTC is 17:30 there, two hours later the window is shut.
 */
describe('Follow-ups: the contact policy when due', () => {
  const p = policyApp('followups_policy');
  const twoHours = { on: ['no_answer'], afterSeconds: 7200, maxAttempts: 1 };
  const tenMinutes = { on: ['no_answer'], afterSeconds: 600, maxAttempts: 1 };

  async function noAnswer(id: string): Promise<string> {
    const [first] = await attemptRows(p.t, id);
    await outcome(p.t, 'calls', [first.attemptId], 'no_answer');
    return first.attemptId;
  }

  it('outside the window with outsideWindow "schedule": deferred to the next opening, then sent', async () => {
    const l = await p.lender([loanRecord(1)]);
    await p.putPolicy(l, { outsideWindow: 'schedule' });
    const id = await callsWithRetry(p, l, twoHours);
    await noAnswer(id);
    p.t.clock.advance(7_200_000); // 14:00 UTC = 19:30 Kolkata: shut
    expect(await sweep(p.t)).toBe(0);
    const [, waiting] = await attemptRows(p.t, id);
    expect(waiting.status).toBe('scheduled');
    // 08:00 Kolkata next morning.
    expect(waiting.dueAt?.toISOString()).toBe('2026-03-03T02:30:00.000Z');
    expect(p.runner.requests).toHaveLength(1);
    expect((await initiationOf(p.t, l.org.key, id)).followUps).toMatchObject({ scheduled: 1 });

    p.t.clock.set('2026-03-03T02:29:59.000Z');
    expect(await sweep(p.t)).toBe(0);
    p.t.clock.set('2026-03-03T02:30:00.000Z');
    expect(await sweep(p.t)).toBe(1);
    await until(() => p.runner.requests.length === 2, 'the deferred follow-up');
    await settled(p.t, id);
    expect(p.runner.requests[1].idempotencyKey).toBe(`${id}:2`);
    expect((await attemptRows(p.t, id))[1].status).toBe('initiated');
  });

  it('outside the window with outsideWindow "exclude": excluded outside_window, never sent', async () => {
    const l = await p.lender([loanRecord(1)]);
    const id = await callsWithRetry(p, l, twoHours);
    await noAnswer(id);
    p.t.clock.advance(7_200_000);
    await sweep(p.t);
    await settled(p.t, id);
    const [, follow] = await attemptRows(p.t, id);
    expect(follow).toMatchObject({ status: 'excluded', reason: 'outside_window', retryNumber: 1 });
    expect(p.runner.requests).toHaveLength(1);
    const report = await initiationOf(p.t, l.org.key, id);
    expect(report.followUps).toEqual({ scheduled: 0, initiated: 0, failed: 0, excluded: 1 });
    // The first round's exclusions stay its own.
    expect((report.results as { excluded: { total: number } }).excluded.total).toBe(0);
  });

  it('over the cap when due: excluded attempt_cap', async () => {
    const l = await p.lender([loanRecord(1)]);
    await p.putPolicy(l, { calls: { maxAttempts: { count: 1, days: 7 } } });
    const id = await callsWithRetry(p, l, tenMinutes);
    await noAnswer(id);
    p.t.clock.advance(600_000);
    await sweep(p.t);
    await settled(p.t, id);
    expect((await attemptRows(p.t, id))[1]).toMatchObject({ status: 'excluded', reason: 'attempt_cap' });
    expect(p.runner.requests).toHaveLength(1);
  });

  it('listed do-not-contact meanwhile: excluded do_not_contact', async () => {
    const l = await p.lender([loanRecord(1), loanRecord(2)]);
    const id = await callsWithRetry(p, l, tenMinutes);
    const rows = await attemptRows(p.t, id);
    await outcome(
      p.t,
      'calls',
      rows.map((r) => r.attemptId),
      'no_answer',
    );
    await p.addDnc(l, [{ phone: phone(1), channel: 'calls' }]);
    p.t.clock.advance(600_000);
    expect(await sweep(p.t)).toBe(1);
    await until(() => p.runner.requests.length === 2, 'the follow-up batch');
    await settled(p.t, id);
    const follow = (await attemptRows(p.t, id)).filter((r) => r.retryNumber === 1);
    expect(follow.map((r) => [r.customerId, r.status, r.reason])).toEqual([
      [rows[0].customerId, 'excluded', 'do_not_contact'],
      [rows[1].customerId, 'initiated', null],
    ]);
    expect(p.runner.received().map((c) => c.attemptId)).toEqual([
      rows[0].attemptId,
      rows[1].attemptId,
      follow[1].attemptId,
    ]);
    expect((await initiationOf(p.t, l.org.key, id)).followUps).toEqual({
      scheduled: 0,
      initiated: 1,
      failed: 0,
      excluded: 1,
    });
  });
});
