import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { OrgSetup, setupOrg } from '../support/outreach';

describe('recovery sweep: an initiation whose last outcomes were written but whose final status was not', () => {
  const runner = FakeBatchServer.voiceRunner();
  const env = { VOICE_PROVIDER: 'http', QUEUE_PREFIX: `outreach_rec_${randomBytes(3).toString('hex')}` };
  let api: TestApp;
  let worker: TestApp | undefined;
  let org: OrgSetup;

  beforeAll(async () => {
    await runner.start();
    api = await createTestApp({ ...env, APP_ROLE: 'api', VOICE_RUNNER_URL: runner.url });
    org = await setupOrg(api, { variables: ['first_name'] });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await runner.close();
  });

  it('is ended by a worker (partial, counts from the attempts) and nothing is sent', async () => {
    const campaignId = await createCampaign(api, org.key, { jsonData: [1, 2, 3].map((n) => loanRecord(n)) });
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    const id = res.body.data.initiationId as string;
    // A worker wrote every outcome, then lost the database before it wrote the final status.
    const db = api.app.get(DataSource);
    await db.query("UPDATE attempts SET status = 'initiated', provider_ref = 'call-x' WHERE initiation_id = ?", [id]);
    await db.query(
      "UPDATE attempts SET status = 'failed', reason = 'Rejected by runner', provider_ref = NULL WHERE initiation_id = ? AND external_id = ?",
      [id, Buffer.from('LOAN-000001')],
    );
    await db.query("UPDATE initiations SET status = 'running' WHERE id = ?", [id]);
    // Its job had completed (and was removed): nothing in Redis will touch it again.
    await api.app.get<Queue>(getQueueToken('calls')).obliterate({ force: true });

    worker = await createTestApp({
      ...env,
      APP_ROLE: 'worker',
      VOICE_RUNNER_URL: runner.url,
      RECOVERY_INTERVAL_MS: '100',
      RECOVERY_GRACE_MS: '0',
    });
    let data: { status: string; results: Record<string, unknown> } = { status: '', results: {} };
    for (let i = 0; i < 200 && data.status !== 'partial'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      data = (await api.http.get(`/api/v1/initiations/${id}`).set(bearer(org.key))).body.data;
    }
    expect(data).toMatchObject({ status: 'partial', results: { customersSelected: 3, initiated: 2, failed: 1 } });
    const [row] = await db.query<Array<{ initiated: number; failed: number }>>(
      'SELECT initiated, failed FROM initiations WHERE id = ?',
      [id],
    );
    expect(row).toEqual({ initiated: 2, failed: 1 });
    expect(runner.requests).toHaveLength(0);
  });
});
