import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { randomBytes } from 'node:crypto';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { OrgSetup, setupOrg } from '../support/outreach';

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 200): Promise<T> {
  let value = await read();
  for (let i = 0; i < tries && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

describe('APP_ROLE=api and APP_ROLE=worker processes sharing Redis and the database', () => {
  const runner = FakeBatchServer.voiceRunner();
  const prefix = `outreach_roles_${randomBytes(3).toString('hex')}`;
  const env = {
    VOICE_PROVIDER: 'http',
    QUEUE_PREFIX: prefix,
    DISPATCH_BACKOFF_MS: '10',
    RECOVERY_INTERVAL_MS: '200',
    RECOVERY_GRACE_MS: '0',
  };
  let api: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  const workers: TestApp[] = [];

  beforeAll(async () => {
    await runner.start();
    api = await createTestApp({ ...env, APP_ROLE: 'api', VOICE_RUNNER_URL: runner.url });
    org = await setupOrg(api, { variables: ['first_name'] });
    campaignId = await createCampaign(api, org.key);
    await bulkAdd(
      api,
      org.key,
      campaignId,
      Array.from({ length: 1100 }, (_, i) => loanRecord(i)),
    );
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await api.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const status = (id: string) =>
    api.http
      .get(`/api/v1/initiations/${id}`)
      .set(bearer(org.key))
      .then((r) => r.body.data as { status: string });

  it('an API-only process enqueues; lost jobs are rebuilt from the database by a worker that starts later', async () => {
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    const id = res.body.data.initiationId as string;
    const queue = api.app.get<Queue>(getQueueToken('calls'));
    expect(await queue.getJobCounts()).toMatchObject({ waiting: 3 });
    // Redis loses every job (as after a restart with nothing persisted).
    await queue.obliterate({ force: true });
    expect(await queue.getJobCounts()).toMatchObject({ waiting: 0 });
    expect((await status(id)).status).toBe('queued');

    workers.push(await createTestApp({ ...env, APP_ROLE: 'worker', VOICE_RUNNER_URL: runner.url }));
    const final = await waitFor(
      () => status(id),
      (s) => s.status === 'completed',
    );
    expect(final).toMatchObject({
      status: 'completed',
      results: { customersSelected: 1100, initiated: 1100, failed: 0, batchesProcessed: 3 },
    });
    expect(runner.received()).toHaveLength(1100);
    expect(runner.uniqueAttemptIds()).toHaveLength(1100);
  });

  it('with two workers on the queue, each customer is called exactly once', async () => {
    workers.push(await createTestApp({ ...env, APP_ROLE: 'worker', VOICE_RUNNER_URL: runner.url }));
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(200);
    expect(res.body.results).toMatchObject({
      customersSelected: 1100,
      initiated: 1100,
      failed: 0,
      batchesProcessed: 3,
    });
    expect(runner.uniqueAttemptIds()).toHaveLength(1100);
    expect(runner.received()).toHaveLength(1100);
  });

  it('never calls a number that changed between selection and dispatch', async () => {
    const camp = await createCampaign(api, org.key, { jsonData: [loanRecord(1), loanRecord(2)] });
    const stopped = workers.splice(0);
    for (const w of stopped) await w.close();
    const res = await api.http
      .post(`/api/v1/initiate/${camp}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    const id = res.body.data.initiationId as string;
    // The borrower corrects the number before any worker picked the batch up.
    await api.http
      .put('/api/v1/customers/update')
      .set(bearer(org.key))
      .send({ campaignId: camp, loan_id: 'LOAN-000001', data: { phone_number: '9123456789' } })
      .expect(200);
    workers.push(await createTestApp({ ...env, APP_ROLE: 'worker', VOICE_RUNNER_URL: runner.url }));
    const final = await waitFor(
      () => status(id),
      (s) => s.status === 'partial',
    );
    expect(final).toMatchObject({
      status: 'partial',
      results: {
        initiated: 1,
        failed: 1,
        errors: [
          {
            batch: 1,
            error: 'Call initiation failed',
            reason: 'Phone number changed since selection',
            affectedCustomers: 1,
          },
        ],
      },
    });
    expect(runner.received().map((c) => c.to)).toEqual(['+919800000002']);
  });

  it('a worker serves /health and nothing of the API', async () => {
    const worker = workers[0];
    await worker.http.get('/health').expect(200);
    await worker.http.get('/health/ready').expect(200);
    await worker.http.get('/api/v1/campaigns').set(bearer(org.key)).expect(404);
    await worker.http.get('/docs-json').expect(404);
  });
});
