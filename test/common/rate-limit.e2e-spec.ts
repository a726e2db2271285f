import { randomBytes } from 'node:crypto';
import { ApiKeysService } from '../../src/organizations/api-keys.service';
import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { setupOrg } from '../support/outreach';

const LIMITS = { RATE_LIMIT_PER_MINUTE: '5', INITIATE_RATE_LIMIT_PER_MINUTE: '2' };

/** The 429 of SPEC §8: exact envelope, and a Retry-After that says the same number of seconds. */
function expectLimited(res: { status: number; body: unknown; headers: Record<string, string> }): void {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(res.body).toEqual({
    success: false,
    error: 'Too Many Requests',
    message: `Rate limit exceeded, retry in ${retryAfter} s`,
  });
}

describe('rate limits (Redis-backed, per API key)', () => {
  // Two processes of one deployment: same Redis, same QUEUE_PREFIX, hence one count.
  const prefix = `outreach_test_rl_${randomBytes(4).toString('hex')}`;
  let one: TestApp;
  let two: TestApp;
  let orgId: string;
  let campaignId: string;
  let agentId: string;
  let dispositionId: string;

  const freshKey = async (): Promise<string> => (await one.app.get(ApiKeysService).issue(orgId)).apiKey;

  beforeAll(async () => {
    one = await createTestApp({ ...LIMITS, QUEUE_PREFIX: prefix });
    two = await createTestApp({ ...LIMITS, QUEUE_PREFIX: prefix });
    // Set up with unlimited in-process calls; the keys used below are fresh.
    const unlimited = await createTestApp();
    try {
      const org = await setupOrg(unlimited, { variables: ['first_name'] });
      orgId = org.orgId;
      agentId = org.agentId;
      dispositionId = org.dispositionId;
      campaignId = await createCampaign(unlimited, org.key, { jsonData: [loanRecord(1)] });
    } finally {
      await unlimited.close();
    }
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it('answers 429 with Retry-After in the envelope past RATE_LIMIT_PER_MINUTE', async () => {
    const key = await freshKey();
    for (let i = 0; i < 5; i++) await one.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
    expectLimited(await one.http.get('/api/v1/auth/whoami').set(bearer(key)));
    expectLimited(await one.http.get('/api/v1/campaigns').set(bearer(key)));
  });

  it('counts per API key: another key of the same organization is not limited', async () => {
    const spent = await freshKey();
    for (let i = 0; i < 6; i++) await one.http.get('/api/v1/auth/whoami').set(bearer(spent));
    expectLimited(await one.http.get('/api/v1/auth/whoami').set(bearer(spent)));
    await one.http
      .get('/api/v1/auth/whoami')
      .set(bearer(await freshKey()))
      .expect(200);
  });

  it('two app instances sharing Redis share one count', async () => {
    const key = await freshKey();
    for (let i = 0; i < 3; i++) await one.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
    for (let i = 0; i < 2; i++) await two.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
    expectLimited(await two.http.get('/api/v1/auth/whoami').set(bearer(key)));
    expectLimited(await one.http.get('/api/v1/auth/whoami').set(bearer(key)));
  });

  it('the initiate routes have the stricter INITIATE_RATE_LIMIT_PER_MINUTE, dry runs included', async () => {
    const key = await freshKey();
    const calls = `/api/v1/initiate/${campaignId}/calls?dryRun=true`;
    await one.http.post(calls).set(bearer(key)).send({ agentId, dispositionId }).expect(200);
    await two.http.post(`/api/v1/initiate/${campaignId}/sms?dryRun=true`).set(bearer(key)).send({ templateId: 'x' });
    expectLimited(await one.http.post(calls).set(bearer(key)).send({ agentId, dispositionId }));
    // The other routes still answer: 3 of the key's 5 general requests are used.
    await one.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
  });

  it('requests without a valid key are counted by client IP, before the 401', async () => {
    // An app of its own: its IP count must not meet the other tests' requests.
    const lone = await createTestApp(LIMITS);
    try {
      for (let i = 0; i < 5; i++) {
        await lone.http
          .get('/api/v1/campaigns')
          .set(bearer(`oak_${'A'.repeat(12)}_${'b'.repeat(43)}`))
          .expect(401);
      }
      expectLimited(await lone.http.get('/api/v1/campaigns'));
      expectLimited(await lone.http.post('/api/v1/admin/organizations').send({ name: 'x' }));
      // A valid key, or the admin token, has a count of its own: the anonymous traffic does not lock it out.
      const org = await lone.createOrg();
      await lone.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
      await lone.http.post('/api/v1/admin/organizations').set(bearer(ADMIN_TOKEN)).send({ name: 'Ops' }).expect(201);
      // Health probes are never limited: an orchestrator must always be able to ask.
      for (let i = 0; i < 8; i++) await lone.http.get('/health').expect(200);
    } finally {
      await lone.close();
    }
  });

  it('keeps its counters in Redis under the deployment prefix', async () => {
    const key = await freshKey();
    await one.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
    const queue = one.app.get<{ client: { keys(p: string): Promise<string[]> } }>('BullQueue_calls');
    const keys = await queue.client.keys(`${prefix}:ratelimit:all:key:*`);
    expect(keys.length).toBeGreaterThan(0);
  });
});
