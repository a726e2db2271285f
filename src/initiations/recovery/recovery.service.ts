import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { IntervalTask } from '../../common/interval-task';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { dispatchJobId } from '../../queues/queues';
import { BatchDispatcher } from '../dispatch/batch-dispatcher';
import { batchDelay, DispatchQueue } from '../dispatch/dispatch.queue';
import { SelectionPlanner } from '../initiate/selection-planner';
import { StreamedSelection } from '../initiate/streamed-selection';
import { AttemptReads } from '../persistence/attempt.reads';

/** At most this many open batches are looked up in Redis per sweep (the rest wait for the next). */
const MAX_BATCHES_PER_SWEEP = 10_000;
/** Job lookups in flight at once. */
const REDIS_CHECKS_AT_ONCE = 50;

/**
 * Redis holds only work that can be rebuilt. Every RECOVERY_INTERVAL_MS a worker looks for batches
 * of its own QUEUE_PREFIX
 * that still have queued attempts but no job in Bull (Redis restarted empty, an enqueue failed, a
 * job was lost) and enqueues them again under the same deterministic job id. Several workers may
 * sweep at once: the job id makes the second add a no-op, and attempts are written once.
 * It also ends initiations left `running` with no open attempt (the last batch wrote its outcomes
 * but the database went away before the final status was written).
 */
@Injectable()
export class RecoveryService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RecoveryService.name);
  private readonly ticker = new IntervalTask(
    () => this.sweep(),
    (error: unknown) => this.logger.warn({ err: error }, 'Recovery sweep failed; will try again'),
  );

  constructor(
    private readonly reads: AttemptReads,
    private readonly queues: DispatchQueue,
    private readonly clock: Clock,
    private readonly dispatcher: BatchDispatcher,
    private readonly streamed: StreamedSelection,
    private readonly planner: SelectionPlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.ticker.start(this.config.recovery.intervalMs);
  }

  /** Before the database and queues close: a sweep in progress finishes against them. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
  }

  /** Re-enqueues lost batches and ends initiations with nothing left to send; returns how many batches. */
  async sweep(): Promise<number> {
    await this.resumeSelections();
    await this.finishEnded();
    return this.requeueLost();
  }

  /** Streamed selections (issue 20) whose process stopped mid-way are written on from their cursor. */
  private async resumeSelections(): Promise<void> {
    const stalled = await this.reads.stalledSelections(this.config.queuePrefix, this.config.recovery.graceMs);
    for (const initiation of stalled) {
      try {
        // In the background: the rest of a large selection must not hold up this sweep.
        this.streamed.resume(initiation, await this.planner.replan(initiation));
      } catch (error) {
        // Its campaign or filters no longer stand: what was written is what it has.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(
          { initiationId: initiation.id, organizationId: initiation.organizationId, reason: error.message },
          'Selection could not be resumed; its written batches are sent',
        );
        await this.streamed.abandon(initiation);
      }
    }
  }

  private async finishEnded(): Promise<void> {
    const ended = await this.reads.endedButLive(this.config.queuePrefix, this.config.recovery.graceMs);
    for (const { id, channel } of ended) await this.dispatcher.finishIfDone(id, channel);
    if (ended.length > 0) {
      this.logger.warn(
        { initiations: ended.length, initiationIds: ended.slice(0, 20).map((e) => e.id) },
        'Ended initiations whose final status was not written',
      );
    }
  }

  private async requeueLost(): Promise<number> {
    const initiations = await this.reads.live(this.config.queuePrefix, this.config.recovery.graceMs);
    let requeued = 0;
    const requeuedBatches: Array<{ initiationId: string; organizationId: string; batch: number }> = [];
    let checked = 0;
    for (const initiation of initiations) {
      if (checked >= MAX_BATCHES_PER_SWEEP) break;
      const open = await this.reads.openBatches(initiation.id);
      const released = initiation.releasedUpTo;
      const batches = (released === undefined ? open : open.filter((b) => b <= released)).slice(
        0,
        MAX_BATCHES_PER_SWEEP - checked,
      );
      checked += batches.length;
      const queue = this.queues.queue(initiation.channel);
      for (let i = 0; i < batches.length; i += REDIS_CHECKS_AT_ONCE) {
        const lost = await Promise.all(
          batches.slice(i, i + REDIS_CHECKS_AT_ONCE).map(async (batch) => {
            const job = await queue.getJob(dispatchJobId(initiation.id, batch));
            if (job) {
              const state = await job.getState();
              if (state !== 'failed' && state !== 'completed') return undefined;
              await job.remove();
            }
            return batch;
          }),
        );
        for (const batch of lost) {
          // A job that completed (and was removed) since the batches were read left nothing open.
          if (batch === undefined || !(await this.reads.isOpen(initiation.id, batch))) continue;
          // A lost batch of a delayed wave keeps waiting for its window.
          await this.queues.enqueue(
            initiation.channel,
            { organizationId: initiation.organizationId, initiationId: initiation.id },
            [batch],
            (b) => batchDelay(initiation.schedule, b, this.clock.now()),
          );
          requeued += 1;
          if (requeuedBatches.length < 20) {
            requeuedBatches.push({ initiationId: initiation.id, organizationId: initiation.organizationId, batch });
          }
        }
      }
    }
    if (requeued > 0) this.logger.warn({ requeued, batches: requeuedBatches }, 'Re-enqueued batches that had no job');
    return requeued;
  }
}
