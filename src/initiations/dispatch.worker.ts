import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bull';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DISPATCH_JOB, DispatchJob } from '../queues/queues';
import { BatchDispatcher, BatchResult, UnrecoverableJobError } from './batch-dispatcher';
import { DispatchQueue } from './dispatch.queue';
import { CHANNELS } from './initiation.entity';

/**
 * Runs the `calls` and `sms` processors in worker processes, DISPATCH_CONCURRENCY batches at a
 * time per channel. Registered here rather than with @Process so the concurrency comes from the
 * validated config, not from an import-time constant.
 */
@Injectable()
export class DispatchWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(DispatchWorker.name);

  constructor(
    private readonly queues: DispatchQueue,
    private readonly dispatcher: BatchDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const channel of CHANNELS) {
      this.queues
        .queue(channel)
        .process(DISPATCH_JOB, this.config.dispatch.concurrency, (job: Job<DispatchJob>) => this.handle(job))
        .catch((error: unknown) => this.logger.error({ err: error, channel }, 'Processor stopped'));
    }
  }

  private async handle(job: Job<DispatchJob>): Promise<BatchResult> {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.dispatcher.dispatch(job.data, lastTry);
    } catch (error) {
      if (error instanceof UnrecoverableJobError) await job.discard();
      throw error;
    }
  }
}
