import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { dispatchJobId } from '../queues/queues';
import { OPEN_STATUSES } from './attempt.entity';
import { Clock } from '../common/clock';
import { BatchDispatcher } from './batch-dispatcher';
import { batchDelay, DispatchQueue } from './dispatch.queue';
import type { Channel, ScheduleWave } from './initiation.entity';

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
    const rows = await this.dataSource.query<
      Array<{
        initiation_id: string;
        organization_id: string;
        channel: Channel;
        schedule: string | null;
        batch: number;
      }>
    >(
      'SELECT DISTINCT a.initiation_id, i.organization_id, i.channel, i.schedule, a.batch FROM initiations i ' +
        `JOIN attempts a ON a.initiation_id = i.id AND a.status IN ${OPEN_STATUSES} ` +
        "WHERE i.status IN ('queued', 'running', 'scheduled') AND i.queue_prefix = ? AND i.created_at < NOW(3) - INTERVAL ? MICROSECOND " +
        // Delayed waves last: their many waiting batches must not crowd out a lost batch due now.
        "ORDER BY i.status = 'scheduled', a.initiation_id, a.batch LIMIT 10000",
      [this.config.queuePrefix, this.config.recovery.graceMs * 1000],
    );
    let requeued = 0;
    for (const row of rows) {
      const queue = this.queues.queue(row.channel);
      const job = await queue.getJob(dispatchJobId(row.initiation_id, Number(row.batch)));
      if (job) {
        const state = await job.getState();
        if (state !== 'failed' && state !== 'completed') continue;
        await job.remove();
      }
      // A lost batch of a delayed wave keeps waiting for its window.
      const schedule = row.schedule === null ? null : (JSON.parse(row.schedule) as ScheduleWave[]);
      await this.queues.enqueue(
        row.channel,
        { organizationId: row.organization_id, initiationId: row.initiation_id },
        [Number(row.batch)],
        (batch) => batchDelay(schedule, batch, this.clock.now()),
      );
      requeued += 1;
    }
    if (requeued > 0) this.logger.warn({ requeued }, 'Re-enqueued batches that had no job');
    return requeued;
  }
}
