import { REASON_MAX, REF_MAX } from '../initiations/attempt.entity';
import type { AttemptOutcome } from '../initiations/channel.port';

export function acceptedOutcome(attemptId: string, providerRef: unknown): AttemptOutcome {
  const outcome: AttemptOutcome = { attemptId, accepted: true };
  if (typeof providerRef === 'string' && providerRef !== '') outcome.providerRef = providerRef.slice(0, REF_MAX);
  return outcome;
}

export function rejectedOutcome(attemptId: string, reason: string): AttemptOutcome {
  return { attemptId, accepted: false, reason: reason.slice(0, REASON_MAX) };
}

/** A provider's own words when it gave any, else our fallback. */
export function reasonOr(given: unknown, fallback: string): string {
  return typeof given === 'string' && given.trim() !== '' ? given.trim() : fallback;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
