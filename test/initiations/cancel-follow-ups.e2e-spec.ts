import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { bearer } from '../support/app';
import { loanRecord } from '../support/factories';
import { attemptRows, callsWithRetry, initiationOf, outcome, sweep } from '../support/follow-ups';
import { policyApp } from '../support/policy-initiation';
import { promoteAndRun } from '../support/queues';

/**
 * SPEC §10's cancel with follow-ups waiting (written by the follow-ups' own code from a real
 * no_answer): they end `canceled`, are never sent when due (neither their delayed job nor the
 * sweep), and no follow-up is scheduled for the initiation afterwards.
 */
describe('cancel with follow-ups waiting', () => {
  const p = policyApp('cancel_followups');

  it('cancels the waiting follow-up; nothing goes out when it is due; a later no_answer schedules nothing', async () => {
    const l = await p.lender([loanRecord(1), loanRecord(2)]);
    const id = await callsWithRetry(p, l, { on: ['no_answer'], afterSeconds: 600, maxAttempts: 2 });
    const first = await attemptRows(p.t, id);
    p.t.clock.advance(60_000);
    await outcome(p.t, 'calls', [first[0].attemptId], 'no_answer');
    const waiting = (await attemptRows(p.t, id)).filter((a) => a.status === 'scheduled');
    expect(waiting).toHaveLength(1);
    const before = await initiationOf(p.t, l.org.key, id);
    expect(before.status).toBe('completed');

    const res = await p.t.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(l.org.key)).expect(200);
    expect(res.body).toEqual({ success: true, data: { initiationId: id, status: 'canceled', canceled: 1 } });
    const [{ k }] = await p.db.query<Array<{ k: string }>>('SELECT api_key_id AS k FROM initiations WHERE id = ?', [
      id,
    ]);
    const rows = await attemptRows(p.t, id);
    expect(rows.find((a) => a.attemptId === waiting[0].attemptId)).toMatchObject({
      status: 'canceled',
      reason: `Canceled by ${k}`,
    });

    // Due now: its delayed job (if Bull still holds one) and the sweep find nothing to send.
    p.t.clock.advance(600_000);
    const queue = p.t.app.get<Queue>(getQueueToken('follow-ups'));
    const delayed = await queue.getDelayed();
    await Promise.all(delayed.map((job) => promoteAndRun(queue, job).catch(() => undefined)));
    expect(await sweep(p.t)).toBe(0);
    expect(p.runner.requests).toHaveLength(1);

    // The other customer's no_answer arrives after the cancel: no follow-up for it.
    await outcome(p.t, 'calls', [first[1].attemptId], 'no_answer');
    expect((await attemptRows(p.t, id)).filter((a) => a.status === 'scheduled')).toEqual([]);
    const after = await initiationOf(p.t, l.org.key, id);
    expect(after).toMatchObject({ status: 'canceled', results: before.results });
    expect(after.followUps).toMatchObject({ scheduled: 0 });
    // Repeated: the same answer.
    expect((await p.t.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(l.org.key)).expect(200)).body).toEqual(
      res.body,
    );
  });
});
