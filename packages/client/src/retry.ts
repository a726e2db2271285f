import { parseRetryAfter } from './errors';

export interface RetryOptions {
  /** Retries after the first try (default 3; 0 = none). */
  retries?: number;
  /** Statuses retried (default 429 and 503). */
  statuses?: number[];
  /** Wait before the first retry when the answer has no Retry-After, doubled each time (default 500 ms). */
  baseDelayMs?: number;
  /** The longest wait: an answer asking for more (Retry-After) is not retried but thrown (default 60 s, the API's rate-limit window). */
  maxDelayMs?: number;
}

export type Fetch = (request: Request) => Promise<Response>;
export type Sleep = (ms: number) => Promise<void>;

export const defaultSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fetch that answers a 429 or 503 by waiting (`Retry-After` when the answer has one, else
 * exponential backoff) and sending the same request again, a bounded number of times; the last
 * answer is returned as it is. The request is re-sent unchanged, headers included, so a retried
 * initiation carries the same Idempotency-Key.
 */
export function retryingFetch(base: Fetch, options: RetryOptions = {}, sleep: Sleep = defaultSleep): Fetch {
  const retries = Math.max(0, options.retries ?? 3);
  const statuses = new Set(options.statuses ?? [429, 503]);
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retries;
      // A body can be read once: every try but the last sends a copy.
      const response = await base(last ? request : request.clone());
      if (last || !statuses.has(response.status)) return response;
      const wait =
        parseRetryAfter(response.headers.get('retry-after')) ?? Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
      if (wait > maxDelayMs) return response;
      await response.body?.cancel().catch(() => undefined);
      await sleep(wait);
    }
  };
}
