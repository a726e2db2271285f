import { FakeBatchServer } from '../support/fakes/fake-runner';
import { rng } from '../support/fixture';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, initiateAsync, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { RedisServer } from '../support/faults/redis-server';
import { waitUntil } from '../support/faults/wait';

// FAULTS_CHAOS_CUSTOMERS=20000 reproduces the acceptance run; the suite keeps it small.
const CUSTOMERS = Number(process.env.FAULTS_CHAOS_CUSTOMERS ?? 5000);
const SEED = Number(process.env.FAULTS_CHAOS_SEED ?? 7);

describe('chaos: workers SIGKILLed at random moments and Redis restarted during one initiation', () => {
  const runner = FakeBatchServer.voiceRunner();
  const redis = new RedisServer();
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    await redis.start();
    cluster = new Cluster({
      redisPort: redis.port,
      env: viaRunner(runner),
    });
    api = await cluster.start('api', 'api');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await redis.kill();
    await runner.close();
  });

  it('ends with every customer initiated once: the runner log matches the attempts table', async () => {
    runner.behave(() => ({ delayMs: 100 }));
    const random = rng(SEED);
    const workers: AppProcess[] = await Promise.all([1, 2, 3].map((n) => cluster.start(`w${n}`, 'worker')));
    const id = await initiateAsync(api, crowd);
    const batches = Math.ceil(CUSTOMERS / 100);

    // The moments are runner request counts drawn from a seeded generator, not clock times.
    const moments = Array.from({ length: 5 }, () => Math.floor(random() * batches * 0.8))
      .sort((a, b) => a - b)
      .map((n) => n + 1);
    for (const [i, moment] of moments.entries()) {
      await waitUntil(
        `${moment} runner requests`,
        () => runner.requests.length,
        (n) => n >= moment,
        120_000,
        () => cluster.logs(),
      );
      if (i === 2) {
        await redis.kill();
        await redis.start();
        continue;
      }
      const victim = workers.splice(Math.floor(random() * workers.length), 1)[0];
      await victim.kill('SIGKILL');
      workers.push(await cluster.start(`w${4 + i}`, 'worker'));
    }

    const end = await waitForEnd(cluster, api, crowd.key, id, 180_000);
    expect(end).toMatchObject({
      status: 'completed',
      results: { customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 },
    });
    const attempts = await attemptsOf(await cluster.db(), id);
    expect(attempts).toHaveLength(CUSTOMERS);
    expect(new Set(attempts.map((a) => a.attemptId)).size).toBe(CUSTOMERS);
    expect(violations(checkLedger(sightings(runner.requests, id), attempts))).toEqual(NO_VIOLATIONS);
  });
});
