import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Channel, CHANNELS } from '../common/channel';
import { finalOutcomes } from '../initiations/outcomes/outcomes';
import type { ProviderTimers, RequestTimer } from '../providers/provider-timers';
import { QUEUE } from '../queues/queues';

type MetricChannel = Channel;
const OUTCOMES = ['completed', 'partial', 'failed', 'canceled'];
const ATTEMPT_STATUSES = ['initiated', 'failed', 'excluded', 'canceled'];
/** Bull reads these per queue at scrape time (the queue's own state, not a count kept here). */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'paused', 'completed', 'failed'] as const;
const QUEUE_READ_TIMEOUT_MS = 1000;
/** What became of the events of an inbound provider request (`rejected`: a 400 or 401). */
export const PROVIDER_EVENT_RESULTS = ['accepted', 'duplicate', 'unknown', 'rejected'] as const;
export type ProviderEventResult = (typeof PROVIDER_EVENT_RESULTS)[number];
/** What a webhook delivery try came to (`gone`: a 410, the endpoint disabled). */
export const WEBHOOK_DELIVERY_RESULTS = ['delivered', 'retrying', 'failed', 'gone'] as const;
export type WebhookDeliveryResult = (typeof WEBHOOK_DELIVERY_RESULTS)[number];

/**
 * The process's Prometheus metrics (one registry per app instance, so two apps in one process,
 * as in the tests, do not collide). Counters count what this process wrote: the worker that ends
 * an initiation counts it and its attempts; Prometheus sums the processes.
 */
@Injectable()
export class MetricsService implements ProviderTimers {
  readonly registry = new Registry();
  private readonly initiations = new Counter({
    name: 'outreach_initiations_total',
    help: 'Initiations that ended, by channel and outcome (completed, partial, failed, canceled)',
    labelNames: ['channel', 'outcome'],
    registers: [this.registry],
  });
  private readonly attempts = new Counter({
    name: 'outreach_attempts_total',
    help: 'Attempts of ended initiations, by channel and final status',
    labelNames: ['channel', 'status'],
    registers: [this.registry],
  });
  private readonly providerLatency = new Histogram({
    name: 'outreach_provider_request_duration_seconds',
    help: 'Duration of each request to a voice or SMS provider (a batch, or one Twilio message)',
    labelNames: ['channel', 'provider'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  private readonly outcomes = new Counter({
    name: 'outreach_attempt_outcomes_total',
    help: 'Final outcomes written (SPEC §9), by channel and outcome, counted by the process that wrote them',
    labelNames: ['channel', 'outcome'],
    registers: [this.registry],
  });
  private readonly providerEventsCounter = new Counter({
    name: 'outreach_provider_events_total',
    help: 'Provider events received (voice events, SMS receipts, Twilio callbacks, lookups), by channel and result',
    labelNames: ['channel', 'result'],
    registers: [this.registry],
  });

  private readonly webhookDeliveries = new Counter({
    name: 'outreach_webhook_deliveries_total',
    help: 'Webhook delivery tries (SPEC §10) by result: delivered, retrying (a failed try with another to come), failed (no more tries), gone (410, endpoint disabled)',
    labelNames: ['result'],
    registers: [this.registry],
  });

  constructor(
    @InjectQueue(QUEUE.calls) calls: Queue,
    @InjectQueue(QUEUE.sms) sms: Queue,
    @InjectQueue(QUEUE.webhooks) webhooks: Queue,
  ) {
    for (const result of WEBHOOK_DELIVERY_RESULTS) this.webhookDeliveries.inc({ result }, 0);
    for (const channel of CHANNELS) {
      for (const outcome of OUTCOMES) this.initiations.inc({ channel, outcome }, 0);
      for (const status of ATTEMPT_STATUSES) this.attempts.inc({ channel, status }, 0);
      for (const outcome of finalOutcomes(channel)) this.outcomes.inc({ channel, outcome }, 0);
      for (const result of PROVIDER_EVENT_RESULTS) this.providerEventsCounter.inc({ channel, result }, 0);
    }
    const queues = [calls, sms, webhooks];
    new Gauge({
      name: 'outreach_queue_jobs',
      help: 'Jobs in each Bull queue by state, read from Redis at scrape time',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const queue of queues) {
          const counts = await readCounts(queue);
          if (!counts) continue; // Redis unreachable: no sample rather than a failed scrape
          for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'outreach_' });
  }

  timer(channel: MetricChannel, provider: string): RequestTimer {
    const child = this.providerLatency.labels({ channel, provider });
    return (seconds) => child.observe(seconds);
  }

  /** Called once per initiation, by the process whose write ended it. */
  initiationEnded(channel: MetricChannel, outcome: string, attempts: Record<string, number>): void {
    this.initiations.inc({ channel, outcome });
    for (const [status, count] of Object.entries(attempts)) {
      if (count > 0) this.attempts.inc({ channel, status }, count);
    }
  }

  /** A final outcome written, once per attempt, by the process that wrote it. */
  outcomeWritten(channel: MetricChannel, outcome: string): void {
    this.outcomes.inc({ channel, outcome });
  }

  webhookDelivery(result: WebhookDeliveryResult): void {
    this.webhookDeliveries.inc({ result });
  }

  providerEvents(channel: MetricChannel, result: ProviderEventResult, count: number): void {
    if (count > 0) this.providerEventsCounter.inc({ channel, result }, count);
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

async function readCounts(queue: Queue): Promise<Record<string, number> | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), QUEUE_READ_TIMEOUT_MS);
    });
    return (await Promise.race([queue.getJobCounts(), timeout])) as Record<string, number> | undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
