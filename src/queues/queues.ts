import type { JobOptions } from 'bull';
import type { Channel } from '../common/channel';
import { batchKey } from '../common/ids';

/**
 * The typed job catalogue: queue names, job names and payload types in one place.
 * Payloads carry ids and a batch number (~100 bytes), never customer rows: the worker reads
 * those from the database, which stays the system of record.
 */
export const QUEUE = { calls: 'calls', sms: 'sms', webhooks: 'webhooks', followUps: 'follow-ups' } as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
/** The dispatch queues, one per channel. */
export const QUEUE_NAMES: QueueName[] = [QUEUE.calls, QUEUE.sms];
/** Every queue (Bull's registrations, Bull Board): the dispatch queues and `webhooks`. */
export const ALL_QUEUE_NAMES: QueueName[] = [...QUEUE_NAMES, QUEUE.webhooks, QUEUE.followUps];

export const DISPATCH_JOB = 'dispatch';

/** One batch of one initiation. The organization travels with it and is checked again in the worker. */
export interface DispatchJob {
  organizationId: string;
  initiationId: string;
  batch: number;
}

/** Each channel has a queue of its own, named after it. */
export const queueOf = (channel: Channel): QueueName => QUEUE[channel];

export const WEBHOOK_JOB = 'deliver';

/** One try of one webhook delivery; the worker reads the delivery and checks it is due. */
export interface WebhookJob {
  organizationId: string;
  deliveryId: string;
  /** Tries made before this one: a stale job (the try already made) is a no-op. */
  attempts: number;
}

/** A try enqueued by the sweep or after a failure, delayed until due; the id de-duplicates while queued. */
export function webhookJobOptions(job: WebhookJob, delayMs: number, by: 'due' | 'retry'): JobOptions {
  return {
    jobId: `${job.deliveryId}:${job.attempts}:${by}`,
    delay: Math.max(0, delayMs),
    attempts: 1,
    removeOnComplete: true,
    removeOnFail: 1000,
  };
}

export const FOLLOW_UP_JOB = 'due';

/**
 * Follow-ups of one initiation are due (SPEC §10): the worker batches every one due by then. Only
 * an optimisation: the follow-ups are in the database and the workers' sweep finds them anyway.
 */
export interface FollowUpJob {
  initiationId: string;
}

/** One job per initiation and due time (follow-ups due at the same instant share it). */
export function followUpJobOptions(initiationId: string, dueAt: Date, delayMs: number): JobOptions {
  return {
    jobId: `followup:${initiationId}:${dueAt.getTime()}`,
    delay: Math.max(0, delayMs),
    attempts: 3,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: true,
    removeOnFail: 1000,
  };
}

/** Deterministic: a batch enqueued twice while queued is one job. */
export const dispatchJobId = batchKey;

/** Job options in one table. Completed jobs are removed (their outcome is in the database). */
export function dispatchJobOptions(
  initiationId: string,
  batch: number,
  attempts: number,
  backoffMs: number,
): JobOptions {
  return {
    jobId: dispatchJobId(initiationId, batch),
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: true,
    removeOnFail: 1000,
  };
}
