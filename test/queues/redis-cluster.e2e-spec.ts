import { ApiKeysService } from '../../src/organizations/api-keys.service';
import { bearer, createTestApp, TestApp } from '../support/app';
import { NO_VIOLATIONS, violations } from '../support/faults/ledger';
import { appOnRedis, initiateCalls, RedisModeSetup } from '../support/redis-initiation';
import { RedisClusterHarness, redisCli } from '../support/redis-cluster';

const CUSTOMERS = 1201;

/** Every Redis use of the app on a real 3-master Redis Cluster (REDIS_CLUSTER_NODES). */
describe('on a Redis Cluster (REDIS_CLUSTER_NODES)', () => {
  const redis = new RedisClusterHarness([7101, 7102, 7103]);
  let setup: RedisModeSetup;

  beforeAll(async () => {
    await redis.start();
    // REDIS_HOST/REDIS_PORT point at nothing: only the Cluster can serve.
    setup = await appOnRedis({ REDIS_CLUSTER_NODES: redis.nodes, REDIS_HOST: '127.0.0.1', REDIS_PORT: '1' }, CUSTOMERS);
  }, 90_000);
  afterAll(async () => {
    await setup?.close();
    await redis.close();
  });

  it('a call initiation completes with every customer called exactly once', async () => {
    const { status, body, check, phones } = await initiateCalls(setup);
    expect(status).toBe(200);
    expect(body.results).toMatchObject({ customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 });
    expect(violations(check)).toEqual(NO_VIOLATIONS);
    expect(phones.size).toBe(CUSTOMERS);
  });

  it("keeps Bull's keys under the hash-tagged prefix, each queue's keys on one slot", async () => {
    const prefix = setup.t.config.queuePrefix;
    const tag = `{${prefix}:calls}`;
    const keys = await redis.scan(`${tag}*`);
    expect(keys.map((k) => k.key)).toContain(`${tag}:calls:id`);
    const slots = new Set(await Promise.all(keys.map((k) => redis.keySlot(k.key))));
    expect([...slots]).toEqual([await redis.keySlot(tag)]);
    expect(new Set(keys.map((k) => k.port)).size).toBe(1);
    // Nothing of Bull's under the bare prefix: Bull's keys would be `<prefix>:calls:…`.
    expect((await redis.scan(`${prefix}:calls*`)).map((k) => k.key)).toEqual([]);
  });

  it('reports Redis up on /health/ready', async () => {
    const res = await setup.t.http.get('/health/ready').expect(200);
    expect(res.body.details.redis.status).toBe('up');
  });

  describe('rate limits', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await createTestApp({
        REDIS_CLUSTER_NODES: redis.nodes,
        QUEUE_PREFIX: setup.t.config.queuePrefix,
        RATE_LIMIT_PER_MINUTE: '3',
      });
    });
    afterAll(async () => {
      await limited?.close();
    });

    it('counts in the Cluster: 429 past RATE_LIMIT_PER_MINUTE, the count visible there', async () => {
      const key = (await limited.app.get(ApiKeysService).issue(setup.org.orgId)).apiKey;
      for (let i = 0; i < 3; i++) await limited.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
      const res = await limited.http.get('/api/v1/auth/whoami').set(bearer(key));
      expect(res.status).toBe(429);
      const counts = await redis.scan(`${limited.config.queuePrefix}:ratelimit:all:*`);
      expect(counts.length).toBeGreaterThanOrEqual(1);
      // This key's window: its four requests, counted on the node that serves the key's slot.
      const values = await Promise.all(counts.map(async (k) => Number(await redisCli(k.port, 'get', k.key))));
      expect(values).toContain(4);
    });
  });
});
