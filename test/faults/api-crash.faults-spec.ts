import request from 'supertest';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 2000;

describe('the API process killed (SIGKILL) during a synchronous initiate request', () => {
  const runner = FakeBatchServer.voiceRunner();
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    cluster = new Cluster({ env: viaRunner(runner) });
    api = await cluster.start('api', 'api');
    await cluster.start('w1', 'worker');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await runner.close();
  });

  it('the workers still finish the initiation and another API process reports it', async () => {
    runner.behave(() => ({ delayMs: 300 }));
    const pending = request(api.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
      .set(bearer(crowd.key))
      .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
      .timeout(60_000)
      .then(
        (r) => ({ status: r.status }),
        (e: Error) => ({ error: e.message }),
      );
    await waitUntil(
      '2 runner requests',
      () => runner.requests.length,
      (n) => n >= 2,
      60_000,
      () => cluster.logs(),
    );
    await api.kill('SIGKILL');
    expect(await pending).toHaveProperty('error');

    const [rows] = await (
      await cluster.db()
    ).query('SELECT id FROM initiations WHERE organization_id = ?', [crowd.orgId]);
    const ids = (rows as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toHaveLength(1);
    const api2 = await cluster.start('api2', 'api');
    const end = await waitForEnd(cluster, api2, crowd.key, ids[0]);
    expect(end).toMatchObject({
      status: 'completed',
      results: { customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0, batchesProcessed: 20 },
    });
    const check = checkLedger(sightings(runner.requests, ids[0]), await attemptsOf(await cluster.db(), ids[0]));
    expect(violations(check)).toEqual(NO_VIOLATIONS);
  });
});
