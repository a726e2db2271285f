import type { Channel } from '../../common/channel';

/**
 * SPEC §9: what happened after an attempt was handed to its provider. `null` until a provider
 * reports; `pending` in counts. Outcomes move only forward: rank 1 < rank 2 < final (3); the first
 * final outcome is written once.
 */
export const CALL_OUTCOMES = [
  'ringing',
  'in_progress',
  'completed',
  'no_answer',
  'busy',
  'voicemail',
  'failed',
  'canceled',
  'expired',
] as const;
export const SMS_OUTCOMES = ['sent', 'delivered', 'undelivered', 'failed', 'expired'] as const;

export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export type SmsOutcome = (typeof SMS_OUTCOMES)[number];
export type Outcome = CallOutcome | SmsOutcome;

export const OUTCOMES_OF: Record<Channel, readonly Outcome[]> = { calls: CALL_OUTCOMES, sms: SMS_OUTCOMES };

const NOT_FINAL: Record<string, number> = { ringing: 1, sent: 1, in_progress: 2 };
/** The outcomes that are not final, of either channel. */
export const NOT_FINAL_OUTCOMES = Object.keys(NOT_FINAL) as Outcome[];
export const FINAL_RANK = 3;

/** 1 `ringing`/`sent`, 2 `in_progress`, 3 any final outcome. */
export function outcomeRank(outcome: Outcome): number {
  return NOT_FINAL[outcome] ?? FINAL_RANK;
}

export function isFinal(outcome: Outcome): boolean {
  return outcomeRank(outcome) === FINAL_RANK;
}

/** The final outcomes of a channel, in declaration order (the keys of `outcomes` counts). */
export function finalOutcomes(channel: Channel): Outcome[] {
  return OUTCOMES_OF[channel].filter(isFinal);
}

/** Hand-over + this long, the outcome sweep looks at an attempt still without a final outcome. */
export function outcomeTimeoutS(
  config: { outcomes: { callTimeoutS: number; smsTimeoutS: number } },
  channel: Channel,
): number {
  return channel === 'calls' ? config.outcomes.callTimeoutS : config.outcomes.smsTimeoutS;
}

/** What the sweep writes when no provider answered in time. */
export const EXPIRED_REASON = 'No outcome from provider';

/** TimePay's status labels for logs (SPEC §9). */
export type TimePayStatus = 'Contacted' | 'No Contact' | 'Failed' | 'Pending';
export const TIMEPAY_STATUSES: readonly TimePayStatus[] = ['Contacted', 'No Contact', 'Failed', 'Pending'];
const LABELS: Record<string, TimePayStatus> = {
  completed: 'Contacted',
  delivered: 'Contacted',
  no_answer: 'No Contact',
  busy: 'No Contact',
  voicemail: 'No Contact',
  canceled: 'No Contact',
  failed: 'Failed',
  expired: 'Failed',
  undelivered: 'Failed',
};

export function timePayStatus(outcome: Outcome | null): TimePayStatus {
  return (outcome && LABELS[outcome]) || 'Pending';
}

/** The final outcomes a TimePay label stands for (`Pending`: none, i.e. no final outcome yet). */
export function outcomesLabelled(label: TimePayStatus): Outcome[] {
  return Object.entries(LABELS)
    .filter(([, l]) => l === label)
    .map(([o]) => o as Outcome);
}
