import Redis, { Cluster, ClusterOptions, RedisOptions } from 'ioredis';
import type { AppConfig } from '../config/app-config';

/**
 * Every Redis client of the app comes from here (Bull's three per queue, the rate limiter's, the
 * startup PING): `config.redis` decides whether it is one server (REDIS_HOST/REDIS_PORT), a Redis
 * Cluster (REDIS_CLUSTER_NODES) or the master that Sentinels name (REDIS_SENTINELS,
 * REDIS_SENTINEL_NAME); the caller says only what the client is for.
 */
export type RedisConfig = AppConfig['redis'];
export type RedisMode = 'single' | 'cluster' | 'sentinel';
export type RedisClient = Redis | Cluster;

/** What a client is for: each use has options of its own. */
export type RedisUse = 'bull:client' | 'bull:bclient' | 'bull:subscriber' | 'rate-limit' | 'startup-check';

export function redisMode(redis: RedisConfig): RedisMode {
  if (redis.clusterNodes?.length) return 'cluster';
  if (redis.sentinels?.length) return 'sentinel';
  return 'single';
}

const list = (nodes: Array<{ host: string; port: number }>): string =>
  nodes.map((n) => `${n.host}:${n.port}`).join(',');

/** The addresses the client is given: the server, the Cluster's nodes or the Sentinels. */
export function redisNodes(redis: RedisConfig): Array<{ host: string; port: number }> {
  switch (redisMode(redis)) {
    case 'cluster':
      return redis.clusterNodes ?? [];
    case 'sentinel':
      return redis.sentinels ?? [];
    case 'single':
      return [{ host: redis.host, port: redis.port }];
  }
}

/** Where Redis is, for messages (never the password). */
export function redisWhere(redis: RedisConfig): string {
  switch (redisMode(redis)) {
    case 'cluster':
      return `the Redis Cluster at ${list(redis.clusterNodes ?? [])}`;
    case 'sentinel':
      return `the master '${redis.sentinelName}' of the Sentinels at ${list(redis.sentinels ?? [])}`;
    case 'single':
      return `Redis at ${redis.host}:${redis.port}`;
  }
}

/** The variables that say where Redis is, for the startup error. */
export function redisVariables(redis: RedisConfig): string {
  switch (redisMode(redis)) {
    case 'cluster':
      return 'REDIS_CLUSTER_NODES';
    case 'sentinel':
      return 'REDIS_SENTINELS and REDIS_SENTINEL_NAME';
    case 'single':
      return 'REDIS_HOST and REDIS_PORT';
  }
}

/**
 * Options per use, as for one server. Bull refuses a blocking or subscriber client with a ready
 * check or a retry limit per request (bull lib/queue.js, MISSING_REDIS_OPTS). The rate limiter
 * has no offline queue: while Redis is down a command fails at once and its in-memory insurance
 * answers. The startup check is one bounded try, no reconnects.
 */
