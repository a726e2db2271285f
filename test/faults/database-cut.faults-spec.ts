import request from 'supertest';
import { setTimeout as sleep } from 'node:timers/promises';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { TcpProxy } from '../support/tcp-proxy';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, initiateAsync, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 3000;

describe('the database unreachable for a few seconds in the middle of an initiation', () => {
  const runner = FakeBatchServer.voiceRunner();
  // Every process reaches the database through this proxy; the test cuts it.
  const proxy = new TcpProxy(process.env.TEST_DB_HOST ?? '127.0.0.1', Number(process.env.TEST_DB_PORT ?? 3306));
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    await proxy.start();
    cluster = new Cluster({
      dbPort: proxy.port,
      env: viaRunner(runner),
    });
    api = await cluster.start('api', 'api');
    await cluster.start('w1', 'worker');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    proxy.restore();
    await cluster?.close();
    await proxy.close();
    await runner.close();
  });

  it('API requests answer a clean 503 meanwhile; afterwards the initiation completes with every customer accounted for', async () => {
    runner.behave(() => ({ delayMs: 200 }));
    const id = await initiateAsync(api, crowd, 30_000);
    await waitUntil(
      '4 runner requests',
      () => runner.requests.length,
      (n) => n >= 4,
      60_000,
      () => cluster.logs(),
    );

    proxy.cut();
    const unavailable = {
      success: false,
      error: 'Service Unavailable',
      message: 'Service temporarily unavailable, please retry shortly',
    };
    // Bounded by supertest's timeout: a hang fails the test.
    const read = await request(api.url).get(`/api/v1/initiations/${id}`).set(bearer(crowd.key)).timeout(10_000);
    expect({ status: read.status, body: read.body }).toEqual({ status: 503, body: unavailable });
    const again = await request(api.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
      .set(bearer(crowd.key))
      .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
      .timeout(10_000);
    expect({ status: again.status, body: again.body }).toEqual({ status: 503, body: unavailable });
    const ready = await request(api.url).get('/health/ready').timeout(10_000);
    expect(ready.status).toBe(503);
    await sleep(3000);
    proxy.restore();

    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end.results.initiated + end.results.failed).toBe(CUSTOMERS);
    expect(end).toMatchObject({ status: 'completed', results: { initiated: CUSTOMERS, failed: 0 } });
    const attempts = await attemptsOf(await cluster.db(), id);
    expect(violations(checkLedger(sightings(runner.requests, id), attempts))).toEqual(NO_VIOLATIONS);
    // The cut request created nothing: only the first initiation exists.
    const [rows] = await (
      await cluster.db()
    ).query('SELECT COUNT(*) AS n FROM initiations WHERE organization_id = ?', [crowd.orgId]);
    expect(Number((rows as Array<{ n: number }>)[0].n)).toBe(1);
    expect(cluster.processes.filter((p) => !p.running).map((p) => p.name)).toEqual([]);
  });
});
