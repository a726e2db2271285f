import type { Channel } from '../common/channel';

/** Told how long each request to the provider took, in seconds (the provider latency histogram). */
export type RequestTimer = (seconds: number) => void;

/** Times each request to a provider; supplied by the metrics module, absent where there is none. */
export interface ProviderTimers {
  timer(channel: Channel, provider: string): RequestTimer;
}
