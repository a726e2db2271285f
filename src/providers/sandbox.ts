import type { RequestTimer } from './provider-timers';

/** Enough to inspect a local trial, bounded so a long-running process does not grow. */
const KEEP_BATCHES = 1000;

/** Times a sandbox's "request" (taking the batch), so the latency histogram shows it too. */
export function timed<T>(timer: RequestTimer | undefined, work: () => T): T {
  const started = process.hrtime.bigint();
  try {
    return work();
  } finally {
    timer?.(Number(process.hrtime.bigint() - started) / 1e9);
  }
}

/** Keeps the last KEEP_BATCHES batches, oldest first. */
export function remember<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > KEEP_BATCHES) list.splice(0, list.length - KEEP_BATCHES);
}
