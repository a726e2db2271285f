import { Cluster } from 'ioredis';
import { BullClients } from '../../src/common/redis';
import { ALL_QUEUE_NAMES } from '../../src/queues/queues';
import { createTestApp } from '../support/app';
import { RedisClusterHarness } from '../support/redis-cluster';

/**
 * Bull closes only the Redis clients it made itself; ours come from common/redis.ts through
 * `createClient`, so QueuesModule hands each queue the list of its own. Closing the app must end
 * every one of them — with one server (the default deployment) and on a Redis Cluster — or a
 * process would keep sockets open after shutdown.
 */
describe("Bull's Redis clients end with the app", () => {
  const statusesAfterClose = async (env: Record<string, string>, role: 'all' | 'api'): Promise<string[]> => {
    const t = await createTestApp({ APP_ROLE: role, ...env });
    const clients = t.app.get(BullClients);
    const made = ALL_QUEUE_NAMES.flatMap((q) => clients.clientsOf(q));
    // Every queue has at least its command client; a worker role adds the blocking and subscriber ones.
    expect(ALL_QUEUE_NAMES.every((q) => clients.clientsOf(q).length > 0)).toBe(true);
    await t.close();
    // A Cluster's connection pool says `drain` once per node it let go, so its status may read
    // `close` again after `end`: either way no connection is left, which `nodes()` shows.
    const open = made.filter((c) => c instanceof Cluster && c.nodes().length > 0);
    expect(open).toEqual([]);
    return made.map((c) => (c.status === 'close' && c instanceof Cluster ? 'end' : c.status));
  };

  it('with one Redis server: every client of every queue ends', async () => {
    const statuses = await statusesAfterClose({}, 'all');
    expect(statuses.length).toBeGreaterThanOrEqual(ALL_QUEUE_NAMES.length * 2);
    expect(statuses.filter((s) => s !== 'end')).toEqual([]);
  });

  describe('on a Redis Cluster', () => {
    const redis = new RedisClusterHarness([7111, 7112, 7113]);
    beforeAll(() => redis.start(), 60_000);
    afterAll(() => redis.close());

    it('every client of every queue ends', async () => {
      const statuses = await statusesAfterClose({ REDIS_CLUSTER_NODES: redis.nodes }, 'api');
      expect(statuses.length).toBeGreaterThanOrEqual(ALL_QUEUE_NAMES.length);
      expect(statuses.filter((s) => s !== 'end')).toEqual([]);
    });
  });
});
