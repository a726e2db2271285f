import type { Job, Queue } from 'bull';

/** Bound on waiting for a promoted job's processor (it runs in the test's own app). */
const RUN_TIMEOUT_MS = 15_000;

/**
 * Promotes a delayed job and answers what its run returned (rejects with its failure).
 *
 * Not `job.finished()`: the queues remove completed jobs, so a job that completes before
 * `finished()` has subscribed is gone from Redis and never reported — a wait without end. The
 * app under test runs the processors on this same Queue instance, so its local events are heard
 * here; the listener is attached before the promotion.
 */
export function promoteAndRun(queue: Queue, job: Job): Promise<unknown> {
  const id = String(job.id);
  return new Promise<unknown>((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      queue.removeListener('completed', onCompleted);
      queue.removeListener('failed', onFailed);
      fn();
    };
    const onCompleted = (j: Job, result: unknown) => {
      if (String(j.id) === id) done(() => resolve(result));
    };
    const onFailed = (j: Job, error: Error) => {
      if (String(j.id) === id) done(() => reject(error));
    };
    const timer = setTimeout(
      () => done(() => reject(new Error(`Job ${id} did not run within ${RUN_TIMEOUT_MS} ms`))),
      RUN_TIMEOUT_MS,
    );
    queue.on('completed', onCompleted);
    queue.on('failed', onFailed);
    job.promote().catch((error: Error) => done(() => reject(error)));
  });
}
