import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, initiateAsync, viaRunner, waitForEnd } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';
import { RedisClusterHarness } from '../support/redis-cluster';

const CUSTOMERS = 20_000;

/**
 * The built app as 2 API and 3 worker processes, every Redis use on a real 3-master Redis Cluster
 * (REDIS_CLUSTER_NODES). The ledger of the fake runner against the attempts table: each customer
 * called exactly once, also when the master holding the calls queue is lost mid-initiation.
 */
describe('on a Redis Cluster: 2 API and 3 worker processes', () => {
  const runner = FakeBatchServer.voiceRunner();
  const redis = new RedisClusterHarness([7201, 7202, 7203]);
  let cluster: Cluster;
  let apis: AppProcess[];
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    await redis.start();
    cluster = new Cluster({
      // Not the shared Redis: nothing of this deployment's is there to drop.
      redisPort: redis.ports[0],
      env: (name) => ({ ...viaRunner(runner)(name), REDIS_CLUSTER_NODES: redis.nodes, RECOVERY_INTERVAL_MS: '1000' }),
    });
    apis = await Promise.all([cluster.start('api1', 'api'), cluster.start('api2', 'api')]);
    await Promise.all(['w1', 'w2', 'w3'].map((name) => cluster.start(name, 'worker')));
    crowd = await audience(apis[0], CUSTOMERS);
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
    await redis.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const expectEachCalledOnce = async (id: string): Promise<void> => {
    expect(await waitForEnd(cluster, apis, crowd.key, id, 120_000)).toMatchObject({
      status: 'completed',
      results: { customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 },
    });
    const attempts = await attemptsOf(await cluster.db(), id);
    expect(violations(checkLedger(sightings(runner.requests, id), attempts))).toEqual(NO_VIOLATIONS);
    expect(new Set(attempts.map((a) => a.phone)).size).toBe(CUSTOMERS);
  };

  it(`a ${CUSTOMERS.toLocaleString('en')}-customer call initiation calls each customer exactly once`, async () => {
    runner.behave(() => ({ delayMs: 5 }));
    const id = await initiateAsync(apis[0], crowd);
    await expectEachCalledOnce(id);
    // Every worker took part: the batches were fetched from the Cluster by all three.
    const check = checkLedger(sightings(runner.requests, id), await attemptsOf(await cluster.db(), id));
    expect(Object.keys(check.byClient).sort()).toEqual(['w1', 'w2', 'w3']);
  });

  it('a master lost mid-initiation and restarted (empty): the initiation completes, nothing lost, nothing twice', async () => {
    runner.behave(() => ({ delayMs: 5 }));
    const id = await initiateAsync(apis[0], crowd);
    await waitUntil(
      '20 batches at the runner',
      () => runner.requests.length,
      (n) => n >= 20,
      60_000,
      () => cluster.logs(),
    );
    // The master that holds the calls queue's slot: its waiting batches are lost with it.
    const tag = `{${cluster.prefix}:calls}`;
    const [holder] = await redis.scan(`${tag}:calls:id`);
    expect(holder).toBeDefined();
    await redis.kill(holder.port);
    const seenAtKill = runner.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await redis.restart(holder.port);
    // The initiation was not over when the master went.
    expect(seenAtKill).toBeLessThan(CUSTOMERS / 100);
    await expectEachCalledOnce(id);
    // The queue's batches went with the master; the workers' sweep rebuilt them from the database.
    expect(cluster.logs()).toContain('Re-enqueued batches that had no job');
    // Recovered in place: no process had to be restarted.
    expect(cluster.processes.filter((p) => !p.running).map((p) => p.name)).toEqual([]);
  });
});
