import request from 'supertest';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess, StartFailure } from '../support/faults/app-process';
import { Audience, audience, Cluster, initiationView, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { RedisServer } from '../support/faults/redis-server';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 3000;

describe('Redis restarted (empty) in the middle of an initiation', () => {
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

  const initiateAsync = () =>
    request(api.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
      .set(bearer(crowd.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
      .timeout(20_000);

  const expectConsistent = async (id: string): Promise<void> => {
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end).toMatchObject({
      status: 'completed',
      results: { customersSelected: CUSTOMERS, initiated: CUSTOMERS, failed: 0 },
    });
    const attempts = await attemptsOf(await cluster.db(), id);
    expect(violations(checkLedger(sightings(runner.requests, id), attempts))).toEqual(NO_VIOLATIONS);
  };

  it('the workers rebuild the lost batches from the database and the initiations complete', async () => {
    runner.behave(() => ({ delayMs: 200 }));
    await Promise.all([cluster.start('w1', 'worker'), cluster.start('w2', 'worker')]);
    const first = await initiateAsync();
    expect(first.status).toBe(202);
    await waitUntil(
      '4 runner requests',
      () => runner.requests.length,
      (n) => n >= 4,
      60_000,
      () => cluster.logs(),
    );

    await redis.kill();
    // Meanwhile the API answers, without hanging: reads come from the database, and a new
    // initiation is accepted (its batches are in the database; recovery enqueues them).
    const during = await initiateAsync();
    expect(during.status).toBe(202);
    const view = await initiationView(api, crowd.key, first.body.data.initiationId as string);
    expect(['queued', 'running']).toContain(view.status);
    await redis.start();

    await expectConsistent(first.body.data.initiationId as string);
    await expectConsistent(during.body.data.initiationId as string);
    // Recovered in place: no process had to be restarted.
    expect(cluster.processes.filter((p) => !p.running).map((p) => p.name)).toEqual([]);
  });

  it('a worker that lost Redis for long exits non-zero (bull#1873) and, restarted, finishes the work', async () => {
    runner.reset();
    runner.behave(() => ({ delayMs: 20 }));
    for (const p of cluster.processes.filter((x) => x.name !== 'api')) await p.kill('SIGKILL');
    const first = await cluster.start('w-0', 'worker');
    await redis.kill();
    const res = await initiateAsync();
    expect(res.status).toBe(202);

    // What a supervisor (systemd, Docker, Kubernetes) does: start the worker again when it exits.
    // While Redis is still down a new worker refuses to start (exit 1, "Cannot reach Redis"), so
    // the supervisor keeps trying, a little apart, until Redis is back.
    const exits: Array<number | null> = [];
    let stopped = false;
    const supervise = async (): Promise<void> => {
      exits.push((await first.exited).code);
      for (let i = 1; i < 40 && !stopped; i++) {
        try {
          const worker = await cluster.start(`w-${i}`, 'worker');
          exits.push((await worker.exited).code);
        } catch (error) {
          if (!(error instanceof StartFailure)) throw error;
          expect(error.logs).toContain('Cannot reach Redis');
          exits.push(error.exit.code);
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    };
    const supervisor = supervise();
    // The running worker's watchdog: Bull cannot reach Redis for 3 checks spanning >= 15 s.
    await waitUntil(
      'a worker to give up on Redis',
      () => exits.length,
      (n) => n >= 1,
      60_000,
      () => cluster.logs(),
    );
    await new Promise((r) => setTimeout(r, 4000));
    await redis.start();
    try {
      await expectConsistent(res.body.data.initiationId as string);
    } finally {
      stopped = true;
      for (const p of cluster.processes.filter((x) => x.name.startsWith('w-'))) await p.kill('SIGKILL');
      await supervisor;
    }
    expect(exits.length).toBeGreaterThanOrEqual(1);
    // The first exit is the running worker's watchdog; then refused starts; all non-zero before the last kill.
    expect(first.logs()).toContain('Bull stopped fetching jobs');
    expect(exits.slice(0, -1).every((code) => code === 1)).toBe(true);
  });
});
