import { Clock } from '../../common/clock';
import { validationFailed } from '../../common/errors';
import { REASON_MAX } from '../../initiations/attempt.entity';
import type { SmsOutcome } from '../../initiations/outcomes/outcomes';
import type { ProviderEvent } from '../../initiations/outcomes/provider-event';
import type { InboundRoute } from '../../providers/inbound-guard';
import { formParams, FormParams, TWILIO_SIGNATURE_HEADER, validTwilioSignature } from '../providers/twilio-signature';

export { TWILIO_STATUS_PATH } from '../providers/twilio-signature';

/** Twilio's MessageStatus values that are outcomes; the others (queued, sending, accepted, read …) are acknowledged and ignored. */
const OUTCOME_OF: Record<string, SmsOutcome> = {
  sent: 'sent',
  delivered: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
};

/**
 * Authentic when X-Twilio-Signature signs PUBLIC_BASE_URL + the path and query Twilio called, and
 * the form parameters. Without TWILIO_AUTH_TOKEN or PUBLIC_BASE_URL the route does not exist
 * (404): no message was sent with a callback, and the URL Twilio signs could not be rebuilt.
 */
export const twilioStatusRoute: InboundRoute = {
  channel: 'sms',
  check(config, req) {
    const token = config.twilio.authToken;
    const base = config.publicBaseUrl;
    if (!token || !base) return { status: 404 };
    const url = `${base}${req.originalUrl}`;
    if (validTwilioSignature(token, req.headers[TWILIO_SIGNATURE_HEADER], url, formParams(req.rawBody)))
      return undefined;
    return { status: 401, message: 'X-Twilio-Signature is missing or does not sign this request' };
  },
  presents: (req) => typeof req.headers[TWILIO_SIGNATURE_HEADER] === 'string',
};

/**
 * The event a status callback reports, or undefined for a status that is not an outcome. Twilio
 * sends no time of the status change (RawDlrDoneDate, when present, has no zone and minute
 * precision), so `at` is when it arrived.
 */
export function twilioStatusEvent(params: FormParams, clock: Clock): ProviderEvent | undefined {
  const fields = Object.fromEntries(params.map(([k, v]) => [k, v]).reverse()) as Record<string, string>;
  const sid = fields.MessageSid ?? fields.SmsSid;
  const status = fields.MessageStatus ?? fields.SmsStatus;
  const problems = [...(sid ? [] : ['MessageSid is required']), ...(status ? [] : ['MessageStatus is required'])];
  if (problems.length > 0) throw validationFailed(problems);
  const outcome = OUTCOME_OF[status];
  if (!outcome) return undefined;

  const event: ProviderEvent = { providerRef: sid, event: outcome, at: clock.now(), payload: fields };
  const code = fields.ErrorCode?.trim();
  if (code) {
    const message = fields.ErrorMessage?.trim();
    event.reason = (message ? `${message} (Twilio error ${code})` : `Twilio error ${code}`).slice(0, REASON_MAX);
  }
  return event;
}
