import { InjectQueue } from '@nestjs/bull';
import { IntervalTask } from '../common/interval-task';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { QUEUE, WEBHOOK_JOB, WebhookJob } from '../queues/queues';
import { WebhookDeliveryService } from './webhook-delivery.service';

/** Tries in flight per worker process. */
const CONCURRENCY = 10;

/**
 * Worker processes only: runs the `webhooks` queue (one job per try) and, every
 * WEBHOOK_SWEEP_INTERVAL_MS, the sweep that enqueues what the database says is due: a new
 * event's first try, and any retry whose delayed job Redis lost.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookWorker.name);
  private readonly ticker = new IntervalTask(
    () => this.deliveries.sweep(),
    (error: unknown) => this.logger.warn({ err: error }, 'Webhook sweep failed; will try again'),
  );

  constructor(
    private readonly deliveries: WebhookDeliveryService,
    @InjectQueue(QUEUE.webhooks) private readonly queue: Queue<WebhookJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.queue
      .process(WEBHOOK_JOB, CONCURRENCY, (job: Job<WebhookJob>) => this.deliveries.tryScheduled(job.data))
      .catch((error: unknown) => this.logger.error({ err: error }, 'Webhook processor stopped'));
    this.ticker.start(this.config.webhooks.sweepIntervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
  }
}
