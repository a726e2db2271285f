import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { bearer, TestApp } from '../support/app';
import { loanRecord } from '../support/factories';
import {
  counts,
  Lender,
  NEW_YORK,
  NOON_UTC,
  NY_OPENS,
  policyApp,
  threeZones,
  usPhone,
} from '../support/policy-initiation';

/**
 * SPEC §7 with `outsideWindow: "schedule"`: customers outside their window wait in delayed waves
 * that run when it opens, and are checked again when they do.
 */

describe('contact policy inside every initiation (SPEC §7)', () => {
  const policy = policyApp('policy_schedule');
  const { runner, lender, send, reached, excludedRows } = policy;
  let t: TestApp;
  let db: DataSource;
  beforeAll(() => {
    ({ t, db } = policy);
  });

  describe('outsideWindow: "schedule"', () => {
    const queue = (): Queue => t.app.get<Queue>(getQueueToken('calls'));
    const status = (l: Lender, id: string) =>
      t.http
        .get(`/api/v1/initiations/${id}`)
        .set(bearer(l.org.key))
        .then((r) => r.body.data as { status: string; results: Record<string, unknown> });

    async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
      let value = await read();
      for (let i = 0; i < 200 && !done(value); i++) {
        await new Promise((r) => setTimeout(r, 50));
        value = await read();
      }
      return value;
    }

    it('defers customers outside their window to a delayed wave that runs when it opens', async () => {
      const l = await lender(threeZones(), { contactPolicy: { outsideWindow: 'schedule' } });
      const res = await send(l, 'calls');
      expect(res.status).toBe(202);
      expect(res.body.data.status).toBe('scheduled');
      const id = res.body.data.initiationId as string;
      // Kolkata and Dubai go now; New York waits.
      await until(
        () => Promise.resolve(reached('calls')),
        (r) => r.length === 3,
      );
      expect(reached('calls')).toEqual(['AE-1', 'IN-1', 'IN-2']);
      expect((await status(l, id)).status).toBe('scheduled');
      const delayed = await queue().getDelayed();
      const wave = delayed.filter((j) => (j.data as { initiationId: string }).initiationId === id);
      expect(wave).toHaveLength(1);
      expect(wave[0].opts.delay).toBe(new Date(NY_OPENS).getTime() - new Date(NOON_UTC).getTime());
      // The window opens: the delayed job's timer fires.
      t.clock.set(NY_OPENS);
      await wave[0].promote();
      const done = await until(
        () => status(l, id),
        (s) => s.status === 'completed',
      );
      expect(done.results).toMatchObject({ customersSelected: 5, initiated: 5, failed: 0, excluded: counts({}) });
      expect(reached('calls')).toEqual(['AE-1', 'IN-1', 'IN-2', 'NY-1', 'NY-2']);
    });

    it('numbers each wave’s batches after the earlier waves’, one delayed job per batch at its opening', async () => {
      const la = (n: number) =>
        loanRecord(100 + n, { loan_id: `LA-${n}`, phone_number: usPhone(200 + n), timezone: 'America/Los_Angeles' });
      const ny = (n: number) =>
        loanRecord(300 + n, { loan_id: `NY-${n}`, phone_number: usPhone(400 + n), timezone: NEW_YORK });
      // Creation order mixes the zones; BATCH_SIZE is 5.
      const records = [la(1), ...Array.from({ length: 7 }, (_, i) => loanRecord(i + 1)), ny(1), la(2), la(3), ny(2)];
      records.push(la(4), la(5), la(6));
      const l = await lender(records, { contactPolicy: { outsideWindow: 'schedule' } });
      const res = await send(l, 'calls');
      expect(res.status).toBe(202);
      const id = res.body.data.initiationId as string;
      const [row] = await db.query<Array<{ schedule: string; batch_count: number }>>(
        'SELECT schedule, batch_count FROM initiations WHERE id = ?',
        [id],
      );
      expect(JSON.parse(row.schedule)).toEqual([
        { from: 3, to: 3, at: NY_OPENS },
        { from: 4, to: 5, at: '2026-03-02T16:00:00.000Z' }, // 08:00 in Los Angeles
      ]);
      expect(Number(row.batch_count)).toBe(5);
      const batches = await db.query<Array<{ batch: number; n: string; ids: string }>>(
        'SELECT batch, COUNT(*) AS n, GROUP_CONCAT(CAST(external_id AS CHAR) ORDER BY customer_row_id) AS ids FROM attempts WHERE initiation_id = ? GROUP BY batch ORDER BY batch',
        [id],
      );
      expect(batches.map((b) => [Number(b.batch), Number(b.n)])).toEqual([
        [1, 5],
        [2, 2],
        [3, 2],
        [4, 5],
        [5, 1],
      ]);
      expect(batches[2].ids).toBe('NY-1,NY-2');
      const delayed = (await queue().getDelayed())
        .filter((j) => (j.data as { initiationId: string }).initiationId === id)
        .map((j) => [(j.data as { batch: number }).batch, j.opts.delay])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      const noon = new Date(NOON_UTC).getTime();
      expect(delayed).toEqual([
        [3, new Date(NY_OPENS).getTime() - noon],
        [4, 4 * 3_600_000],
        [5, 4 * 3_600_000],
      ]);
      // Wave 0 (Kolkata) goes at once; the delayed waves are not this test's business.
      await until(
        () => Promise.resolve(reached('calls')),
        (r) => r.length === 7,
      );
      expect(reached('calls')).toEqual(Array.from({ length: 7 }, (_, i) => `LOAN-00000${i + 1}`));
      for (const job of await queue().getDelayed()) {
        if ((job.data as { initiationId: string }).initiationId === id) await job.remove();
      }
    });

    it('checks the window again at dispatch: a wave run before it opens is excluded, never sent', async () => {
      const l = await lender(threeZones().slice(2, 4), { contactPolicy: { outsideWindow: 'schedule' } });
      const res = await send(l, 'calls');
      expect(res.status).toBe(202);
      const id = res.body.data.initiationId as string;
      const [job] = (await queue().getDelayed()).filter(
        (j) => (j.data as { initiationId: string }).initiationId === id,
      );
      t.clock.set('2026-03-02T12:59:00.000Z'); // 07:59 New York
      await job.promote();
      const done = await until(
        () => status(l, id),
        (s) => s.status === 'completed',
      );
      expect(done.results).toMatchObject({ initiated: 0, failed: 0, excluded: counts({ outside_window: 2 }) });
      expect(runner.requests).toHaveLength(0);
      expect(await excludedRows(id)).toEqual({ outside_window: ['NY-1', 'NY-2'] });
    });
  });
});
