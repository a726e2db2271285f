/**
 * Targeting benchmark (issue: FilterQueryBuilder at a million customers).
 *   npm run bench:targeting -- [customers=1000000]
 * Loads a campaign into its own database (outreach_bench), then times the filtered count of
 * SPEC §4 (payment_status + language + one custom field + an emi_due_date range) and prints the
 * query plan. Against 127.0.0.1 only; it drops nothing but its own database.
 */
import 'reflect-metadata';
import { directCampaign } from './support/direct-campaign';
import { performance } from 'node:perf_hooks';
import { parseCustomerRecord } from '../src/customers/customer-record';
import { upsertCustomers } from '../src/customers/customer-writer';
import { FilterQueryBuilder } from '../src/targeting/filter-query.builder';
import { parseFilters } from '../src/targeting/filters';
import { generateCustomers } from '../test/support/fixture';

const FILTERS = {
  payment_status: ['bounced', 'pending'],
  language: 'hindi',
  custom: { branch: 'mumbai' },
  emi_due_date: { from: '2025-08-01', to: '2025-08-31' },
};

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 1_000_000);
  const dbName = process.env.BENCH_DB_NAME ?? 'outreach_bench';
  const orgId = 'org_bench000000000000000';
  const campaignId = `camp_bench${String(size).padStart(15, '0')}`;
  const { ds, loaded } = await directCampaign(dbName, orgId, campaignId, size);
  if (!loaded) {
    const started = performance.now();
    const chunk = 10_000;
    for (let start = 0; start < size; start += chunk) {
      const raw = generateCustomers(Math.min(chunk, size - start), start + 1).map((r, i) => ({
        ...r,
        loan_id: `L${start + i}`,
        phone_number: `9${String(start + i).padStart(9, '0')}`,
      }));
      const records = raw
        .map((r) => parseCustomerRecord(r, { idField: 'loan_id', region: 'IN' }))
        .flatMap((p) => (p.ok ? [p.record] : []));
      await ds.transaction((m) => upsertCustomers(m, { organizationId: orgId, campaignId }, records));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `load: ${size} customers in ${seconds.toFixed(1)} s (${Math.round(size / seconds)} customers/s, direct multi-row upserts)`,
    );
    await ds.query('ANALYZE TABLE customers, customer_fields');
  }
  const builder = new FilterQueryBuilder(ds);
  const { filters } = parseFilters(FILTERS);
  const scope = { organizationId: orgId, campaignId };
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    total = await builder.count(scope, filters);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `filtered count over ${size}: ${total} matched; median ${times[3].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[6].toFixed(1)} ms (7 runs)`,
  );
  const { sql, params } = builder.where(scope, filters);
  const plan = await ds.query<Array<Record<string, unknown>>>(
    `EXPLAIN SELECT COUNT(*) FROM customers c WHERE ${sql}`,
    params,
  );
  for (const row of plan)
    console.log(
      `  EXPLAIN ${row.table as string}: type=${row.type as string} key=${row.key as string} rows=${row.rows as string} ${(row.Extra as string) ?? ''}`,
    );
  await ds.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
