import { DataSource } from 'typeorm';
import { newId } from '../../src/common/ids';
import { ExclusionService, SelectionPlan } from '../../src/contact-policy/exclusion.service';
import { DEFAULT_POLICY, mergePolicy } from '../../src/contact-policy/policy';
import { SelectionStore } from '../../src/initiations/persistence/selection.store';
import { FilterQueryBuilder } from '../../src/targeting/filter-query.builder';
import { parseFilters } from '../../src/targeting/filters';
import type { TestApp } from './app';
import { bulkAdd, createCampaign, loanRecord, phone } from './factories';
import { setupOrg } from './outreach';

/**
 * An organization with one calls campaign of `customers` customers (customer 4's number on the
 * do-not-contact list) and the contact policy's plan for it: what the persistence specs write
 * initiations from, without the HTTP pipeline.
 */
export interface AttemptsFixture {
  orgId: string;
  key: string;
  campaignId: string;
  plan: SelectionPlan;
  selection: SelectionStore;
  /** An initiation and its attempts, written as the initiate use case writes them (batches of 2). */
  newInitiation: () => Promise<{ id: string; written: number }>;
}

export async function attemptsFixture(
  t: TestApp,
  opts: { customers: number; now: Date; prefix: string },
): Promise<AttemptsFixture> {
  const db = t.app.get(DataSource);
  const exclusions = new ExclusionService(db);
  const selection = new SelectionStore(db, exclusions);
  const org = await setupOrg(t);
  const campaignId = await createCampaign(t, org.key);
  await bulkAdd(
    t,
    org.key,
    campaignId,
    Array.from({ length: opts.customers }, (_, i) => loanRecord(i + 1)),
  );
  await db.query("INSERT INTO do_not_contact (organization_id, phone, channel, reason) VALUES (?, ?, 'all', 'asked')", [
    org.orgId,
    `+91${phone(4)}`,
  ]);
  const policy = mergePolicy(DEFAULT_POLICY, { calls: { window: { start: '00:00', end: '24:00' } } });
  const where = new FilterQueryBuilder(db).where({ organizationId: org.orgId, campaignId }, parseFilters({}).filters);
  const plan = await exclusions.plan(
    {
      organizationId: org.orgId,
      campaignId,
      channel: 'calls',
      where,
      narrowed: false,
      limit: undefined,
      zone: 'Asia/Kolkata',
      matched: opts.customers,
    },
    policy,
    opts.now,
  );
  const newInitiation = async (): Promise<{ id: string; written: number }> => {
    const id = newId('init');
    const written = await db.transaction(async (manager) => {
      await selection.insertInitiation(manager, {
        id,
        organizationId: org.orgId,
        campaignId,
        apiKeyId: null,
        channel: 'calls',
        status: 'queued',
        queuePrefix: opts.prefix,
        agentId: null,
        dispositionId: null,
        templateId: null,
        request: '{}',
        schedule: null,
        totalMatched: opts.customers,
        customersSelected: 0,
        batchCount: 0,
        batchSize: 2,
      });
      const inserted = await selection.insertAttempts(manager, plan, { initiationId: id, batchSize: 2 });
      // As InitiateService writes it: the first round's batches (follow-up batches come after them).
      await selection.updateInitiation(manager, id, { batchCount: await selection.lastBatch(manager, id) });
      return inserted;
    });
    return { id, written };
  };
  return { orgId: org.orgId, key: org.key, campaignId, plan, selection, newInitiation };
}
