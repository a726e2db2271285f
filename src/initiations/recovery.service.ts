import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { dispatchJobId } from '../queues/queues';
import { openBatches } from './attempt-counts';
import { OPEN_STATUSES } from './attempt.entity';
import { Clock } from '../common/clock';
import { BatchDispatcher } from './batch-dispatcher';
import { batchDelay, DispatchQueue } from './dispatch.queue';
import type { Channel, ScheduleWave } from './initiation.entity';

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
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: DispatchQueue,
    private readonly clock: Clock,
    private readonly dispatcher: BatchDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'Recovery sweep failed; will try again');
          return 0;
        })
        .finally(() => {
          this.running = undefined;
        });
    }, this.config.recovery.intervalMs);
    this.timer.unref();
  }

  /** Before the database and queues close: a sweep in progress finishes against them. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Re-enqueues lost batches and ends initiations with nothing left to send; returns how many batches. */
  async sweep(): Promise<number> {
    await this.finishEnded();
    return this.requeueLost();
  }

  private async finishEnded(): Promise<void> {
    const ended = await this.dataSource.query<Array<{ id: string; channel: Channel }>>(
      "SELECT i.id, i.channel FROM initiations i WHERE i.status IN ('queued', 'running', 'scheduled') AND i.queue_prefix = ? " +
        'AND i.created_at < NOW(3) - INTERVAL ? MICROSECOND ' +
        `AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.initiation_id = i.id AND a.status IN ${OPEN_STATUSES}) LIMIT 1000`,
      [this.config.queuePrefix, this.config.recovery.graceMs * 1000],
    );
    for (const { id, channel } of ended) await this.dispatcher.finishIfDone(id, channel);
    if (ended.length > 0)
      this.logger.warn({ initiations: ended.length }, 'Ended initiations whose final status was not written');
  }

  private async requeueLost(): Promise<number> {
    const initiations = await this.dataSource.query<
      Array<{ id: string; organization_id: string; channel: Channel; schedule: string | null }>
    >(
      "SELECT id, organization_id, channel, schedule FROM initiations WHERE status IN ('queued', 'running', 'scheduled') " +
        'AND queue_prefix = ? AND created_at < NOW(3) - INTERVAL ? MICROSECOND ' +
        // Delayed waves last: their many waiting batches must not crowd out a lost batch due now.
        "ORDER BY status = 'scheduled', id LIMIT 1000",
      [this.config.queuePrefix, this.config.recovery.graceMs * 1000],
    );
    let requeued = 0;
    let checked = 0;
    for (const initiation of initiations) {
      if (checked >= MAX_BATCHES_PER_SWEEP) break;
      const batches = (await openBatches(this.dataSource, initiation.id)).slice(0, MAX_BATCHES_PER_SWEEP - checked);
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
          if (batch === undefined || !(await this.isOpen(initiation.id, batch))) continue;
          // A lost batch of a delayed wave keeps waiting for its window.
          const schedule = initiation.schedule === null ? null : (JSON.parse(initiation.schedule) as ScheduleWave[]);
          await this.queues.enqueue(
            initiation.channel,
            { organizationId: initiation.organization_id, initiationId: initiation.id },
            [batch],
            (b) => batchDelay(schedule, b, this.clock.now()),
          );
          requeued += 1;
        }
      }
    }
    if (requeued > 0) this.logger.warn({ requeued }, 'Re-enqueued batches that had no job');
    return requeued;
  }

  private async isOpen(initiationId: string, batch: number): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM attempts WHERE initiation_id = ? AND batch = ? AND status IN ${OPEN_STATUSES} LIMIT 1`,
      [initiationId, batch],
    );
    return rows.length > 0;
  }
}
