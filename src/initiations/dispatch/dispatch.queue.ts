import { getQueueToken } from '@nestjs/bull';
import { Inject, Injectable, Logger, Provider } from '@nestjs/common';
import type { Queue } from 'bull';
import type { Channel } from '../../common/channel';
import { withDeadline } from '../../common/deadline';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DISPATCH_JOB, DispatchJob, dispatchJobOptions, QUEUE_NAMES, queueOf } from '../../queues/queues';
import type { ScheduleWave } from '../initiation.entity';

/** Every dispatch queue of the job catalogue (one per channel). */
const DISPATCH_QUEUES = Symbol('DISPATCH_QUEUES');
export const dispatchQueuesProvider: Provider = {
  provide: DISPATCH_QUEUES,
  useFactory: (...queues: Queue<DispatchJob>[]) => queues,
  inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
};

/** How long a batch still waits for its wave's window to open (0: now). */
export function batchDelay(schedule: ScheduleWave[] | null, batch: number, now: Date): number {
  const wave = schedule?.find((w) => batch >= w.from && batch <= w.to);
  return wave ? Math.max(0, new Date(wave.at).getTime() - now.getTime()) : 0;
}

/**
 * While Redis is down ioredis holds commands for ~10 s of reconnects before failing them; a
 * request must not wait for that. The batches are in the database either way: if the add did not
 * finish in time, the workers' recovery sweep enqueues them (the job ids make a late add a no-op).
 */
const ENQUEUE_DEADLINE_MS = 3000;

/** The one producer of dispatch jobs. */
@Injectable()
export class DispatchQueue {
  private readonly logger = new Logger(DispatchQueue.name);
  private readonly byName: Map<string, Queue<DispatchJob>>;

  constructor(
    @Inject(DISPATCH_QUEUES) queues: Queue<DispatchJob>[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.byName = new Map(queues.map((q) => [q.name, q]));
    // Bull reports Redis trouble (a restart, a connection closed while the app shuts down) as
    // 'error' events; without a listener an EventEmitter throws them as uncaught exceptions.
    for (const queue of queues) {
      queue.on('error', (error: Error) => this.logger.warn({ err: error, queue: queue.name }, 'Bull queue error'));
    }
  }

  queue(channel: Channel): Queue<DispatchJob> {
    const queue = this.byName.get(queueOf(channel));
    if (!queue) throw new Error(`No queue for ${channel}`);
    return queue;
  }

  /** One job per batch, added in bulk; a batch of a scheduled wave is a delayed job. */
  async enqueue(
    channel: Channel,
    job: Omit<DispatchJob, 'batch'>,
    batches: number[],
    delayOf: (batch: number) => number = () => 0,
  ): Promise<void> {
    const { attempts, backoffMs } = this.config.dispatch;
    const adding = this.queue(channel).addBulk(
      batches.map((batch) => {
        const delay = delayOf(batch);
        const opts = dispatchJobOptions(job.initiationId, batch, attempts, backoffMs);
        return { name: DISPATCH_JOB, data: { ...job, batch }, opts: delay > 0 ? { ...opts, delay } : opts };
      }),
    );
    await withDeadline(adding, ENQUEUE_DEADLINE_MS, 'Enqueueing batches');
  }
}
