import type { Queue } from 'bull';
import { settlesWithin } from '../../common/deadline';

/** Consecutive bad checks before a worker's Bull fetching is declared stuck. */
export const STRIKES = 3;
const PROBE_TIMEOUT_MS = 2000;

export interface FetchState {
  queue: Queue;
  /** Batches this process is running now, and the most it may run. */
  active: number;
  concurrency: number;
  /** Jobs this process has started so far (a counter that only grows). */
  started: number;
  /** The processor's `process()` promise failed: its fetch loops are gone. */
  dead: boolean;
}

/**
 * One queue's health as this worker sees it. Bull can stop fetching although Redis is back
 * (bull#1873; here: a worker that booted while Redis was down keeps its client "reconnecting"
 * for ever). A check is bad when Bull's own client cannot PING Redis, or when jobs wait while
 * this worker has free slots and started none since the last check. Stuck means STRIKES bad
 * checks in a row spanning at least `minStuckMs`: right after Redis returns, Bull's fetch loops
 * legitimately pause (retryProcessDelay) and must not be mistaken for stuck ones. Only a fresh
 * process reliably recovers; the database guards make a restart safe (ADR 0003).
 */
export class FetchWatchdog {
  private strikes = 0;
  private badSince?: number;
  private lastStarted = -1;

  constructor(private readonly minStuckMs: number) {}

  async check(state: FetchState, now: () => number = Date.now): Promise<{ stuck: boolean; reason?: string }> {
    const reason = await this.problem(state);
    this.lastStarted = state.started;
    if (!reason) {
      this.strikes = 0;
      this.badSince = undefined;
      return { stuck: false };
    }
    this.strikes++;
    this.badSince ??= now();
    return { stuck: this.strikes >= STRIKES && now() - this.badSince >= this.minStuckMs, reason };
  }

  private async problem(state: FetchState): Promise<string | undefined> {
    if (state.dead) return 'the processor stopped';
    if (!(await settlesWithin(state.queue.client.ping(), PROBE_TIMEOUT_MS))) return 'Bull cannot reach Redis';
    if (state.active >= state.concurrency || state.started !== this.lastStarted) return undefined;
    let waiting = 0;
    const counted = await settlesWithin(
      // `wait` only: jobs of a queue paused on purpose (Bull Board) are in `paused`, not stuck.
      state.queue.getJobCountByTypes('waiting').then((n) => {
        waiting = n;
      }),
      PROBE_TIMEOUT_MS,
    );
    if (!counted) return 'Bull cannot reach Redis';
    return waiting > 0 ? 'jobs wait but none is fetched' : undefined;
  }
}
