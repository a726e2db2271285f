import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { prepareDatabase } from '../../src/database/prepare';
import { OutcomeSweep } from '../../src/initiations/outcomes/outcome-sweep';
import { bearer, TestApp } from './app';
import { testConfig } from './env';
import { bulkAdd, createCampaign, loanRecord } from './factories';
import { initiate } from './initiate';
import { OrgSetup, setupOrg } from './outreach';

/**
 * What the outcome sweep's specs (test/initiations/outcomes/outcome-sweep-*.e2e-spec.ts) share.
 * A sweep claims every due attempt in its database, whoever made it, and specs run in parallel:
 * each sweep spec works in a database of its own (`ownDatabase`), so neither it nor any other spec
 * sweeps the other's attempts.
 */

/** `<run's database>_<name>`, created and migrated as the run's is; `drop()` in afterAll. */
export async function ownDatabase(name: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const dbName = `${process.env.OUTREACH_TEST_DB ?? ''}_${name}`;
  const { config } = await prepareDatabase(testConfig({ DB_NAME: dbName }));
  return {
    env: { DB_NAME: dbName, DB_TYPE: config.db.type },
    async drop() {
      const connection = await createConnection({
        host: config.db.host,
        port: config.db.port,
        user: config.db.user,
        password: config.db.password,
      });
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

/** An initiated attempt as the sweep sees it. */
export interface SweptAttempt {
  attemptId: string;
  status: string;
  providerRef: string | null;
  outcome: string | null;
  outcomeAt: Date | null;
  outcomeReason: string | null;
  durationSec: number | null;
  dispositionId: string | null;
  disposition: string | null;
  checkAt: Date | null;
  lookupFailures: number;
}

export interface StoredEvent {
  event: string;
  at: Date;
  source: string;
}

export const sweepOf = (t: TestApp): OutcomeSweep => t.app.get(OutcomeSweep);

/**
 * A lender whose agent and template need only `first_name` (what `loanRecord` gives), calling and
 * texting at any hour: the specs move their clock by hours.
 */
export async function sweepOrg(t: TestApp): Promise<OrgSetup> {
  const org = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}, your EMI is due.' });
  const res = await t.http
    .put('/api/v1/contact-policy')
    .set(bearer(org.key))
    .send({ calls: { window: { start: '00:00', end: '24:00' } }, sms: { window: { start: '00:00', end: '24:00' } } });
  // 207: some attempts failed at dispatch (a spec's runner rejects them).
  if (res.status !== 200 && res.status !== 207)
    throw new Error(`contact policy failed: ${res.status} ${JSON.stringify(res.body)}`);
  return org;
}

let nextCustomer = 1;

/**
 * A campaign of `count` customers never contacted before (no cap or duplicate applies), initiated
 * on `channel` at the app's clock (synchronously, answered 200 or 207); its attempts in customer order.
 */
export async function initiateFresh(
  t: TestApp,
  org: OrgSetup,
  channel: 'calls' | 'sms',
  count: number,
): Promise<{ initiationId: string; attempts: SweptAttempt[] }> {
  const campaignId = await createCampaign(t, org.key);
  const first = nextCustomer;
  nextCustomer += count;
  await bulkAdd(
    t,
    org.key,
    campaignId,
    Array.from({ length: count }, (_, i) => loanRecord(first + i)),
  );
  const body =
    channel === 'calls' ? { agentId: org.agentId, dispositionId: org.dispositionId } : { templateId: org.templateId };
  const res = await initiate(t, { channel, campaignId, key: org.key, body });
  // 207: some attempts failed at dispatch (a spec's runner rejects them).
  if (res.status !== 200 && res.status !== 207)
    throw new Error(`initiate failed: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  const initiationId = res.body.initiationId as string;
  return { initiationId, attempts: await attemptsOf(t, initiationId) };
}

export async function attemptsOf(t: TestApp, initiationId: string): Promise<SweptAttempt[]> {
  const rows = await t.app
    .get(DataSource)
    .query<Array<Record<string, unknown>>>(
      'SELECT attempt_id, status, provider_ref, outcome, outcome_at, outcome_reason, duration_sec, disposition_id, ' +
        'disposition, check_at, lookup_failures FROM attempts WHERE initiation_id = ? ORDER BY id',
      [initiationId],
    );
  return rows.map((r) => ({
    attemptId: r.attempt_id as string,
    status: r.status as string,
    providerRef: r.provider_ref as string | null,
    outcome: r.outcome as string | null,
    outcomeAt: r.outcome_at as Date | null,
    outcomeReason: r.outcome_reason as string | null,
    durationSec: r.duration_sec === null ? null : Number(r.duration_sec),
    dispositionId: r.disposition_id as string | null,
    disposition: r.disposition as string | null,
    checkAt: r.check_at as Date | null,
    lookupFailures: Number(r.lookup_failures),
  }));
}

/** An attempt's event history, in arrival order. */
export async function eventsOf(t: TestApp, attemptId: string): Promise<StoredEvent[]> {
  return t.app
    .get(DataSource)
    .query<StoredEvent[]>(
      'SELECT e.event, e.at, e.source FROM attempt_events e JOIN attempts a ON a.id = e.attempt_row_id ' +
        'WHERE a.attempt_id = ? ORDER BY e.id',
      [attemptId],
    );
}
