import request from 'supertest';
import { bearer } from '../support/app';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, waitForEnd, viaRunner } from '../support/faults/cluster';
import { attemptsOf, checkLedger, NO_VIOLATIONS, sightings, violations } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 2000;

describe('graceful shutdown (SIGTERM)', () => {
  const runner = FakeBatchServer.voiceRunner();
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    cluster = new Cluster({ env: viaRunner(runner) });
    api = await cluster.start('api', 'api');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const initiate = (headers: Record<string, string>, target = api) =>
    request(target.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
      .set(bearer(crowd.key))
      .set(headers)
      .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
      .timeout(60_000);

  it('a worker stops taking batches, finishes those in flight, and exits; no batch is lost or sent twice', async () => {
    runner.behave(() => ({ delayMs: 500 }));
    const w1 = await cluster.start('w1', 'worker');
    const res = await initiate({ Prefer: 'respond-async' });
    expect(res.status).toBe(202);
    const id = res.body.data.initiationId as string;
    await waitUntil(
      '3 runner requests',
      () => runner.requests.length,
      (n) => n >= 3,
      60_000,
      () => cluster.logs(),
    );

    const exit = await w1.kill('SIGTERM');
    expect(exit.signal ?? exit.code).not.toBe('SIGKILL');
    expect([0, 'SIGTERM']).toContain(exit.signal ?? exit.code);

    // Drained: every batch it sent has its outcomes; none is half done; the rest wait, queued.
    const attempts = await attemptsOf(await cluster.db(), id);
    const byBatch = new Map<number, Set<string>>();
    for (const a of attempts) byBatch.set(a.batch, (byBatch.get(a.batch) ?? new Set()).add(a.status));
    const states = [...byBatch.values()].map((s) => [...s].sort().join(','));
    expect(states.filter((s) => s !== 'initiated' && s !== 'queued')).toEqual([]);
    const sent = new Set(sightings(runner.requests, id).map((s) => s.attemptId));
    expect(attempts.filter((a) => sent.has(a.attemptId) && a.status !== 'initiated')).toEqual([]);
    expect(states.filter((s) => s === 'initiated').length).toBeGreaterThanOrEqual(3);
    expect(states.filter((s) => s === 'queued').length).toBeGreaterThan(0);

    await cluster.start('w2', 'worker');
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end).toMatchObject({ status: 'completed', results: { initiated: CUSTOMERS, failed: 0 } });
    const check = checkLedger(sightings(runner.requests, id), await attemptsOf(await cluster.db(), id));
    expect(violations(check)).toEqual(NO_VIOLATIONS);
    // Finished, not abandoned: nothing had to be sent again.
    expect(runner.duplicates).toBe(0);
  });

  it('batches still running when the grace ends are released to another worker and sent again under the same key', async () => {
    runner.behave(() => ({ delayMs: 3000 }));
    const w3 = await cluster.start('w3', 'worker', { SHUTDOWN_GRACE_MS: '300' });
    const res = await initiate({ Prefer: 'respond-async' });
    expect(res.status).toBe(202);
    const id = res.body.data.initiationId as string;
    await waitUntil(
      '2 runner requests',
      () => runner.requests.length,
      (n) => n >= 2,
      60_000,
      () => cluster.logs(),
    );

    const exit = await w3.kill('SIGTERM');
    expect([0, 'SIGTERM']).toContain(exit.signal ?? exit.code);
    expect(w3.logs()).toContain('Releasing batches still running at shutdown');

    runner.behave(() => ({ delayMs: 20 }));
    await cluster.start('w4', 'worker');
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end).toMatchObject({ status: 'completed', results: { initiated: CUSTOMERS, failed: 0 } });
    const check = checkLedger(sightings(runner.requests, id), await attemptsOf(await cluster.db(), id));
    expect(violations(check)).toEqual(NO_VIOLATIONS);
    // The released batches reached the runner again, answered from its first answer.
    expect(runner.duplicates).toBeGreaterThan(0);
  });

  it('an API process answers a waiting initiate 202 with the status URL, and the workers finish it', async () => {
    runner.behave(() => ({ delayMs: 300 }));
    const api2 = await cluster.start('api2', 'api');
    const pending = initiate({}, api2);
    const answered = pending.then((r) => r);
    await waitUntil(
      '2 runner requests',
      () => runner.requests.length,
      (n) => n >= 2,
      60_000,
      () => cluster.logs(),
    );
    const stopping = api2.kill('SIGTERM');
    const res = await answered;
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      success: true,
      message: 'Initiation accepted',
      data: { statusUrl: expect.any(String) },
    });
    expect([0, 'SIGTERM']).toContain((await stopping).signal ?? (await stopping).code);

    const id = res.body.data.initiationId as string;
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end).toMatchObject({ status: 'completed', results: { initiated: CUSTOMERS, failed: 0 } });
  });
});
