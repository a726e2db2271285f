import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bull';
import { Channel, CHANNELS } from '../../common/channel';
import { settlesWithin } from '../../common/deadline';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DISPATCH_JOB, DispatchJob } from '../../queues/queues';
import { BatchDispatcher, BatchResult, UnrecoverableJobError } from './batch-dispatcher';
import { DispatchQueue } from './dispatch.queue';
import { FetchWatchdog, STRIKES } from './fetch-watchdog';

/** Bound on closing a queue's Redis connections once its batches are done or released. */
const CLOSE_TIMEOUT_MS = 5000;
/** A queue must look stuck for at least this long (and STRIKES checks) before the worker restarts. */
const MIN_STUCK_MS = 15_000;

interface ChannelState {
  active: Set<Job<DispatchJob>>;
  started: number;
  dead: boolean;
  watchdog: FetchWatchdog;
}

/**
 * Runs the `calls` and `sms` processors in worker processes, DISPATCH_CONCURRENCY batches at a
 * time per channel. Registered here rather than with @Process so the concurrency comes from the
 * validated config, not from an import-time constant. Watches that Bull keeps fetching, and on
 * shutdown stops fetching and lets the batches in flight finish (or releases them).
 */
@Injectable()
export class DispatchWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DispatchWorker.name);
  private readonly state = new Map<Channel, ChannelState>();
  private timer?: NodeJS.Timeout;
  private stopping = false;
  private watching = false;
  private stuckHandler: (reason: string) => void = () => undefined;

  constructor(
    private readonly queues: DispatchQueue,
    private readonly dispatcher: BatchDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What to do once Bull is stuck (main.ts: close and exit non-zero, so a supervisor restarts the worker). */
  onStuck(handler: (reason: string) => void): void {
    this.stuckHandler = handler;
  }

  onApplicationBootstrap(): void {
    for (const channel of CHANNELS) {
      const state: ChannelState = {
        active: new Set(),
        started: 0,
        dead: false,
        watchdog: new FetchWatchdog(Math.max(STRIKES * this.config.queue.watchdogIntervalMs, MIN_STUCK_MS)),
      };
      this.state.set(channel, state);
      this.queues
        .queue(channel)
        .process(DISPATCH_JOB, this.config.dispatch.concurrency, (job: Job<DispatchJob>) => this.handle(state, job))
        .catch((error: unknown) => {
          state.dead = !this.stopping;
          this.logger.error({ err: error, channel }, 'Processor stopped');
        });
    }
    this.timer = setInterval(() => void this.watch(), this.config.queue.watchdogIntervalMs);
    this.timer.unref();
  }

  /**
   * SIGTERM/SIGINT: stop fetching at once, give the batches in flight SHUTDOWN_GRACE_MS to end,
   * then release the locks of those still running, so another worker's stalled check takes them
   * within QUEUE_STALLED_INTERVAL_MS instead of after the lock lapses. Their attempts are in the
   * database: a batch re-run elsewhere sends only what has no outcome (ADR 0003).
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    const queues = CHANNELS.map((channel) => this.queues.queue(channel));
    const drained = await settlesWithin(Promise.all(queues.map((q) => q.pause(true))), this.config.shutdownGraceMs);
    const running = [...this.state.values()].flatMap((s) => [...s.active]);
    if (!drained && running.length > 0) {
      this.logger.warn({ jobs: running.map((j) => j.id) }, 'Releasing batches still running at shutdown');
      await Promise.all(running.map((job) => settlesWithin(job.releaseLock(), CLOSE_TIMEOUT_MS)));
    }
    await Promise.all(queues.map((q) => settlesWithin(q.close(true), CLOSE_TIMEOUT_MS)));
  }

  private async handle(state: ChannelState, job: Job<DispatchJob>): Promise<BatchResult> {
    state.started++;
    state.active.add(job);
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.dispatcher.dispatch(job.data, lastTry);
    } catch (error) {
      if (error instanceof UnrecoverableJobError) await job.discard();
      const { initiationId, organizationId, batch } = job.data;
      const retried = !lastTry && !(error instanceof UnrecoverableJobError);
      // `reason` is the provider's answer as the report words it ("Workflow runner error: HTTP 503").
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(
        {
          err: error,
          jobId: job.id,
          initiationId,
          organizationId,
          batch,
          channel: job.queue.name,
          try: job.attemptsMade + 1,
          retried,
          reason,
        },
        retried ? 'Batch try failed; it will be retried' : 'Batch failed; no tries left',
      );
      throw error;
    } finally {
      state.active.delete(job);
    }
  }

  private async watch(): Promise<void> {
    // A check can take up to its probe timeouts: never run two at once (they would count double).
    if (this.watching) return;
    this.watching = true;
    try {
      await this.checkQueues();
    } finally {
      this.watching = false;
    }
  }

  private async checkQueues(): Promise<void> {
    for (const [channel, state] of this.state) {
      if (this.stopping) return;
      const { stuck, reason } = await state.watchdog.check({
        queue: this.queues.queue(channel),
        active: state.active.size,
        concurrency: this.config.dispatch.concurrency,
        started: state.started,
        dead: state.dead,
      });
      if (reason) this.logger.warn({ channel, reason }, 'Queue check failed');
      if (stuck && !this.stopping) {
        this.logger.error({ channel, reason }, 'Bull stopped fetching jobs (bull#1873); restarting the worker');
        this.stopping = true;
        this.stuckHandler(reason ?? 'stuck');
        return;
      }
    }
  }
}
