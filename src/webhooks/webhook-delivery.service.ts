import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { Clock, SystemClock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InitiationQueriesService } from '../initiations/report/initiation-queries.service';
import { MetricsService } from '../operations/metrics.service';
import { QUEUE, WEBHOOK_JOB, WebhookJob, webhookJobOptions } from '../queues/queues';
import { DeliveryTry, WebhookStore } from './persistence/webhook.store';
import type { WebhookDelivery } from './webhook-delivery.entity';
import { FAILING_DISABLE_MS } from './webhook-events';
import { sendSigned, TryResult } from './webhook.sender';

/** Deliveries enqueued per sweep at most (the rest at the next). */
const SWEEP_LIMIT = 500;
const LAST_ERROR_MAX = 500;

export type TryOutcome = 'delivered' | 'retrying' | 'failed' | 'skipped';

/**
 * Delivers the outbox (SPEC §10): one try of one delivery at a time, claimed in the database
 * (a repeated or stale job tries nothing), signed with the endpoint's secret(s), its result
 * written with the next try's time from WEBHOOK_RETRY_SCHEDULE_S. The database is the truth:
 * `sweep` enqueues every pending delivery that is due (a new event's first try, a retry whose
 * delayed job Redis lost), and a try's time is decided by the injected clock.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  /** `webhook-timestamp` is checked by receivers against their own clock: it is the wall clock's. */
  private readonly wall = new SystemClock();

  constructor(
    private readonly store: WebhookStore,
    private readonly initiations: InitiationQueriesService,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUE.webhooks) private readonly queue: Queue<WebhookJob>,
  ) {}

  /** Enqueues a try of every delivery due now (at the injected clock). Returns how many. */
  async sweep(): Promise<number> {
    const due = await this.store.due(this.clock.now(), SWEEP_LIMIT);
    for (const d of due) {
      const job: WebhookJob = { organizationId: d.organizationId, deliveryId: d.id, attempts: d.attempts };
      await this.queue.add(WEBHOOK_JOB, job, webhookJobOptions(job, 0, 'due'));
    }
    return due.length;
  }

  /** A job's try: only if the delivery is still pending, due and at that try. */
  async tryScheduled(job: WebhookJob): Promise<TryOutcome> {
    const now = this.clock.now();
    const claimed = await this.store.claim(
      job.deliveryId,
      job.organizationId,
      { attempts: job.attempts },
      now,
      this.leaseUntil(now),
    );
    if (!claimed) return 'skipped';
    return this.attempt(claimed, true);
  }

  /** One more try now, whatever the delivery's status (the redeliver route). Null: a try is in flight. */
  async redeliver(organizationId: string, deliveryId: string): Promise<TryOutcome | null> {
    const now = this.clock.now();
    const claimed = await this.store.claim(deliveryId, organizationId, 'any', now, this.leaseUntil(now));
    if (!claimed) return null;
    return this.attempt(claimed, claimed.delivery.status === 'pending');
  }

  private leaseUntil(now: Date): Date {
    return new Date(now.getTime() + this.config.webhooks.timeoutMs + 60_000);
  }

  private async attempt({ delivery, endpoint }: DeliveryTry, scheduled: boolean): Promise<TryOutcome> {
    let result: TryResult;
    try {
      const body = delivery.body ?? (await this.store.freezeBody(delivery.id, await this.buildBody(delivery)));
      const now = this.clock.now();
      const secrets = [endpoint.secret];
      if (endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now) {
        secrets.push(endpoint.previousSecret);
      }
      result = await sendSigned(
        { url: endpoint.url, messageId: delivery.messageId, signedAt: this.wall.now(), body, secrets },
        this.config.webhooks.timeoutMs,
        this.config.webhooks.allowPrivateUrls,
      );
    } catch (error) {
      await this.store.releaseLease(delivery.id);
      throw error;
    }
    const now = this.clock.now();
    const ok = result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;
    const tries = delivery.attempts + 1;
    const schedule = this.config.webhooks.retryScheduleS;
    let status = delivery.status;
    let nextAttemptAt: Date | null = delivery.status === 'pending' ? delivery.nextAttemptAt : null;
    if (ok) {
      status = 'delivered';
      nextAttemptAt = null;
    } else if (scheduled && delivery.status === 'pending') {
      if (tries > schedule.length) {
        status = 'failed';
        nextAttemptAt = null;
      } else {
        nextAttemptAt = new Date(now.getTime() + schedule[tries - 1] * 1000);
      }
    }
    const gone = result.statusCode === 410;
    const failingFor = endpoint.failingSince ? now.getTime() - endpoint.failingSince.getTime() : 0;
    const disableReason = ok
      ? undefined
      : gone
        ? 'The endpoint answered 410 Gone'
        : failingFor >= FAILING_DISABLE_MS
          ? 'Every delivery failed for 5 days'
          : undefined;
    const error = ok ? null : (result.error ?? `HTTP ${result.statusCode ?? 'error'}`).slice(0, LAST_ERROR_MAX);
    await this.store.recordTry(
      delivery,
      {
        status,
        statusCode: result.statusCode ?? null,
        error,
        nextAttemptAt,
        deliveredAt: ok ? now : null,
      },
      { ok, disableReason, failingSinceIfNone: now },
    );
    const outcome: TryOutcome = ok ? 'delivered' : status === 'failed' ? 'failed' : 'retrying';
    this.metrics.webhookDelivery(gone ? 'gone' : outcome === 'retrying' && !scheduled ? 'failed' : outcome);
    if (!ok) {
      this.logger.warn(
        {
          deliveryId: delivery.id,
          messageId: delivery.messageId,
          endpointId: endpoint.id,
          organizationId: delivery.organizationId,
          attempt: tries,
          statusCode: result.statusCode,
          error,
          nextAttemptAt,
          disabled: disableReason,
        },
        status === 'failed' ? 'Webhook delivery failed for good' : 'Webhook delivery failed; will retry',
      );
    }
    if (status === 'pending' && nextAttemptAt && !disableReason) {
      const job: WebhookJob = { organizationId: delivery.organizationId, deliveryId: delivery.id, attempts: tries };
      // Best effort: a lost delayed job is the sweep's to find once it is due.
      await this.queue
        .add(WEBHOOK_JOB, job, webhookJobOptions(job, nextAttemptAt.getTime() - now.getTime(), 'retry'))
        .catch((err: unknown) => this.logger.warn({ err, deliveryId: delivery.id }, 'Webhook retry not enqueued'));
    }
    return outcome;
  }

  /** The body `{type, timestamp, data}` from the event's seed and what the database holds now. */
  private async buildBody(delivery: WebhookDelivery): Promise<string> {
    const seed = JSON.parse(delivery.seed) as Record<string, unknown>;
    let data: Record<string, unknown>;
    if (delivery.type === 'attempt.outcome') {
      const item = await this.initiations.attemptItem(delivery.organizationId, String(seed.attemptRowId));
      data = { ...item, initiationId: seed.initiationId, sequence: seed.sequence };
    } else if (delivery.type === 'initiation.completed') {
      const report = await this.initiations.status(delivery.organizationId, String(seed.initiationId));
      data = { initiationId: seed.initiationId, status: seed.status, results: report.results };
    } else {
      data = seed;
    }
    return JSON.stringify({ type: delivery.type, timestamp: delivery.createdAt.toISOString(), data });
  }
}
