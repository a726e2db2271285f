import { REASON_MAX } from '../../initiations/attempt.entity';
import { SMS_OUTCOMES } from '../../initiations/outcomes/outcomes';
import type { ProviderEvent } from '../../initiations/outcomes/provider-event';
import { FieldReader, readInboundList } from '../../providers/inbound-events';

const ERROR_CODE_MAX = 64;

/**
 * `{receipts: [...]}` of POST /providers/sms/receipts (SPEC §9), each receipt checked field by
 * field. Unknown properties are ignored (gateways add fields) and kept in the event's payload; any
 * missing or invalid required field throws the 400 naming its index.
 */
export function readSmsReceipts(body: unknown): ProviderEvent[] {
  return readInboundList(body, 'receipts', readSmsReceipt);
}

function readSmsReceipt(f: FieldReader): ProviderEvent | undefined {
  const attemptId = f.required('attemptId', (k) => f.id(k));
  const messageId = f.ref('messageId');
  const status = f.required('status', (k) => f.oneOf(k, SMS_OUTCOMES));
  const at = f.required('at', (k) => f.timestamp(k));
  const errorCode = f.code('errorCode', ERROR_CODE_MAX);
  const reason = f.string('reason', REASON_MAX);
  if (attemptId === undefined || status === undefined || at === undefined) return undefined;

  const event: ProviderEvent = { attemptId, event: status, at, payload: f.item };
  if (messageId !== undefined) event.providerRef = messageId;
  const why = receiptReason(reason, errorCode);
  if (why !== undefined) event.reason = why;
  return event;
}

/** `outcomeReason`: the gateway's words, with its error code when it gave one. */
export function receiptReason(reason: string | undefined, errorCode: string | undefined): string | undefined {
  const text = reason?.trim();
  if (text && errorCode) return `${text} (error ${errorCode})`.slice(0, REASON_MAX);
  if (text) return text;
  return errorCode ? `Error ${errorCode}` : undefined;
}
