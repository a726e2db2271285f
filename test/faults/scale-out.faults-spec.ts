import request from 'supertest';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';

const CUSTOMERS = 3000;

describe('scale-out: one API process and two worker processes on one Redis and one database', () => {
  const runner = FakeBatchServer.voiceRunner();
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    cluster = new Cluster({ env: viaRunner(runner) });
    api = await cluster.start('api', 'api');
    await Promise.all([cluster.start('w1', 'worker'), cluster.start('w2', 'worker')]);
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const initiate = (headers: Record<string, string> = {}) =>
    request(api.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
      .set(bearer(crowd.key))
      .set(headers)
      .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
      .timeout(90_000);

  it('spreads the batches over both workers and calls every customer exactly once', async () => {
    runner.behave(() => ({ delayMs: 50 }));
    const res = await initiate();
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject({
      customersSelected: CUSTOMERS,
      initiated: CUSTOMERS,
      failed: 0,
      batchesProcessed: 30,
    });
    const id = res.body.initiationId as string;
    const check = checkLedger(sightings(runner.requests, id), await attemptsOf(await cluster.db(), id));
    expect(violations(check)).toEqual(NO_VIOLATIONS);
    expect(check.byClient.w1).toBeGreaterThan(0);
    expect(check.byClient.w2).toBeGreaterThan(0);
    expect(check.byClient.w1 + check.byClient.w2).toBe(CUSTOMERS);
  });

  it('20 requests at once with one Idempotency-Key make exactly one initiation', async () => {
    const key = `burst-${cluster.id}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => initiate({ 'Idempotency-Key': key, Prefer: 'respond-async' })),
    );
    // One is accepted; the others see it running (409) or, once it ended, get its report again.
    expect(answers.map((r) => r.status).filter((s) => ![200, 202, 409].includes(s))).toEqual([]);
    const ids = new Set(answers.map((r) => r.body.data?.initiationId ?? r.body.initiationId).filter(Boolean));
    expect(ids.size).toBe(1);
    const [id] = [...ids] as string[];
    const [rows] = await (
      await cluster.db()
    ).query(
      'SELECT COUNT(*) AS n FROM initiations WHERE organization_id = ? AND created_at > NOW() - INTERVAL 5 MINUTE',
      [crowd.orgId],
    );
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end).toMatchObject({ status: 'completed', results: { initiated: CUSTOMERS, failed: 0 } });
    // This test's initiation plus the previous test's: the burst added exactly one.
    expect(Number((rows as Array<{ n: number }>)[0].n)).toBe(2);
    const check = checkLedger(sightings(runner.requests, id), await attemptsOf(await cluster.db(), id));
    expect(violations(check)).toEqual(NO_VIOLATIONS);
  });

  it('two initiations of one campaign at once are each complete and consistent', async () => {
    runner.behave(() => ({ delayMs: 20 }));
    const [a, b] = await Promise.all([initiate(), initiate()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const db = await cluster.db();
    const seen = new Set<string>();
    for (const res of [a, b]) {
      expect(res.body.results).toMatchObject({ customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 });
      const id = res.body.initiationId as string;
      const attempts = await attemptsOf(db, id);
      expect(attempts).toHaveLength(CUSTOMERS);
      expect(violations(checkLedger(sightings(runner.requests, id), attempts))).toEqual(NO_VIOLATIONS);
      for (const attempt of attempts) seen.add(attempt.attemptId);
    }
    expect(a.body.initiationId).not.toBe(b.body.initiationId);
    expect(seen.size).toBe(2 * CUSTOMERS);
  });

  it('no worker had to be restarted', () => {
    expect(cluster.processes.filter((p) => !p.running).map((p) => p.name)).toEqual([]);
  });
});
