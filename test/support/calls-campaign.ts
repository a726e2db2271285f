import type { Test } from 'supertest';
import { bearer, createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign } from './factories';
import { FakeBatchServer } from './fakes/fake-runner';
import { FixtureRecord, generateCustomers } from './fixture';
import { OrgSetup, setupOrg } from './outreach';

/** POST /initiate/:campaignId/calls on the voice runner over HTTP (test/calls/calls-*.e2e-spec.ts). */

export const SECRET = 'runner-secret';

export interface CallsCampaign {
  /** The app, the lender and its campaign, from the first beforeAll of the describe block on. */
  readonly t: TestApp;
  readonly org: OrgSetup;
  readonly campaignId: string;
  readonly runner: FakeBatchServer;
  /** The campaign's 1,201 customers (3 batches), in creation order. */
  readonly fixture: FixtureRecord[];
  /** POST /api/v1/initiate/:camp/calls with the lender's key (by default on its campaign). */
  initiate: (body: object, query?: string, headers?: Record<string, string>, camp?: string, key?: string) => Test;
  /** The lender's agent and disposition: the body of a valid request. */
  base: () => { agentId: string; dispositionId: string };
}

/**
 * An app on a fake voice runner (signed with SECRET) and one lender with a campaign of 1,201
 * customers, set up and closed by the describe block it is called in; the runner is reset
 * before each test.
 */
export function callsCampaign(): CallsCampaign {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  let t: TestApp | undefined;
  let org: OrgSetup | undefined;
  let campaignId: string | undefined;
  const fixture: FixtureRecord[] = generateCustomers(1201, 11).map((r) => ({
    ...r,
    first_name: `Name ${r.loan_id as string}`,
    emi_amount: 4242,
  }));

  beforeAll(async () => {
    await runner.start();
    const app = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET: SECRET,
      // Generous: a loaded machine must not turn a normal answer into a timeout (the timeout test has its own app).
      VOICE_RUNNER_TIMEOUT_MS: '5000',
      DISPATCH_BACKOFF_MS: '10',
      DISPATCH_ATTEMPTS: '3',
    });
    t = app;
    org = await setupOrg(app);
    campaignId = await createCampaign(app, org.key);
    await bulkAdd(app, org.key, campaignId, fixture);
  }, 60000);
  afterAll(async () => {
    await t?.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const ready = (): { t: TestApp; org: OrgSetup; campaignId: string } => {
    if (!t || !org || !campaignId) throw new Error('callsCampaign: the app starts in beforeAll');
    return { t, org, campaignId };
  };

  return {
    get t() {
      return ready().t;
    },
    get org() {
      return ready().org;
    },
    get campaignId() {
      return ready().campaignId;
    },
    runner,
    fixture,
    initiate: (body, query = '', headers = {}, camp = ready().campaignId, key = ready().org.key) =>
      ready().t.http.post(`/api/v1/initiate/${camp}/calls${query}`).set(bearer(key)).set(headers).send(body),
    base: () => ({ agentId: ready().org.agentId, dispositionId: ready().org.dispositionId }),
  };
}
