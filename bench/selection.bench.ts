/**
 * Selection benchmark (contact policy at a million customers).
 *   npm run bench:selection -- [customers=1000000]
 * Loads a campaign into its own database (outreach_bench_selection), then times the one
 * INSERT … SELECT that writes an initiation's attempt rows: without any contact-policy rule (the
 * floor), with the default policy (phone de-duplication), and with every rule live (a
 * do-not-contact list, capped phones in the contact log, a closed time zone). Against 127.0.0.1
 * only; it drops nothing but its own database.
 */
import 'reflect-metadata';
import { directCampaign } from './support/direct-campaign';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { ExclusionService } from '../src/contact-policy/exclusion.service';
import { DEFAULT_POLICY, mergePolicy } from '../src/contact-policy/policy';
import { parseCustomerRecord } from '../src/customers/customer-record';
import { upsertCustomers } from '../src/customers/customer-writer';
import { SelectionStore } from '../src/initiations/persistence/selection.store';
import { FilterQueryBuilder } from '../src/targeting/filter-query.builder';
import { parseFilters } from '../src/targeting/filters';

const NOW = new Date('2026-03-02T06:30:00.000Z'); // 12:00 in Kolkata, 01:30 in New York

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 1_000_000);
  const dbName = process.env.BENCH_DB_NAME ?? 'outreach_bench_selection';
  const orgId = 'org_benchsel00000000000';
  const campaignId = `camp_sel${String(size).padStart(15, '0')}`;
  const { ds, loaded } = await directCampaign(dbName, orgId, campaignId, size);
  if (!loaded) {
    const started = performance.now();
    for (let start = 0; start < size; start += 10_000) {
      const records = Array.from({ length: Math.min(10_000, size - start) }, (_, i) => {
        const k = start + i;
        // 1 in 10 in New York (a zone closed at NOW), 1 in 50 sharing the phone of the previous customer.
        const phone = k % 50 === 49 ? k - 1 : k;
        return {
          loan_id: `L${k}`,
          first_name: `B${k}`,
          phone_number: `9${String(phone).padStart(9, '0')}`,
          ...(k % 10 === 0 ? { timezone: 'America/New_York' } : {}),
        };
      })
        .map((r) => parseCustomerRecord(r, { idField: 'loan_id', region: 'IN' }))
        .flatMap((p) => (p.ok ? [p.record] : []));
      await ds.transaction((m) => upsertCustomers(m, { organizationId: orgId, campaignId }, records));
    }
    console.log(`load: ${size} customers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Every 20th phone listed for calls; every 25th contacted 7 times this week.
    await ds.query('DELETE FROM do_not_contact WHERE organization_id = ?', [orgId]);
    await ds.query(
      "INSERT INTO do_not_contact (organization_id, phone, channel) SELECT organization_id, phone_number, 'calls' FROM customers WHERE campaign_id = ? AND id % 20 = 0",
      [campaignId],
    );
    await ds.query('DELETE FROM contact_log WHERE organization_id = ?', [orgId]);
    for (let i = 0; i < 7; i++) {
      await ds.query(
        "INSERT INTO contact_log (organization_id, channel, phone, contacted_at) SELECT organization_id, 'calls', phone_number, ? FROM customers WHERE campaign_id = ? AND id % 25 = 0",
        [new Date(NOW.getTime() - (i + 1) * 3_600_000), campaignId],
      );
    }
    await ds.query('ANALYZE TABLE customers, do_not_contact, contact_log');
  }

  const exclusions = new ExclusionService(ds);
  const selection = new SelectionStore(ds, exclusions);
  const builder = new FilterQueryBuilder(ds);
  const where = builder.where({ organizationId: orgId, campaignId }, parseFilters({}).filters);
  const input = {
    organizationId: orgId,
    campaignId,
    channel: 'calls' as const,
    where,
    narrowed: false,
    matched: size,
    limit: undefined,
    zone: 'Asia/Kolkata',
  };
  const variants = [
    {
      name: 'floor (no rule)',
      plan: async () => ({
        ...(await exclusions.plan(input, DEFAULT_POLICY, NOW)),
        dnc: false,
        cap: undefined,
        closed: [],
        waves: [],
        dedupe: false,
      }),
    },
    {
      name: 'default policy, nobody listed or capped (de-duplication)',
      plan: async () => ({ ...(await exclusions.plan(input, DEFAULT_POLICY, NOW)), dnc: false, cap: undefined }),
    },
    {
      name: 'every rule live (list, caps, a closed zone, de-duplication)',
      plan: () => exclusions.plan(input, mergePolicy(DEFAULT_POLICY, {}), NOW),
    },
  ];
  for (const variant of variants) {
    const plan = await variant.plan();
    const times: number[] = [];
    let written = 0;
    for (let run = 0; run < 3; run++) {
      const initiationId = `init_${randomBytes(10).toString('hex').slice(0, 20)}`;
      const t0 = performance.now();
      await ds.transaction((m) => selection.insertAttempts(m, plan, { initiationId, batchSize: 500 }));
      times.push(performance.now() - t0);
      const [row] = await ds.query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM attempts WHERE initiation_id = ?', [
        initiationId,
      ]);
      written = Number(row.n);
      await ds.query('DELETE FROM attempts WHERE initiation_id = ?', [initiationId]);
    }
    times.sort((a, b) => a - b);
    const [counts] = await Promise.all([selection.counts(plan)]);
    console.log(
      `${variant.name}: ${written} rows, median ${(times[1] / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)}, max ${(times[2] / 1000).toFixed(2)}); excluded ${JSON.stringify(counts.excluded.byReason)}`,
    );
  }
  await ds.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
