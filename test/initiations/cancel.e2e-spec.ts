import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { RecoveryService } from '../../src/initiations/recovery/recovery.service';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { isolatedEnv } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';

/**
 * SPEC §10's cancel while batches are in flight: an API process and two workers on one Bull
 * prefix, the fake runner holding its answers so that batches are in flight when the cancel lands.
 */

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let i = 0; i < 300 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  if (!done(value)) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

/** A promise and the function that settles it: the runner answers a held batch once it is called. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('POST /initiations/:id/cancel with batches in flight', () => {
  const runner = FakeBatchServer.voiceRunner();
  const env = (name: string) => ({
    ...isolatedEnv(name),
    VOICE_PROVIDER: 'http',
    VOICE_RUNNER_URL: runner.url,
    BATCH_SIZE: '5',
    DISPATCH_CONCURRENCY: '1',
    DISPATCH_BACKOFF_MS: '10',
  });
  let api: TestApp;
  let workers: TestApp[] = [];
  let org: OrgSetup;
  let db: DataSource;

  beforeAll(async () => {
    await runner.start();
  });
  afterEach(async () => {
    runner.reset();
    await Promise.all(workers.map((w) => w.close()));
    workers = [];
    await api.close();
  });
  afterAll(() => runner.close());

  async function start(name: string, workerCount: number, extra: Record<string, string> = {}): Promise<string> {
    api = await createTestApp({ ...env(name), APP_ROLE: 'api' });
    db = api.app.get(DataSource);
    for (let i = 0; i < workerCount; i++)
      workers.push(await createTestApp({ ...env(name), APP_ROLE: 'worker', ...extra }));
    org = await setupOrg(api, { variables: ['first_name'] });
    const campaignId = await createCampaign(api, org.key);
    await bulkAdd(
      api,
      org.key,
      campaignId,
      Array.from({ length: 30 }, (_, i) => loanRecord(i + 1)),
    );
    return campaignId;
  }

  const initiate = async (campaignId: string): Promise<string> => {
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    return res.body.data.initiationId as string;
  };
  const cancel = (id: string) => api.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(org.key));
  const status = (id: string) =>
    api.http
      .get(`/api/v1/initiations/${id}`)
      .set(bearer(org.key))
      .then((r) => r.body.data as { status: string; results: Record<string, number> });
  const byStatus = async (id: string) => {
    const rows = await db.query<Array<{ status: string; reason: string | null; batch: number; n: string }>>(
      'SELECT status, reason, batch, COUNT(*) AS n FROM attempts WHERE initiation_id = ? GROUP BY status, reason, batch ORDER BY batch',
      [id],
    );
    return rows.map((r) => ({ status: r.status, reason: r.reason, batch: Number(r.batch), n: Number(r.n) }));
  };
  const keyOf = async (id: string) =>
    (await db.query<Array<{ k: string }>>('SELECT api_key_id AS k FROM initiations WHERE id = ?', [id]))[0].k;

  it('two workers: the batches in flight finish and keep their outcomes, nothing else is sent, it ends canceled', async () => {
    const campaignId = await start('cancel_two_workers', 2);
    const held = gate();
    for (let b = 1; b <= 6; b++) runner.holdUntil(b, held.opened);
    const id = await initiate(campaignId);
    // One batch in flight per worker (concurrency 1 each), the other four queued behind them.
    await until(
      () => Promise.resolve(runner.requests.length),
      (n) => n === 2,
      'two batches at the runner',
    );
    const inFlight = runner.requests.map((r) => Number(r.body?.batch)).sort();

    const res = await cancel(id).expect(200);
    expect(res.body).toEqual({ success: true, data: { initiationId: id, status: 'running', canceled: 20 } });
    held.open();
    const done = await until(
      () => status(id),
      (s) => s.status === 'canceled',
      'status canceled',
    );
    expect(done.results).toMatchObject({ customersSelected: 30, initiated: 10, failed: 0 });
    // Every queued job has run (and found nothing open) or been skipped: none reached the runner.
    const queue = workers[0].app.get<Queue>(getQueueToken('calls'));
    await until(
      async () => (await queue.getJobCounts()) as unknown as Record<string, number>,
      (c) => c.waiting + c.active + c.delayed === 0,
      'an idle queue',
    );
    expect(runner.requests).toHaveLength(2);
    expect(runner.uniqueAttemptIds()).toHaveLength(10);
    const reason = `Canceled by ${await keyOf(id)}`;
    const rows = await byStatus(id);
    expect(rows.filter((r) => r.status === 'initiated').map((r) => r.batch)).toEqual(inFlight);
    expect(rows.filter((r) => r.status !== 'initiated')).toEqual(
      [1, 2, 3, 4, 5, 6]
        .filter((b) => !inFlight.includes(b))
        .map((batch) => ({ status: 'canceled', reason, batch, n: 5 })),
    );
    // The attempts list shows them, and filters on them.
    const list = await api.http
      .get(`/api/v1/initiations/${id}/attempts?status=canceled&limit=100`)
      .set(bearer(org.key))
      .expect(200);
    expect(list.body.pagination.total).toBe(20);
    expect(list.body.data[0]).toMatchObject({ status: 'canceled', reason });
    // A repeat answers the same count, now with the final status.
    expect((await cancel(id).expect(200)).body.data).toEqual({ initiationId: id, status: 'canceled', canceled: 20 });
  });

  it('with Redis emptied right after the cancel, recovery re-enqueues and sends nothing canceled', async () => {
    const campaignId = await start('cancel_redis_lost', 1, { RECOVERY_GRACE_MS: '0' });
    const held = gate();
    runner.holdUntil(1, held.opened);
    const id = await initiate(campaignId);
    await until(
      () => Promise.resolve(runner.requests.length),
      (n) => n === 1,
      'batch 1 at the runner',
    );
    expect((await cancel(id).expect(200)).body.data).toEqual({ initiationId: id, status: 'running', canceled: 25 });

    // Redis restarts empty: every key of this test's Bull prefix is gone, the jobs of the
    // canceled batches with them.
    const queue = api.app.get<Queue>(getQueueToken('calls'));
    const keys = await queue.client.keys(`${api.config.queuePrefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await queue.client.del(...keys);
    const requeued = await workers[0].app.get(RecoveryService).sweep();
    // Only batch 1, still in flight (handed over, open), may come back; never a canceled one.
    expect(requeued).toBeLessThanOrEqual(1);
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active']);
    expect(jobs.map((j) => (j.data as { batch: number }).batch).filter((b) => b !== 1)).toEqual([]);

    held.open();
    await until(
      () => status(id),
      (s) => s.status === 'canceled',
      'status canceled',
    );
    expect(await workers[0].app.get(RecoveryService).sweep()).toBe(0);
    expect(new Set(runner.requests.map((r) => Number(r.body?.batch)))).toEqual(new Set([1]));
    expect(runner.uniqueAttemptIds()).toHaveLength(5);
    const rows = await byStatus(id);
    expect(rows.filter((r) => r.status === 'canceled').reduce((n, r) => n + r.n, 0)).toBe(25);
    expect(rows.filter((r) => r.status === 'initiated')).toEqual([
      { status: 'initiated', reason: null, batch: 1, n: 5 },
    ]);
  });
});
