import type { Queue } from 'bull';
import { FetchState, FetchWatchdog, STRIKES } from './fetch-watchdog';

/** A queue whose Redis answers (or hangs) as told. */
function queue(opts: { reachable: boolean; waiting: number }): Queue {
  const hang = new Promise<never>(() => undefined);
  return {
    client: { ping: () => (opts.reachable ? Promise.resolve('PONG') : hang) },
    getJobCountByTypes: () => Promise.resolve(opts.waiting),
  } as unknown as Queue;
}

const state = (q: Queue, over: Partial<FetchState> = {}): FetchState => ({
  queue: q,
  active: 0,
  concurrency: 2,
  started: 0,
  dead: false,
  ...over,
});

describe('FetchWatchdog', () => {
  it('is stuck once jobs wait and none is fetched for STRIKES checks spanning the minimum time', async () => {
    let t = 0;
    const now = () => t;
    const dog = new FetchWatchdog(10_000);
    const q = queue({ reachable: true, waiting: 3 });
    const results = [];
    for (let i = 0; i <= STRIKES + 1; i++) {
      results.push(await dog.check(state(q), now));
      t += 5_000;
    }
    // The first check only records the start count; then bad checks accumulate.
    expect(results.map((r) => r.stuck)).toEqual([false, false, false, true, true]);
    expect(results[1].reason).toBe('jobs wait but none is fetched');
  });

  it('is never stuck while jobs are started, the worker is full, or nothing waits', async () => {
    let t = 0;
    const dog = new FetchWatchdog(0);
    const busy = queue({ reachable: true, waiting: 3 });
    for (let i = 0; i < 6; i++) {
      expect((await dog.check(state(busy, { started: i }), () => (t += 1000))).stuck).toBe(false);
    }
    for (let i = 0; i < 6; i++) {
      expect((await dog.check(state(busy, { started: 5, active: 2 }), () => (t += 1000))).stuck).toBe(false);
    }
    const idle = queue({ reachable: true, waiting: 0 });
    for (let i = 0; i < 6; i++) expect((await dog.check(state(idle), () => (t += 1000))).stuck).toBe(false);
  });

  it('counts a Redis that does not answer PING, and a stopped processor, as bad', async () => {
    const dog = new FetchWatchdog(0);
    const down = queue({ reachable: false, waiting: 0 });
    const first = await dog.check(state(down));
    expect(first).toEqual({ stuck: false, reason: 'Bull cannot reach Redis' });
    const dead = await new FetchWatchdog(0).check(state(queue({ reachable: true, waiting: 0 }), { dead: true }));
    expect(dead.reason).toBe('the processor stopped');
  }, 10_000);
});
