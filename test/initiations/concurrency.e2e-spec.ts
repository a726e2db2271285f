import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { OrgSetup, setupOrg } from '../support/outreach';

describe('concurrent initiate requests', () => {
  const runner = FakeBatchServer.voiceRunner();
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;

  beforeAll(async () => {
    await runner.start();
    t = await createTestApp({ VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: runner.url, DISPATCH_BACKOFF_MS: '10' });
    org = await setupOrg(t, { variables: ['first_name'] });
    campaignId = await createCampaign(t, org.key);
    await bulkAdd(
      t,
      org.key,
      campaignId,
      Array.from({ length: 700 }, (_, i) => loanRecord(i)),
    );
  });
  afterAll(async () => {
    await t.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const send = (headers: Record<string, string> = {}) =>
    t.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set(headers)
      .send({ agentId: org.agentId, dispositionId: org.dispositionId });

  it('20 requests at once with one Idempotency-Key make exactly one initiation', async () => {
    const key = `same-key-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => send({ 'Idempotency-Key': key })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    const ids = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.initiationId as string));
    expect(ids.size).toBe(1);
    const [{ n }] = await t.app
      .get(DataSource)
      .query('SELECT COUNT(*) AS n FROM initiations WHERE organization_id = ? AND campaign_id = ?', [
        org.orgId,
        campaignId,
      ]);
    expect(Number(n)).toBe(1);
    expect(runner.uniqueAttemptIds()).toHaveLength(700);
    expect(new Set(runner.received().map((c) => c.customerId)).size).toBe(700);
  });

  it('two different initiations of one campaign at once are each complete and consistent', async () => {
    const [a, b] = await Promise.all([send(), send()]);
    for (const res of [a, b]) {
      expect(res.status).toBe(200);
      expect(res.body.results).toMatchObject({
        customersSelected: 700,
        initiated: 700,
        failed: 0,
        batchesProcessed: 2,
      });
    }
    expect(a.body.initiationId).not.toBe(b.body.initiationId);
    const perInitiation = new Map<string, Set<string>>();
    for (const request of runner.requests) {
      const id = request.body?.initiationId as string;
      const set = perInitiation.get(id) ?? new Set<string>();
      for (const call of request.body?.calls as Array<{ customerId: string }>) set.add(call.customerId);
      perInitiation.set(id, set);
    }
    expect([...perInitiation.values()].map((s) => s.size)).toEqual([700, 700]);
    expect(runner.uniqueAttemptIds()).toHaveLength(1400);
  });
});
