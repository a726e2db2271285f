import Queue from 'bull';
import { QUEUE } from '../../src/queues/queues';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, initiateAsync, viaRunner, waitForEnd } from '../support/faults/cluster';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 300; // 3 batches of 100
const SECRET = 'runner-secret-never-logged-0123456789';

type LogLine = Record<string, unknown> & { msg: string };

/**
 * What an operator reads in the processes' own logs (LOG_LEVEL=info, as `npm start` runs): one JSON
 * line per event that matters, with the ids to find it by, and never an API key or a secret.
 */
describe('operator logs: one structured line per event, with its ids', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await runner.start();
    cluster = new Cluster({
      env: (name) => ({ ...viaRunner(runner)(name), VOICE_RUNNER_SECRET: SECRET, LOG_LEVEL: 'info' }),
    });
    api = await cluster.start('api', 'api');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await runner.close();
  });

  const initiate = (): Promise<string> => initiateAsync(api, crowd, 20_000);

  /** Every process's lines, each parsed on its own: a line that is not one JSON object fails here. */
  const lines = (): LogLine[] =>
    cluster.processes.flatMap((p) => p.logLines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as LogLine));
  const about = (id: string, msg: string): LogLine[] =>
    lines().filter(
      (l) =>
        l.msg === msg &&
        (l.initiationId === id || (Array.isArray(l.batches) && l.batches.some((b) => b.initiationId === id))),
    );
  const waitForLine = (id: string, msg: string): Promise<LogLine[]> =>
    waitUntil(
      `"${msg}" for ${id}`,
      () => about(id, msg),
      (found) => found.length > 0,
      30_000,
      () => cluster.logs(),
    );

  it('started, a try failed and retried (with the provider answer), ended', async () => {
    const worker = await cluster.start('w1', 'worker');
    runner.failWith(503, 1);
    const id = await initiate();
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end.status).toBe('completed');
    const ids = { initiationId: id, organizationId: crowd.orgId };

    expect(about(id, 'Initiation started')).toEqual([
      expect.objectContaining({ ...ids, campaignId: crowd.campaignId, channel: 'calls', batches: 3, level: 30 }),
    ]);
    const retried = await waitForLine(id, 'Batch try failed; it will be retried');
    expect(retried).toEqual([
      expect.objectContaining({
        ...ids,
        batch: expect.any(Number),
        jobId: expect.stringMatching(new RegExp(`^${id}:[123]$`)),
        channel: 'calls',
        try: 1,
        retried: true,
        reason: 'Workflow runner error: HTTP 503',
        level: 40,
      }),
    ]);
    const ended = await waitForLine(id, 'Initiation ended');
    expect(ended).toEqual([
      expect.objectContaining({ ...ids, campaignId: crowd.campaignId, status: 'completed', initiated: CUSTOMERS }),
    ]);
    await worker.kill('SIGKILL');
  });

  it('a batch the provider refused: one line with its reason; the initiation ends partial', async () => {
    const worker = await cluster.start('w2', 'worker');
    runner.failWith(400, 1);
    const id = await initiate();
    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end.status).toBe('partial');
    expect(await waitForLine(id, 'Batch failed at the provider')).toEqual([
      expect.objectContaining({
        initiationId: id,
        organizationId: crowd.orgId,
        batch: expect.any(Number),
        channel: 'calls',
        reason: 'Workflow runner error: HTTP 400',
      }),
    ]);
    expect(await waitForLine(id, 'Initiation ended')).toEqual([
      expect.objectContaining({ initiationId: id, status: 'partial', initiated: CUSTOMERS - 100, failed: 100 }),
    ]);
    await worker.kill('SIGKILL');
  });

  it('recovery: batches whose jobs were lost are re-enqueued, in one line naming them', async () => {
    // No worker: the batches wait in Redis; their jobs are removed there, as a Redis that lost them would.
    const id = await initiate();
    const queue = new Queue(QUEUE.calls, {
      prefix: cluster.prefix,
      redis: { host: '127.0.0.1', port: Number(process.env.TEST_REDIS_PORT ?? 6379) },
    });
    try {
      const jobs = await waitUntil(
        'the 3 jobs',
        () => Promise.all([1, 2, 3].map((batch) => queue.getJob(`${id}:${batch}`))),
        (found) => found.every((job) => job !== null),
        10_000,
      );
      for (const job of jobs) await job?.remove();
    } finally {
      await queue.close();
    }
    await cluster.start('w3', 'worker');
    expect((await waitForEnd(cluster, api, crowd.key, id)).status).toBe('completed');
    const requeued = await waitForLine(id, 'Re-enqueued batches that had no job');
    expect(requeued[0]).toMatchObject({ requeued: 3, level: 40 });
    expect(requeued[0].batches).toEqual(
      [1, 2, 3].map((batch) => ({ initiationId: id, organizationId: crowd.orgId, batch })),
    );
  });

  it('no line carries an API key or the runner secret', () => {
    const all = cluster.processes.flatMap((p) => p.logLines);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((l) => l.includes(crowd.key) || l.includes(SECRET) || /oak_[A-Za-z0-9]/.test(l))).toEqual([]);
  });
});
