import request from 'supertest';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 3000;

describe('a worker killed with SIGKILL in the middle of an initiation', () => {
  const runner = FakeBatchServer.voiceRunner();
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    cluster = new Cluster({ env: viaRunner(runner) });
    api = await cluster.start('api', 'api');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await runner.close();
  });

  it('completes on the other workers; the runner acted on every attempt once, repeats only under the same key', async () => {
    // Slow answers keep batches in flight when a worker dies.
    runner.behave(() => ({ delayMs: 300 }));
    const [w1, w2] = await Promise.all([cluster.start('w1', 'worker'), cluster.start('w2', 'worker')]);
    const res = await request(api.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
      .set(bearer(crowd.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
      .timeout(30_000);
    expect(res.status).toBe(202);
    const id = res.body.data.initiationId as string;
    const requestsSoFar = (n: number) =>
      waitUntil(
        `${n} runner requests`,
        () => runner.requests.length,
        (len) => len >= n,
        60_000,
        () => cluster.logs(),
      );

    await requestsSoFar(4);
    expect((await w1.kill('SIGKILL')).signal).toBe('SIGKILL');
    await cluster.start('w3', 'worker');
    await requestsSoFar(14);
    expect((await w2.kill('SIGKILL')).signal).toBe('SIGKILL');

    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end.status).toBe('completed');
    expect(end.results).toMatchObject({ customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 });
    expect(end.results.initiated + end.results.failed).toBe(end.results.customersSelected);

    const attempts = await attemptsOf(await cluster.db(), id);
    expect(attempts).toHaveLength(CUSTOMERS);
    const check = checkLedger(sightings(runner.requests, id), attempts);
    expect(violations(check)).toEqual(NO_VIOLATIONS);
    // The killed workers' batches were sent again (same key) by the others, and de-duplicated.
    expect(runner.duplicates).toBeGreaterThan(0);
    expect(check.byClient.w3).toBeGreaterThan(0);
  });
});
