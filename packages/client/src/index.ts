export {
  FINAL_INITIATION_STATUSES,
  initiationIdOf,
  isFinalStatus,
  OutreachClient,
  type InitiateOptions,
  type OutreachClientOptions,
  type WaitOptions,
} from './client';
export { OutreachApiError, OutreachTimeoutError, parseRetryAfter, type ErrorEnvelope } from './errors';
export { retryingFetch, type Fetch, type RetryOptions, type Sleep } from './retry';
export type * from './types';
