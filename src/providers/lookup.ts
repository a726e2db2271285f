import { HttpTimeoutError, HttpUnreachableError, httpGet } from './http-json';
import { isRecord } from './outcome';
import type { RequestTimer } from './provider-timers';

/** What a provider's status lookup (one GET) said, before the channel reads the body. */
export type LookupReply =
  { kind: 'found'; body: Record<string, unknown> } | { kind: 'unknown' } | { kind: 'unavailable'; reason: string };

export interface LookupRequest {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Leads every reason: "Workflow runner timeout", "Twilio error: HTTP 503". */
  label: string;
  timer?: RequestTimer;
}

/**
 * One status lookup of the outcome sweep (SPEC §9): 2xx with a JSON object → found, 404 → the
 * provider does not know it, anything else (5xx, 4xx, no answer in time, an unreadable answer) →
 * unavailable, asked again at the next sweep. Never throws for the provider's failures.
 */
export async function lookup(request: LookupRequest): Promise<LookupReply> {
  let answer;
  try {
    answer = await httpGet({
      url: request.url,
      headers: request.headers,
      timeoutMs: request.timeoutMs,
      timer: request.timer,
    });
  } catch (error) {
    if (error instanceof HttpTimeoutError) return { kind: 'unavailable', reason: `${request.label} timeout` };
    if (error instanceof HttpUnreachableError) return { kind: 'unavailable', reason: `${request.label} unreachable` };
    throw error;
  }
  if (answer.status === 404) return { kind: 'unknown' };
  if (answer.status < 200 || answer.status > 299) {
    return { kind: 'unavailable', reason: `${request.label} error: HTTP ${answer.status}` };
  }
  if (!isRecord(answer.body)) return { kind: 'unavailable', reason: `${request.label} error: invalid response` };
  return { kind: 'found', body: answer.body };
}

/** An ISO 8601 (or RFC 2822, Twilio's) time, or undefined when there is none or it is not one. */
export function parseTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