export function useOptions(use: RedisUse): RedisOptions {
  switch (use) {
    case 'bull:client':
      return { enableReadyCheck: false };
    case 'bull:bclient':
    case 'bull:subscriber':
      return { enableReadyCheck: false, maxRetriesPerRequest: null };
    case 'rate-limit':
      return { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
    case 'startup-check':
      return {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        retryStrategy: () => null,
        sentinelRetryStrategy: () => null,
      };
  }
}

/** Options of a Cluster itself; every other option is its nodes' (`redisOptions`). */
const CLUSTER_LEVEL = ['lazyConnect', 'enableOfflineQueue'] as const;

/** The arguments of the client `createRedis` builds: which class, and its options. */
export type RedisPlan =
  | { kind: 'single' | 'sentinel'; options: RedisOptions }
  | { kind: 'cluster'; nodes: Array<{ host: string; port: number }>; options: ClusterOptions };

/**
 * Which client `redis` and `options` (a use's, plus any the caller adds, e.g. Bull's retry
 * strategy) make. A node's own address in `options` is dropped outside single mode.
 */
export function redisPlan(redis: RedisConfig, options: RedisOptions): RedisPlan {
  const password = redis.password || undefined;
  const { host: _host, port: _port, db: _db, ...rest } = options;
  switch (redisMode(redis)) {
    case 'cluster': {
      const { retryStrategy, ...nodeOptions } = rest;
      const clusterOptions: ClusterOptions = {};
      for (const key of CLUSTER_LEVEL) {
        if (key in nodeOptions) {
          Object.assign(clusterOptions, { [key]: nodeOptions[key] });
          delete nodeOptions[key];
        }
      }
      // A Cluster does not reconnect a lost node (it asks the others for the slots again); its
      // own retry strategy is for reaching any node at all. `null` (no retry) is kept as such.
      if (retryStrategy !== undefined) clusterOptions.clusterRetryStrategy = retryStrategy;
      return {
        kind: 'cluster',
        nodes: (redis.clusterNodes ?? []).map(({ host, port }) => ({ host, port })),
        options: { ...clusterOptions, redisOptions: { ...nodeOptions, password } },
      };
    }
    case 'sentinel':
      return {
        kind: 'sentinel',
        options: {
          ...rest,
          sentinels: (redis.sentinels ?? []).map(({ host, port }) => ({ host, port })),
          name: redis.sentinelName,
          password,
        },
      };
    case 'single':
      return { kind: 'single', options: { ...rest, host: redis.host, port: redis.port, password } };
  }
}

/** A client for `use`; `extra` adds options (Bull's, a timeout), the use's own win. */
export function createRedis(redis: RedisConfig, use: RedisUse, extra: RedisOptions = {}): RedisClient {
  const plan = redisPlan(redis, { ...extra, ...useOptions(use) });
  return plan.kind === 'cluster' ? new Cluster(plan.nodes, plan.options) : new Redis(plan.options);
}

/**
 * Bull's key prefix for `queue`. With one server or Sentinel it is exactly QUEUE_PREFIX: a
 * running deployment's keys must not move. In a Redis Cluster Bull's Lua scripts touch several
 * keys of one queue (wait, active, the job hashes…) and a script's keys must share a slot, so
 * the prefix is the hash tag `{<QUEUE_PREFIX>:<queue>}`: each queue's keys on one slot, and the
 * queues (calls, sms, webhooks, follow-ups) on different slots, so different masters can carry
 * them. `{<QUEUE_PREFIX>}` alone would put every queue of a deployment on one master. No Bull
 * operation spans two queues.
 */
export function bullPrefix(config: Pick<AppConfig, 'redis' | 'queuePrefix'>, queue: string): string {
  return redisMode(config.redis) === 'cluster' ? `{${config.queuePrefix}:${queue}}` : config.queuePrefix;
}

type BullClientType = 'client' | 'subscriber' | 'bclient';

/**
 * Whether a client still holds (or is making) a connection. A Cluster's pool says `drain` once per
 * node it lets go, so its status can read `close` again after `end`: its nodes tell.
 */
function stillOpen(client: RedisClient): boolean {
  if (client instanceof Cluster)
    return client.nodes().length > 0 || ['connecting', 'connect', 'ready', 'reconnecting'].includes(client.status);
  return client.status !== 'end';
}

/**
 * Bull's clients, made by `createClient(queue)` (Bull's `createClient` option). Bull closes
 * only clients it made itself; `clientsOf(queue)` is the list to hand to the queue as its
 * `clients`, so its own close (quit, or disconnect of a blocked client) ends these too.
 */
export class BullClients {
  private readonly byQueue = new Map<string, RedisClient[]>();
  private readonly queues: Array<{ close(): Promise<void> }> = [];

  constructor(private readonly redis: RedisConfig) {}

  /** A queue whose clients these are: closed (again: Bull's close is idempotent) before the sweep below. */
  attach(queue: { close(): Promise<void> }): void {
    this.queues.push(queue);
  }

  /**
   * After the queues closed, any client still open ends too: one Bull made while it was closing (a
   * processor's blocking or subscriber client, as an app stops moments after it started) is not in
   * the list its close went through, and would keep the process's event loop alive.
   */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
    for (const clients of this.byQueue.values()) for (const c of clients) if (stillOpen(c)) c.disconnect();
  }

  clientsOf(queue: string): RedisClient[] {
    let clients = this.byQueue.get(queue);
    if (!clients) this.byQueue.set(queue, (clients = []));
    return clients;
  }

  /** Bull passes its own options (its retry strategy, no ready check); the use's are applied on top. */
  createClient(queue: string): (type: BullClientType, options?: RedisOptions) => RedisClient {
    return (type, options = {}) => {
      const client = createRedis(this.redis, `bull:${type}`, options);
      this.clientsOf(queue).push(client);
      return client;
    };
  }
}
