/**
 * The typed job catalogue: queue names, job names and payload types in one place.
 * Payloads carry ids and a batch number (~100 bytes), never customer rows: the worker reads
 * those from the database, which stays the system of record.
 */
export const QUEUE = { calls: 'calls', sms: 'sms' } as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
export const QUEUE_NAMES: QueueName[] = [QUEUE.calls, QUEUE.sms];
