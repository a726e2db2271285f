import type { LookupAnswer } from '../../initiations/channel.port';
import type { SmsOutcome } from '../../initiations/outcomes/outcomes';
import { lookup, parseTime } from '../../providers/lookup';
import type { RequestTimer } from '../../providers/provider-timers';

/** Twilio's message statuses that are SMS outcomes (SPEC §9); the rest (queued, accepted, sending…) say nothing yet. */
const OUTCOME_OF: Readonly<Record<string, SmsOutcome>> = {
  sent: 'sent',
  delivered: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
};

export interface TwilioLookup {
  /** `…/2010-04-01/Accounts/{sid}` */
  accountUrl: string;
  authorization: string;
  timeoutMs: number;
  timer?: RequestTimer;
}

/**
 * The outcome sweep's lookup of one message: `GET …/Messages/{MessageSid}.json` (Basic auth).
 * `delivered`, `undelivered`, `failed` are final, `sent` is not; a status that is no SMS outcome
 * (`queued`, `sending`…) and a 404 are unknown; 5xx, 4xx and no answer are unavailable. `at` is
 * Twilio's `date_updated` (the sweep's time when it has none).
 */
export async function lookupTwilioMessage(
  target: TwilioLookup,
  attemptId: string,
  messageSid: string,
  now: Date,
): Promise<LookupAnswer> {
  const reply = await lookup({
    url: `${target.accountUrl}/Messages/${encodeURIComponent(messageSid)}.json`,
    headers: { Authorization: target.authorization },
    timeoutMs: target.timeoutMs,
    label: 'Twilio',
    timer: target.timer,
  });
  if (reply.kind !== 'found') return reply;
  const { body } = reply;
  const event = typeof body.status === 'string' ? OUTCOME_OF[body.status] : undefined;
  if (!event) return { kind: 'unknown' };
  const reason = failureReason(body);
  return {
    kind: 'event',
    event: {
      attemptId,
      providerRef: messageSid,
      event,
      at: parseTime(body.date_updated) ?? now,
      ...(event === 'failed' || event === 'undelivered' ? { reason } : {}),
      payload: { status: body.status, error_code: body.error_code ?? null, error_message: body.error_message ?? null },
    },
  };
}

function failureReason(body: Record<string, unknown>): string {
  if (typeof body.error_message === 'string' && body.error_message.trim() !== '') return body.error_message.trim();
  if (typeof body.error_code === 'number' || typeof body.error_code === 'string') {
    return `Twilio error ${String(body.error_code)}`;
  }
  return `Twilio: ${String(body.status)}`;
}
