import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { MetricsService } from '../../src/operations/metrics.service';
import { bearer, TestApp } from '../support/app';
import { loanRecord } from '../support/factories';
import { promoteAndRun } from '../support/queues';
import { Lender, NY_OPENS, policyApp, threeZones } from '../support/policy-initiation';

/**
 * SPEC §10's cancel: a delayed wave (`outsideWindow: "schedule"`, injected clock), follow-ups
 * waiting, the repeat, and what has nothing left to cancel or belongs to someone else.
 */

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let i = 0; i < 200 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  if (!done(value)) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

describe('POST /initiations/:id/cancel', () => {
  const policy = policyApp('cancel_answers');
  const { lender, send, reached } = policy;
  let t: TestApp;
  beforeAll(() => {
    ({ t } = policy);
  });

  const cancel = (l: Lender, id: string) => t.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(l.org.key));
  const status = (l: Lender, id: string) =>
    t.http
      .get(`/api/v1/initiations/${id}`)
      .set(bearer(l.org.key))
      .then((r) => r.body.data as { status: string; results: Record<string, unknown> });
  const attempts = (id: string) =>
    policy.db.query<Array<{ id: string; customer: string; status: string; reason: string | null }>>(
      'SELECT id, CAST(external_id AS CHAR) AS customer, status, reason FROM attempts WHERE initiation_id = ? ORDER BY id',
      [id],
    );
  const reasonFor = async (id: string) => {
    const [row] = await policy.db.query<Array<{ k: string }>>('SELECT api_key_id AS k FROM initiations WHERE id = ?', [
      id,
    ]);
    return `Canceled by ${row.k}`;
  };
  const metric = async (name: string, labels: Record<string, string>): Promise<number> => {
    const values = (await t.app.get(MetricsService).registry.getSingleMetric(name)?.get())?.values ?? [];
    const match = values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x));
    return match?.value ?? 0;
  };
  /** An initiation of two customers in Kolkata, ended `completed`. */
  const completed = async (l: Lender): Promise<string> => {
    const res = await send(l, 'calls');
    expect(res.status).toBe(200);
    const id = res.body.initiationId as string;
    expect((await status(l, id)).status).toBe('completed');
    return id;
  };

  it('during a delayed wave: the wave is canceled, never sent when its window opens, and the initiation ends canceled', async () => {
    const l = await lender(threeZones(), { contactPolicy: { outsideWindow: 'schedule' } });
    const res = await send(l, 'calls');
    expect(res.status).toBe(202);
    const id = res.body.data.initiationId as string;
    await until(
      () => Promise.resolve(reached('calls')),
      (r) => r.length === 3,
      'the first wave at the runner',
    );
    await until(
      () => status(l, id),
      (s) => s.results.initiated === 3,
      'the first wave recorded',
    );
    expect((await status(l, id)).status).toBe('scheduled');

    // Nothing is in flight: the cancel ends it at once.
    const endedBefore = await metric('outreach_initiations_total', { channel: 'calls', outcome: 'canceled' });
    const answer = await cancel(l, id).expect(200);
    expect(await metric('outreach_initiations_total', { channel: 'calls', outcome: 'canceled' })).toBe(endedBefore + 1);
    expect(answer.body).toEqual({ success: true, data: { initiationId: id, status: 'canceled', canceled: 2 } });
    const reason = await reasonFor(id);
    const canceled = (await attempts(id)).filter((a) => a.status === 'canceled');
    expect(canceled.map((a) => [a.customer, a.reason]).sort()).toEqual([
      ['NY-1', reason],
      ['NY-2', reason],
    ]);

    // New York opens and the delayed job (Bull still holds it) fires: it finds nothing to send.
    const queue = t.app.get<Queue>(getQueueToken('calls'));
    const wave = (await queue.getDelayed()).filter((j) => (j.data as { initiationId: string }).initiationId === id);
    expect(wave).toHaveLength(1);
    t.clock.set(NY_OPENS);
    const result = (await promoteAndRun(queue, wave[0])) as { skipped?: string };
    expect(result.skipped).toBe('initiation ended');
    expect(reached('calls')).toEqual(['AE-1', 'IN-1', 'IN-2']);
    const done = await status(l, id);
    expect(done).toMatchObject({ status: 'canceled', results: { customersSelected: 5, initiated: 3, failed: 0 } });
    // Repeated: the same answer.
    expect((await cancel(l, id).expect(200)).body.data).toEqual({ initiationId: id, status: 'canceled', canceled: 2 });
  });

  it('with a follow-up waiting after the first round ended: the follow-up is canceled, the first round’s counts stay', async () => {
    const l = await lender([loanRecord(1, { loan_id: 'IN-1' }), loanRecord(2, { loan_id: 'IN-2' })]);
    const id = await completed(l);
    // A follow-up of IN-1 waiting for its time (SPEC §10: `scheduled`), written as the follow-ups' store does.
    await policy.db.query(
      'INSERT INTO attempts (attempt_id, initiation_id, organization_id, campaign_id, channel, customer_row_id, external_id, phone, batch, wave, status) ' +
        "SELECT 'att_f0110e0000000000000000a1', initiation_id, organization_id, campaign_id, channel, customer_row_id + 1000000, external_id, phone, 0, 0, 'scheduled' " +
        'FROM attempts WHERE initiation_id = ? ORDER BY id LIMIT 1',
      [id],
    );
    const before = await status(l, id);

    const answer = await cancel(l, id).expect(200);
    expect(answer.body).toEqual({ success: true, data: { initiationId: id, status: 'canceled', canceled: 1 } });
    const rows = await attempts(id);
    expect(rows.map((a) => [a.customer, a.status])).toEqual([
      ['IN-1', 'initiated'],
      ['IN-2', 'initiated'],
      ['IN-1', 'canceled'],
    ]);
    expect(rows[2].reason).toBe(await reasonFor(id));
    const after = await status(l, id);
    expect(after.status).toBe('canceled');
    expect(after.results).toEqual(before.results);
    expect((await cancel(l, id).expect(200)).body.data).toEqual({ initiationId: id, status: 'canceled', canceled: 1 });
    expect(reached('calls')).toEqual(['IN-1', 'IN-2']);
  });

  it('409 when the first round has ended and nothing waits; nothing changes', async () => {
    const l = await lender([loanRecord(1, { loan_id: 'IN-1' }), loanRecord(2, { loan_id: 'IN-2' })]);
    const id = await completed(l);
    const res = await cancel(l, id).expect(409);
    expect(res.body).toMatchObject({
      success: false,
      message: 'Nothing left to cancel: the initiation has ended and no follow-up is waiting',
    });
    expect((await status(l, id)).status).toBe('completed');
    const [row] = await policy.db.query<Array<{ canceled_at: Date | null }>>(
      'SELECT canceled_at FROM initiations WHERE id = ?',
      [id],
    );
    expect(row.canceled_at).toBeNull();
    await cancel(l, id).expect(409);
  });

  it("404 for another organization's initiation (and an unknown id); it is left as it was", async () => {
    const owner = await lender(threeZones(), { contactPolicy: { outsideWindow: 'schedule' } });
    const other = await lender([loanRecord(9)]);
    const res = await send(owner, 'calls');
    const id = res.body.data.initiationId as string;
    for (const target of [id, 'init_doesnotexist00000000']) {
      const answer = await cancel(other, target).expect(404);
      expect(answer.body).toMatchObject({ success: false, message: 'Initiation not found' });
    }
    await t.http.post(`/api/v1/initiations/${id}/cancel`).expect(401);
    expect((await attempts(id)).filter((a) => a.status === 'canceled')).toEqual([]);
    // The owner still can.
    expect((await cancel(owner, id).expect(200)).body.data).toMatchObject({ initiationId: id, canceled: 2 });
  });
});
