import { NO_VIOLATIONS, violations } from '../support/faults/ledger';
import { appOnRedis, initiateCalls, RedisModeSetup } from '../support/redis-initiation';
import { redisCli, RedisSentinelHarness } from '../support/redis-cluster';

const CUSTOMERS = 1201;

/** Every Redis use of the app on the master a Sentinel names (REDIS_SENTINELS, REDIS_SENTINEL_NAME). */
describe('through Redis Sentinel (REDIS_SENTINELS, REDIS_SENTINEL_NAME)', () => {
  const redis = new RedisSentinelHarness(6391, 26391);
  let setup: RedisModeSetup;

  beforeAll(async () => {
    await redis.start();
    // REDIS_HOST/REDIS_PORT point at nothing: only the master the Sentinel names can serve.
    setup = await appOnRedis(
      { REDIS_SENTINELS: redis.sentinels, REDIS_SENTINEL_NAME: redis.name, REDIS_HOST: '127.0.0.1', REDIS_PORT: '1' },
      CUSTOMERS,
    );
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

  it("keeps Bull's keys on the master under QUEUE_PREFIX exactly, as with one server", async () => {
    const prefix = setup.t.config.queuePrefix;
    const keys = (await redisCli(redis.masterPort, '--scan', '--pattern', `${prefix}:calls:*`)).split('\n');
    expect(keys).toContain(`${prefix}:calls:id`);
    expect(await redisCli(redis.masterPort, '--scan', '--pattern', `{${prefix}*`)).toBe('');
  });

  it('reports Redis up on /health/ready', async () => {
    const res = await setup.t.http.get('/health/ready').expect(200);
    expect(res.body.details.redis.status).toBe('up');
  });
});
