import Redis, { Cluster } from 'ioredis';
import {
  BullClients,
  bullPrefix,
  createRedis,
  redisMode,
  redisPlan,
  redisVariables,
  redisWhere,
  useOptions,
} from './redis';
import type { RedisConfig } from './redis';

const single: RedisConfig = { host: 'redis.internal', port: 6380, password: 's3cret', sentinelName: 'mymaster' };
const cluster: RedisConfig = {
  ...single,
  clusterNodes: [
    { host: 'a', port: 7000 },
    { host: 'b', port: 7001 },
  ],
};
const sentinel: RedisConfig = { ...single, sentinels: [{ host: 's1', port: 26379 }], sentinelName: 'outreach' };

describe('the Redis factory (common/redis.ts)', () => {
  it('decides the mode from the configuration', () => {
    expect(redisMode(single)).toBe('single');
    expect(redisMode(cluster)).toBe('cluster');
    expect(redisMode(sentinel)).toBe('sentinel');
    expect(redisMode({ ...single, clusterNodes: [] })).toBe('single');
  });

  it('one server: host, port and password, the use options kept as they are', () => {
    expect(redisPlan(single, useOptions('rate-limit'))).toEqual({
      kind: 'single',
      options: {
        host: 'redis.internal',
        port: 6380,
        password: 's3cret',
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      },
    });
    expect(redisPlan({ ...single, password: '' }, {}).options).toMatchObject({ password: undefined });
  });

  it('a Cluster: the nodes, Cluster-level options apart, the password and the rest for every node', () => {
    expect(redisPlan(cluster, useOptions('rate-limit'))).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b', port: 7001 },
      ],
      options: {
        lazyConnect: true,
        enableOfflineQueue: false,
        redisOptions: { password: 's3cret', maxRetriesPerRequest: 1 },
      },
    });
    // The startup check does not retry: no reconnect of the Cluster either.
    const check = redisPlan(cluster, { ...useOptions('startup-check'), connectTimeout: 1234 });
    expect(check.kind).toBe('cluster');
    const options = check.options as { clusterRetryStrategy?: (n: number) => unknown; redisOptions?: object };
    expect(options.clusterRetryStrategy?.(1)).toBeNull();
    expect(options.redisOptions).toMatchObject({ connectTimeout: 1234, maxRetriesPerRequest: 0 });
    // An address Bull passes (its defaults) is not a node's.
    expect(
      (redisPlan(cluster, { host: '127.0.0.1', port: 6379 }).options as { redisOptions: object }).redisOptions,
    ).toEqual({
      password: 's3cret',
    });
  });

  it('Sentinel: the Sentinels, the master name and the password, no address of its own', () => {
    const plan = redisPlan(sentinel, { ...useOptions('bull:bclient'), host: '127.0.0.1', port: 6379 });
    expect(plan).toEqual({
      kind: 'sentinel',
      options: {
        sentinels: [{ host: 's1', port: 26379 }],
        name: 'outreach',
        password: 's3cret',
        enableReadyCheck: false,
        maxRetriesPerRequest: null,
      },
    });
  });

  it('the client class per mode; Bull blocking and subscriber clients pass Bull’s own check in each', () => {
    const made = [single, cluster, sentinel].map((config) =>
      (['client', 'bclient', 'subscriber'] as const).map((type) =>
        new BullClients(config).createClient('calls')(type, { retryStrategy: () => 1000, lazyConnect: true }),
      ),
    );
    try {
      const kind = (c: unknown) => (c instanceof Cluster ? 'Cluster' : c instanceof Redis ? 'Redis' : 'other');
      expect(made.map((clients) => clients.map(kind))).toEqual([
        ['Redis', 'Redis', 'Redis'],
        ['Cluster', 'Cluster', 'Cluster'],
        ['Redis', 'Redis', 'Redis'],
      ]);
      for (const clients of made) {
        for (const [i, client] of clients.entries()) {
          // bull lib/queue.js: MISSING_REDIS_OPTS for a bclient/subscriber with either option.
          const own = client.options as { redisOptions?: Record<string, unknown> } & Record<string, unknown>;
          const opts = own.redisOptions ?? own;
          expect(opts.enableReadyCheck).toBe(false);
          if (i > 0) expect(opts.maxRetriesPerRequest).toBeNull();
        }
      }
      expect((made[2][0].options as { sentinels?: unknown; name?: string }).name).toBe('outreach');
    } finally {
      for (const client of made.flat()) client.disconnect();
    }
  });

  it('Bull’s clients are kept per queue, for the queue to close them', () => {
    const clients = new BullClients({ ...single, host: '127.0.0.1', port: 1 });
    const make = clients.createClient('sms');
    const a = make('client', { lazyConnect: true });
    const b = make('bclient', { lazyConnect: true });
    try {
      expect(clients.clientsOf('sms')).toEqual([a, b]);
      expect(clients.clientsOf('calls')).toEqual([]);
    } finally {
      a.disconnect();
      b.disconnect();
    }
  });

  it('the rate limiter’s client has no offline queue in every mode', () => {
    for (const config of [single, cluster, sentinel]) {
      const client = createRedis(config, 'rate-limit');
      expect(client.options.enableOfflineQueue).toBe(false);
      expect(client.options.lazyConnect).toBe(true);
      client.disconnect();
    }
  });

  it('Bull’s prefix: QUEUE_PREFIX as it is on one server or Sentinel, a hash tag per queue in a Cluster', () => {
    expect(bullPrefix({ redis: single, queuePrefix: 'outreach' }, 'calls')).toBe('outreach');
    expect(bullPrefix({ redis: sentinel, queuePrefix: 'outreach' }, 'calls')).toBe('outreach');
    expect(bullPrefix({ redis: cluster, queuePrefix: 'outreach' }, 'calls')).toBe('{outreach:calls}');
    expect(bullPrefix({ redis: cluster, queuePrefix: 'outreach' }, 'follow-ups')).toBe('{outreach:follow-ups}');
  });

  it('names the place and the variables without the password', () => {
    expect(redisWhere(single)).toBe('Redis at redis.internal:6380');
    expect(redisWhere(cluster)).toBe('the Redis Cluster at a:7000,b:7001');
    expect(redisWhere(sentinel)).toBe("the master 'outreach' of the Sentinels at s1:26379");
    expect([single, cluster, sentinel].map(redisVariables)).toEqual([
      'REDIS_HOST and REDIS_PORT',
      'REDIS_CLUSTER_NODES',
      'REDIS_SENTINELS and REDIS_SENTINEL_NAME',
    ]);
    for (const config of [single, cluster, sentinel]) expect(redisWhere(config)).not.toContain('s3cret');
  });
});
