import { DataSource } from 'typeorm';
import type { SelectionPlan } from '../../../src/contact-policy/exclusion.service';
import { AttemptReads } from '../../../src/initiations/persistence/attempt.reads';
import { BatchStore } from '../../../src/initiations/persistence/batch.store';
import { SelectionStore } from '../../../src/initiations/persistence/selection.store';
import { createTestApp, TestApp } from '../../support/app';
import { attemptsFixture, AttemptsFixture } from '../../support/attempts-fixture';
import { phone } from '../../support/factories';

const NOW = new Date('2026-03-02T06:30:00.000Z');
const PREFIX = 'persistence_spec';
const CUSTOMERS = 7;

/**
 * The one home of SQL on `attempts` (src/initiations/persistence), against the real database:
 * what the selection writes, and how each dispatch-time write changes only open attempts, once.
 */
describe('attempts persistence', () => {
  let t: TestApp;
  let db: DataSource;
  let selection: SelectionStore;
  let batches: BatchStore;
  let reads: AttemptReads;
  let orgId: string;
  let plan: SelectionPlan;
  let newInitiation: AttemptsFixture['newInitiation'];

  beforeAll(async () => {
    // The API alone: no worker takes what these specs write.
    t = await createTestApp({ APP_ROLE: 'api' });
    db = t.app.get(DataSource);
    batches = t.app.get(BatchStore);
    reads = new AttemptReads(db);
    const fixture = await attemptsFixture(t, { customers: CUSTOMERS, now: NOW, prefix: PREFIX });
    ({ orgId, plan, selection, newInitiation } = fixture);
  });
  afterAll(() => t.close());

  const liveCounts = async (id: string): Promise<{ initiated: number; failed: number }> => {
    const [row] = await db.query<Array<{ initiated: number; failed: number }>>(
      'SELECT initiated, failed FROM initiations WHERE id = ?',
      [id],
    );
    return { initiated: Number(row.initiated), failed: Number(row.failed) };
  };

  it('writes the selection in one statement: queued in batches, the excluded at batch 0 with their reason', async () => {
    const { id, written } = await newInitiation();
    expect(written).toBe(CUSTOMERS);
    const count = await reads.counts(id);
    expect([count('queued'), count('excluded')]).toEqual([6, 1]);
    expect(await reads.openBatches(id)).toEqual([1, 2, 3]);
    expect(await db.transaction((m) => selection.lastBatch(m, id))).toBe(3);
    const excluded = await reads.excluded(id);
    expect([excluded.total, excluded.byReason.do_not_contact]).toEqual([1, 1]);
    const page = await reads.page(id, { offset: 0, limit: 10, status: 'excluded' });
    expect(page.rows.map((a) => [a.externalId, a.batch, a.reason])).toEqual([['LOAN-000004', 0, 'do_not_contact']]);
    // The dry run counts the same classification without writing.
    const dry = await selection.counts(plan);
    expect([dry.selectedByWave, dry.excluded.total]).toEqual([[6], 1]);
    // Batches in creation order: 1, 2, 3, 5, 6, 7 (4 is excluded).
    const first = await batches.open(id, 1);
    expect(first.map((a) => [a.customerId, a.phone])).toEqual([
      ['LOAN-000001', `+91${phone(1)}`],
      ['LOAN-000002', `+91${phone(2)}`],
    ]);
  });

  it('writes an accepted outcome once, with its contact and the live count', async () => {
    const { id } = await newInitiation();
    const open = await batches.open(id, 1);
    const phones = new Map(open.map((a) => [a.attemptId, a.phone]));
    const accepted = open.map((a) => ({ attemptId: a.attemptId, accepted: true, providerRef: `call-${a.attemptId}` }));
    const initiation = { id, organizationId: orgId, channel: 'calls' as const };
    const contacts = async (): Promise<number> => {
      const [row] = await db.query<Array<{ n: string }>>(
        'SELECT COUNT(*) AS n FROM contact_log WHERE organization_id = ? AND contacted_at = ?',
        [orgId, NOW],
      );
      return Number(row.n);
    };
    const before = await contacts();
    expect(await batches.recordAccepted(initiation, 1, accepted, (a) => phones.get(a)!, NOW)).toBe(2);
    // The same answer again (a re-delivered batch): nothing changes, nothing is counted twice.
    expect(await batches.recordAccepted(initiation, 1, accepted, (a) => phones.get(a)!, NOW)).toBe(0);
    expect(
      await batches.recordRejected(id, 1, [{ attemptId: open[0].attemptId, accepted: false, reason: 'late' }]),
    ).toBe(0);
    expect(await contacts()).toBe(before + 2);
    expect(await liveCounts(id)).toEqual({ initiated: 2, failed: 0 });
    const page = await reads.page(id, { offset: 0, limit: 10, status: 'initiated' });
    expect(page.rows.map((a) => a.providerRef)).toEqual(open.map((a) => `call-${a.attemptId}`));
    expect(await reads.isOpen(id, 1)).toBe(false);

    // One of a batch answered by another run first: the other is still written, once.
    const second = await batches.open(id, 2);
    const phoneOf = (a: string): string => second.find((s) => s.attemptId === a)!.phone;
    await batches.recordAccepted(initiation, 2, [{ attemptId: second[0].attemptId, accepted: true }], phoneOf, NOW);
    const both = second.map((a) => ({ attemptId: a.attemptId, accepted: true }));
    expect(await batches.recordAccepted(initiation, 2, both, phoneOf, NOW)).toBe(1);
    expect(await liveCounts(id)).toEqual({ initiated: 4, failed: 0 });
    expect(await contacts()).toBe(before + 4);
  });

  it('fails open attempts with their reason, cut to the column, and counts them', async () => {
    const { id } = await newInitiation();
    const open = await batches.open(id, 1);
    expect(
      await batches.recordRejected(id, 1, [{ attemptId: open[0].attemptId, accepted: false, reason: 'x'.repeat(600) }]),
    ).toBe(1);
    expect(await batches.failOpen(id, 1, 'Workflow runner timeout')).toBe(1);
    expect(await batches.failOpen(id, 1, 'again')).toBe(0);
    expect(await liveCounts(id)).toEqual({ initiated: 0, failed: 2 });
    const failures = await reads.failures(id);
    expect(failures.map((f) => [f.batch, f.reason?.length, f.count])).toEqual([
      [1, 'Workflow runner timeout'.length, 1],
      [1, 500, 1],
    ]);
  });

  it('claims a batch under a token: only that run sees it, it is given back or failed as unknown', async () => {
    const { id } = await newInitiation();
    await batches.claim(id, 3, 'claim:a');
    expect(await batches.open(id, 3)).toEqual([]);
    expect((await batches.open(id, 3, 'claim:a')).length).toBe(2);
    expect(await batches.open(id, 3, 'claim:b')).toEqual([]);
    // Through the API a claimed attempt is still queued.
    expect((await reads.page(id, { offset: 0, limit: 10, status: 'queued' })).total).toBe(6);
    expect(await reads.isOpen(id, 3)).toBe(true);
    await batches.release(id, 3, 'claim:b');
    expect(await batches.open(id, 3)).toEqual([]);
    await batches.release(id, 3, 'claim:a');
    expect((await batches.open(id, 3)).length).toBe(2);
    await batches.claim(id, 3, 'claim:c');
    // A later run finds the claim: it may have been sent, so it is never sent again.
    expect(await batches.failStaleClaims(id, 3)).toBe(2);
    expect(await reads.isOpen(id, 3)).toBe(false);
    expect(await liveCounts(id)).toEqual({ initiated: 0, failed: 2 });
    expect((await reads.failures(id)).map((f) => f.reason)).toEqual(['Outcome unknown after worker restart']);
  });

  it('excludes at dispatch only what no run has handed to the provider', async () => {
    const { id } = await newInitiation();
    const [a] = await batches.open(id, 2);
    await batches.markHandedOver(id, 2, true);
    expect(await batches.wasHandedOver(id, 2)).toBe(true);
    await batches.exclude(id, 2, new Map([['attempt_cap', [a.attemptId]]]));
    expect((await reads.excluded(id)).byReason.attempt_cap).toBe(0);
    await batches.markHandedOver(id, 2, false);
    await batches.exclude(id, 2, new Map([['attempt_cap', [a.attemptId]]]));
    expect((await reads.excluded(id)).byReason.attempt_cap).toBe(1);
    expect((await batches.open(id, 2)).length).toBe(1);
  });

  it('ends an initiation once, when nothing is open, and recovery finds it until then', async () => {
    const { id } = await newInitiation();
    // Older than recovery's grace, so the sweep's reads see it.
    await db.query('UPDATE initiations SET created_at = created_at - INTERVAL 1 HOUR WHERE id = ?', [id]);
    expect((await reads.live(PREFIX, 1000)).map((i) => i.id)).toContain(id);
    expect(await batches.anyOpen(id)).toBe(true);
    expect((await reads.endedButLive(PREFIX, 1000)).map((i) => i.id)).not.toContain(id);
    for (const batch of [1, 2, 3]) await batches.failOpen(id, batch, 'No result from provider');
    expect(await batches.anyOpen(id)).toBe(false);
    expect((await reads.endedButLive(PREFIX, 1000)).map((i) => i.id)).toContain(id);
    await batches.markHandedOver(id, 1, true);
    // A follow-up batch (after batch_count: 3) in flight when the first round ends keeps its marker.
    await batches.markHandedOver(id, 4, true);
    expect(await batches.end(id, { status: 'failed', initiated: 0, failed: 6 }, NOW)).toBe('failed');
    expect(await batches.end(id, { status: 'completed', initiated: 6, failed: 0 }, NOW)).toBeNull();
    expect(await batches.wasHandedOver(id, 1)).toBe(false);
    expect(await batches.wasHandedOver(id, 4)).toBe(true);
    const [row] = await db.query<Array<{ status: string; completed_at: Date }>>(
      'SELECT status, completed_at FROM initiations WHERE id = ?',
      [id],
    );
    expect([row.status, new Date(row.completed_at).toISOString()]).toEqual(['failed', NOW.toISOString()]);
    expect((await reads.live(PREFIX, 1000)).map((i) => i.id)).not.toContain(id);
    expect((await reads.endedButLive(PREFIX, 1000)).map((i) => i.id)).not.toContain(id);
  });
});
