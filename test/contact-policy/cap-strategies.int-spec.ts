import { DataSource } from 'typeorm';
import { ExclusionService } from '../../src/contact-policy/exclusion.service';
import { DEFAULT_POLICY, mergePolicy } from '../../src/contact-policy/policy';
import { SelectionStore } from '../../src/initiations/persistence/selection.store';
import { FilterQueryBuilder } from '../../src/targeting/filter-query.builder';
import { parseFilters } from '../../src/targeting/filters';
import { createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { setupOrg } from '../support/outreach';

/** The two ways of reading attempt caps (per customer, or one pass over the recent contacts) agree. */
describe('attempt caps: probe and scan classify alike', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('excludes exactly the phones at or over the cap in the window, whichever strategy the size picks', async () => {
    const org = await setupOrg(t);
    const campaignId = await createCampaign(t, org.key);
    await bulkAdd(
      t,
      org.key,
      campaignId,
      Array.from({ length: 6 }, (_, i) => loanRecord(i + 1)),
    );
    const db = t.app.get(DataSource);
    const now = new Date('2026-03-02T06:30:00.000Z');
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
    // Phone 1: 2 calls this week (at the cap of 2); phone 2: 1 call; phone 3: 2 calls, one 8 days ago;
    // phone 4: 2 SMS (another channel); another organization called phone 5 twice.
    const rows = [
      [org.orgId, 'calls', `+91${phone(1)}`, at(1)],
      [org.orgId, 'calls', `+91${phone(1)}`, at(30)],
      [org.orgId, 'calls', `+91${phone(2)}`, at(2)],
      [org.orgId, 'calls', `+91${phone(3)}`, at(3)],
      [org.orgId, 'calls', `+91${phone(3)}`, at(8 * 24)],
      [org.orgId, 'sms', `+91${phone(4)}`, at(1)],
      [org.orgId, 'sms', `+91${phone(4)}`, at(2)],
      ['org_other', 'calls', `+91${phone(5)}`, at(1)],
      ['org_other', 'calls', `+91${phone(5)}`, at(2)],
    ];
    await db.query('INSERT INTO contact_log (organization_id, channel, phone, contacted_at) VALUES ?', [rows]);
    const exclusions = new ExclusionService(db);
    const selection = new SelectionStore(db, exclusions);
    const where = new FilterQueryBuilder(db).where({ organizationId: org.orgId, campaignId }, parseFilters({}).filters);
    const policy = mergePolicy(DEFAULT_POLICY, {
      calls: { maxAttempts: { count: 2, days: 7 }, window: { start: '00:00', end: '24:00' } },
    });
    const input = {
      organizationId: org.orgId,
      campaignId,
      channel: 'calls' as const,
      where,
      narrowed: false,
      limit: undefined,
      zone: 'Asia/Kolkata',
    };
    const probe = await exclusions.plan({ ...input, matched: 6 }, policy, now);
    const scan = await exclusions.plan({ ...input, matched: 1_000_000 }, policy, now);
    expect([probe.cap?.strategy, scan.cap?.strategy]).toEqual(['probe', 'scan']);
    for (const plan of [probe, scan]) {
      const samples = await exclusions.samples(plan, 20);
      expect(samples.attempt_cap.map((s) => s.customerId)).toEqual(['LOAN-000001']);
      const { excluded, selectedByWave } = await selection.counts(plan);
      expect(excluded.byReason.attempt_cap).toBe(1);
      expect(selectedByWave).toEqual([5]);
    }
  });
});
