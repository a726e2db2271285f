import { DataSource } from 'typeorm';
import { SweepStore } from '../../../src/initiations/persistence/sweep.store';
import { createTestApp, TestApp } from '../../support/app';
import { FakeBatchServer } from '../../support/fakes/fake-runner';
import { attemptsOf, initiateFresh, ownDatabase, sweepOf, sweepOrg } from '../../support/outcome-sweep';
import type { OrgSetup } from '../../support/outreach';

/**
 * SPEC §9 with several workers: each overdue attempt is claimed by one sweep (SKIP LOCKED and a
 * lease), looked up once and expired once; a claim a dead sweep left is due again after its lease;
 * and workers sweep on their own every OUTCOME_SWEEP_INTERVAL_MS.
 */

const TIMEOUT_MS = 7200 * 1000;

describe('outcome sweep: several workers', () => {
  const runner = FakeBatchServer.voiceRunner();
  let db: Awaited<ReturnType<typeof ownDatabase>> | undefined;
  let a: TestApp;
  let b: TestApp | undefined;
  let org: OrgSetup;
  const env = (): Record<string, string> => ({ ...db?.env, VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: runner.url });

  beforeAll(async () => {
    await runner.start();
    db = await ownDatabase('sweep_workers');
    a = await createTestApp(env());
    b = await createTestApp({ ...env(), APP_ROLE: 'worker' });
    org = await sweepOrg(a);
  }, 60000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await runner.close();
    await db?.drop();
  });
  beforeEach(() => runner.reset());

  it('expires each attempt exactly once when two workers sweep at the same time', async () => {
    const { initiationId, attempts } = await initiateFresh(a, org, 'calls', 450);
    expect(attempts.filter((x) => x.status === 'initiated')).toHaveLength(450);
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    for (const x of attempts) runner.answerLookup(x.providerRef ?? '', { status: 404, until });
    const worker = b as TestApp;
    a.clock.advance(TIMEOUT_MS + 1000);
    // A millisecond apart: an attempt expired by both would show two expired events.
    worker.clock.set(new Date(a.clock.now().getTime() + 1));

    const sweeps = [sweepOf(a).sweep(), sweepOf(worker).sweep()];
    // Both have claimed a batch and have their first lookups in flight before any is answered.
    for (let i = 0; i < 500 && runner.lookups.length < 20; i++) await new Promise((r) => setTimeout(r, 10));
    expect(runner.lookups).toHaveLength(20);
    release();
    const [first, second] = await Promise.all(sweeps);

    expect(first.expired + second.expired).toBe(450);
    expect(first.expired).toBeGreaterThan(0);
    expect(second.expired).toBeGreaterThan(0);
    const asked = new Map<string, number>();
    for (const l of runner.lookups) asked.set(l.callId, (asked.get(l.callId) ?? 0) + 1);
    expect(asked.size).toBe(450);
    expect([...asked.values()].every((n) => n === 1)).toBe(true);

    const rows = await attemptsOf(a, initiationId);
    expect(rows.every((r) => r.outcome === 'expired' && r.checkAt === null)).toBe(true);
    const events = await a.app
      .get(DataSource)
      .query<Array<{ n: string; attempts: string }>>(
        "SELECT COUNT(*) AS n, COUNT(DISTINCT e.attempt_row_id) AS attempts FROM attempt_events e JOIN attempts x ON x.id = e.attempt_row_id WHERE x.initiation_id = ? AND e.event = 'expired'",
        [initiationId],
      );
    expect(events.map((e) => [Number(e.n), Number(e.attempts)])).toEqual([[450, 450]]);
  });

  it('leaves claimed attempts to their sweep until the lease ends, then claims them again', async () => {
    const { attempts } = await initiateFresh(a, org, 'calls', 3);
    a.clock.advance(TIMEOUT_MS + 1000);
    const now = a.clock.now();
    const lease = new Date(now.getTime() + 600_000);
    const store = a.app.get(SweepStore);
    // A sweep that claimed these, then died before it looked anything up.
    const claimed = await store.claimDue(now, lease, 200);
    expect(claimed.map((c) => c.attemptId).sort()).toEqual(attempts.map((x) => x.attemptId).sort());
    expect(await store.claimDue(now, lease, 200)).toEqual([]);

    a.clock.set(new Date(lease.getTime() - 1));
    expect(await sweepOf(a).sweep()).toMatchObject({ lookedUp: 0, expired: 0 });
    a.clock.set(lease);
    expect(await sweepOf(a).sweep()).toMatchObject({ lookedUp: 3, expired: 3 });
  });

  it('sweeps by itself every OUTCOME_SWEEP_INTERVAL_MS in a worker', async () => {
    await b?.close();
    b = await createTestApp({ ...env(), APP_ROLE: 'worker', OUTCOME_SWEEP_INTERVAL_MS: '100' });
    const { initiationId } = await initiateFresh(a, org, 'calls', 2);
    b.clock.set(new Date(a.clock.now().getTime() + TIMEOUT_MS + 1000));
    let rows = await attemptsOf(a, initiationId);
    for (let i = 0; i < 200 && rows.some((r) => r.outcome !== 'expired'); i++) {
      await new Promise((r) => setTimeout(r, 25));
      rows = await attemptsOf(a, initiationId);
    }
    expect(rows.map((r) => r.outcome)).toEqual(['expired', 'expired']);
    expect(runner.lookups).toHaveLength(2);
  });
});
