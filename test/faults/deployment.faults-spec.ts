import request from 'supertest';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import {
  Audience,
  audience,
  Cluster,
  initiateAsync,
  initiationView,
  viaRunner,
  waitForEnd,
} from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';
import { RedisClusterHarness } from '../support/redis-cluster';
import { ReplicaPair } from '../support/replica-pair';

const CUSTOMERS = 20_000;
const PRIMARY_PORT = 3326;
const REPLICA_PORT = 3327;
/** Written on the replica alone (sql_log_bin = 0): an answer that carries it was read there. */
const REPLICA_ONLY = 'Replica only';

/**
 * docs/deployment.md's shape, as real processes on loopback: 2 API and 3 worker processes of the
 * built app, every Redis use on a 3-master Redis Cluster, the database a MariaDB primary with a
 * replica (DB_READ_HOSTS). A 20,000-customer initiation calls each customer once; the lag-tolerant
 * reads (the list, logs, stats) of both API processes come from the replica while the initiation's
 * own read stays on the primary; the replica stopped, the same reads answer from the primary (never
 * a 5xx), and from the replica again once it is back.
 */
describe('the deployment: 2 API and 3 worker processes, a Redis Cluster, a primary and a read replica', () => {
  const runner = FakeBatchServer.voiceRunner();
  const redis = new RedisClusterHarness([7211, 7212, 7213]);
  let pair: ReplicaPair;
  let cluster: Cluster;
  let apis: AppProcess[];
  let crowd: Audience;
  let initiationId: string;

  beforeAll(async () => {
    await runner.start();
    [pair] = await Promise.all([ReplicaPair.start(PRIMARY_PORT, REPLICA_PORT), redis.start()]);
    cluster = new Cluster({
      dbServerPort: PRIMARY_PORT,
      redisPort: redis.ports[0],
      env: (name) => ({
        ...viaRunner(runner)(name),
        REDIS_CLUSTER_NODES: redis.nodes,
        DB_READ_HOSTS: `127.0.0.1:${REPLICA_PORT}`,
        // Replica skips and returns are warnings and info lines; the processes log at warn.
        LOG_LEVEL: 'info',
      }),
    });
    // The first API process migrates the primary (the schema reaches the replica by replication).
    apis = [await cluster.start('api1', 'api')];
    apis.push(await cluster.start('api2', 'api'));
    await Promise.all(['w1', 'w2', 'w3'].map((name) => cluster.start(name, 'worker')));
    crowd = await audience(apis[0], CUSTOMERS);
  }, 150_000);
  afterAll(async () => {
    await cluster?.close();
    await Promise.all([pair?.close(), redis.close()]);
    await runner.close();
  });

  const get = (api: AppProcess, path: string) => request(api.url).get(path).set(bearer(crowd.key)).timeout(10_000);

  /** What both API processes' lag-tolerant reads answer, reduced to where replica and primary differ. */
  async function lagTolerantReads(): Promise<Array<Record<string, unknown>>> {
    return Promise.all(
      apis.map(async (api) => {
        const list = await get(api, `/api/v1/initiations?campaignId=${crowd.campaignId}`);
        const logs = await get(api, `/api/v1/logs?campaign_id=${crowd.campaignId}&per_page=20`);
        const stats = await get(api, `/api/v1/campaigns/${crowd.campaignId}/stats`);
        const statuses = [list, logs, stats].map((r) => r.status);
        if (statuses.some((s) => s !== 200)) throw new Error(`a read answered ${statuses.join(', ')} on ${api.name}`);
        return {
          list: (list.body.data as Array<{ initiationId: string; status: string }>).find(
            (i) => i.initiationId === initiationId,
          )?.status,
          logs: [...new Set((logs.body.data as Array<{ disposition: string | null }>).map((e) => e.disposition))],
          stats: (stats.body.data.calls.byDisposition as Array<{ name: string }>).map((d) => d.name),
        };
      }),
    );
  }
  const fromReplica = { list: 'canceled', logs: [REPLICA_ONLY], stats: [REPLICA_ONLY] };
  const fromPrimary = { list: 'completed', logs: [null], stats: [] };
  const everywhere = (view: Record<string, unknown>) => [view, view];

  it(`a ${CUSTOMERS.toLocaleString('en')}-customer call initiation calls each customer exactly once`, async () => {
    runner.behave(() => ({ delayMs: 5 }));
    initiationId = await initiateAsync(apis[0], crowd);
    // Polled on either API in turn: the initiation's own read is the primary's (read after write).
    const ended = await waitForEnd(cluster, apis, crowd.key, initiationId, 120_000);
    expect(ended).toMatchObject({
      status: 'completed',
      results: { customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 },
    });
    const attempts = await attemptsOf(await cluster.db(), initiationId);
    const check = checkLedger(sightings(runner.requests, initiationId), attempts);
    expect(violations(check)).toEqual(NO_VIOLATIONS);
    expect(new Set(attempts.map((a) => a.phone)).size).toBe(CUSTOMERS);
    expect(Object.keys(check.byClient).sort()).toEqual(['w1', 'w2', 'w3']);
  });

  it('serves the list, logs and stats of both API processes from the replica; GET /initiations/:id from the primary', async () => {
    await pair.waitCaughtUp();
    await pair.onReplica(async (c) => {
      await c.query(`USE \`${cluster.dbName}\``);
      await c.query('UPDATE attempts SET disposition = ? WHERE initiation_id = ?', [REPLICA_ONLY, initiationId]);
      await c.query("UPDATE initiations SET status = 'canceled' WHERE id = ?", [initiationId]);
    });
    expect(await lagTolerantReads()).toEqual(everywhere(fromReplica));
    for (const api of apis) expect((await initiationView(api, crowd.key, initiationId)).status).toBe('completed');
  });

  it('the replica stopped: the same reads answer 200 from the primary; back, it serves them again', async () => {
    // Every line the API processes wrote (logs() is only their tails).
    const count = (line: string): number => apis.flatMap((a) => a.logLines).filter((l) => l.includes(line)).length;
    const inUseBefore = count('Read replica in use');
    const skippedBefore = count('Read replica skipped');
    await pair.stopReplica();
    // At once, before any check has seen it gone: a read that fails on the replica runs on the primary.
    expect(await lagTolerantReads()).toEqual(everywhere(fromPrimary));
    await waitUntil(
      'the skip logged by both',
      () => count('Read replica skipped'),
      (n) => n >= skippedBefore + apis.length,
      10_000,
    );
    await pair.startReplica();
    await waitUntil(
      'the replica in use again',
      () => lagTolerantReads(),
      (views) => JSON.stringify(views) === JSON.stringify(everywhere(fromReplica)),
      30_000,
      () => cluster.logs(),
    );
    await waitUntil(
      'the return logged by both',
      () => count('Read replica in use'),
      (n) => n >= inUseBefore + apis.length,
      10_000,
    );
  });
});
