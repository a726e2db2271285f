import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the defaults of SPEC §1 to an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.role).toBe('all');
    expect(config.db).toEqual({
      type: 'auto',
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      password: '',
      name: 'outreach',
      poolSize: 10,
      readHosts: [],
      readMaxLagS: 5,
    });
    expect(config.redis).toEqual({ host: '127.0.0.1', port: 6379, password: undefined, sentinelName: 'mymaster' });
    expect(config.queuePrefix).toBe('outreach');
    expect(config.adminApiToken).toBeUndefined();
    expect(config.batchSize).toBe(500);
    expect(config.dispatch).toEqual({ attempts: 3, concurrency: 4, backoffMs: 1000 });
    expect(config.recovery).toEqual({ intervalMs: 15000, graceMs: 10000 });
    expect(config.queue).toEqual({
      lockDurationMs: 15000,
      lockRenewMs: 5000,
      stalledIntervalMs: 5000,
      maxStalledCount: 2,
      watchdogIntervalMs: 10000,
    });
    expect(config.shutdownGraceMs).toBe(20000);
    expect(config.initiationSyncTimeoutMs).toBe(120000);
    expect(config.voice).toEqual({ provider: 'sandbox', url: undefined, secret: undefined, timeoutMs: 10000 });
    expect(config.sms.provider).toBe('sandbox');
    expect(config.twilio.baseUrl).toBe('https://api.twilio.com');
    expect(config.defaultPhoneRegion).toBe('IN');
    expect(config.rateLimit).toEqual({ perMinute: 600, initiatePerMinute: 30 });
  });

  it('reads and converts given values; empty strings mean unset', () => {
    const config = loadConfig({
      PORT: '8080',
      APP_ROLE: 'worker',
      BATCH_SIZE: '250',
      DB_PASSWORD: '',
      ADMIN_API_TOKEN: '',
    });
    expect(config.port).toBe(8080);
    expect(config.role).toBe('worker');
    expect(config.batchSize).toBe(250);
    expect(config.adminApiToken).toBeUndefined();
  });

  it('reads a Redis Cluster, Sentinels and read replicas as host/port lists (a replica takes DB_PORT by default)', () => {
    const cluster = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000,redis-b.internal:7001', DB_PORT: '3307' });
    expect(cluster.redis.clusterNodes).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: 'redis-b.internal', port: 7001 },
    ]);
    expect(cluster.redis.sentinels).toBeUndefined();
    const sentinel = loadConfig({
      REDIS_SENTINELS: '127.0.0.1:26379',
      REDIS_SENTINEL_NAME: 'outreach-master',
      DB_READ_HOSTS: 'replica-1,replica-2:3310',
      DB_READ_MAX_LAG_S: '30',
    });
    expect(sentinel.redis).toMatchObject({
      sentinels: [{ host: '127.0.0.1', port: 26379 }],
      sentinelName: 'outreach-master',
    });
    expect(sentinel.redis.clusterNodes).toBeUndefined();
    expect(sentinel.db.readHosts).toEqual([
      { host: 'replica-1', port: 3306 },
      { host: 'replica-2', port: 3310 },
    ]);
    expect(sentinel.db.readMaxLagS).toBe(30);
  });

  it.each([
    [{ REDIS_CLUSTER_NODES: '127.0.0.1' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000;127.0.0.1:7001' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:70000' }, 'REDIS_CLUSTER_NODES'],
    [{ REDIS_SENTINELS: 'sentinel:0' }, 'REDIS_SENTINELS'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000', REDIS_SENTINELS: '127.0.0.1:26379' }, 'REDIS_SENTINELS'],
    [{ REDIS_SENTINEL_NAME: 'my master' }, 'REDIS_SENTINEL_NAME'],
    [{ DB_READ_HOSTS: 'replica-1,,replica-2' }, 'DB_READ_HOSTS'],
    [{ DB_READ_HOSTS: 'replica-1:99999' }, 'DB_READ_HOSTS'],
    [{ DB_READ_MAX_LAG_S: '-1' }, 'DB_READ_MAX_LAG_S'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(name);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ APP_ROLE: 'both' }, 'APP_ROLE'],
    [{ BATCH_SIZE: '0' }, 'BATCH_SIZE'],
    [{ DB_NAME: 'drop table;' }, 'DB_NAME'],
    [{ VOICE_PROVIDER: 'acme' }, 'VOICE_PROVIDER'],
    [{ VOICE_PROVIDER: 'http' }, 'VOICE_RUNNER_URL'],
    [{ VOICE_RUNNER_URL: 'not a url' }, 'VOICE_RUNNER_URL'],
    [{ SMS_PROVIDER: 'twilio' }, 'TWILIO_ACCOUNT_SID'],
    [{ DEFAULT_PHONE_REGION: 'ZZ' }, 'DEFAULT_PHONE_REGION'],
    [{ DEFAULT_PHONE_REGION: 'india' }, 'DEFAULT_PHONE_REGION'],
    [{ ADMIN_API_TOKEN: 'short' }, 'ADMIN_API_TOKEN'],
    [{ QUEUE_PREFIX: 'a b' }, 'QUEUE_PREFIX'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ CORS_ORIGINS: 'example.com' }, 'CORS_ORIGINS'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ HTTP_HEADERS_TIMEOUT_MS: '10' }, 'HTTP_HEADERS_TIMEOUT_MS'],
    [{ QUEUE_LOCK_DURATION_MS: '100' }, 'QUEUE_LOCK_DURATION_MS'],
    [{ QUEUE_LOCK_DURATION_MS: '4000', QUEUE_LOCK_RENEW_MS: '4000' }, 'QUEUE_LOCK_RENEW_MS'],
    [{ QUEUE_MAX_STALLED_COUNT: '-1' }, 'QUEUE_MAX_STALLED_COUNT'],
    [{ SHUTDOWN_GRACE_MS: 'soon' }, 'SHUTDOWN_GRACE_MS'],
  ])('rejects %j naming %s', (env, name) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toContain(name);
  });

  it('reads the HTTP hardening settings', () => {
    expect(loadConfig({}).http).toEqual({
      corsOrigins: undefined,
      trustProxy: 0,
      headersTimeoutMs: 20000,
      requestTimeoutMs: 300000,
    });
    const config = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example/', TRUST_PROXY: '1' });
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.http.trustProxy).toBe(1);
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', REDIS_PORT: 'y' })).toThrow(/PORT[\s\S]*REDIS_PORT/);
  });
});
