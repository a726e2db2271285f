import { DataSource } from 'typeorm';
import type { Connection } from 'mysql2/promise';
import { bearer, createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign } from './factories';
import { FakeBatchServer } from './fakes/fake-runner';
import { attemptsOf, checkLedger, LedgerCheck, sightings } from './faults/ledger';
import { generateCustomers } from './fixture';
import { OrgSetup, setupOrg } from './outreach';

const SECRET = 'runner-secret';

/** An app on the fake voice runner with `env` (where Redis is), a lender and a campaign of `customers`. */
export interface RedisModeSetup {
  t: TestApp;
  runner: FakeBatchServer;
  org: OrgSetup;
  campaignId: string;
  close(): Promise<void>;
}

export async function appOnRedis(env: Record<string, string>, customers: number): Promise<RedisModeSetup> {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  await runner.start();
  const t = await createTestApp({
    VOICE_PROVIDER: 'http',
    VOICE_RUNNER_URL: runner.url,
    VOICE_RUNNER_SECRET: SECRET,
    VOICE_RUNNER_TIMEOUT_MS: '5000',
    DISPATCH_BACKOFF_MS: '10',
    ...env,
  }).catch(async (error: unknown) => {
    await runner.close();
    throw error;
  });
  const org = await setupOrg(t);
  const campaignId = await createCampaign(t, org.key);
  const records = generateCustomers(customers, 21).map((r) => ({ ...r, first_name: 'Asha', emi_amount: 4242 }));
  await bulkAdd(t, org.key, campaignId, records);
  return {
    t,
    runner,
    org,
    campaignId,
    async close() {
      await t.close();
      await runner.close();
    },
  };
}

/** POST /initiate/:campaignId/calls, waited for (the synchronous answer): the response and the runner's ledger. */
export async function initiateCalls(
  setup: RedisModeSetup,
): Promise<{ status: number; body: Record<string, unknown>; check: LedgerCheck; phones: Set<string> }> {
  const { t, org, campaignId, runner } = setup;
  const res = await t.http
    .post(`/api/v1/initiate/${campaignId}/calls`)
    .set(bearer(org.key))
    .send({ agentId: org.agentId, dispositionId: org.dispositionId });
  const id = res.body.initiationId as string;
  // The ledger helpers read the attempts through mysql2's [rows] shape.
  const dataSource = t.app.get(DataSource);
  const db = { query: async (sql: string, params: unknown[]) => [await dataSource.query(sql, params)] };
  const attempts = await attemptsOf(db as unknown as Connection, id);
  return {
    status: res.status,
    body: res.body as Record<string, unknown>,
    check: checkLedger(sightings(runner.requests, id), attempts),
    phones: new Set(attempts.map((a) => a.phone)),
  };
}
