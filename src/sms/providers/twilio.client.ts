import type { AppConfig } from '../../config/app-config';
import type { AttemptOutcome, LookupAnswer, OutcomeSink } from '../../initiations/channel.port';
import { TransientProviderError } from '../../initiations/channel.port';
import { endpointUrl } from '../../providers/batch-gateway';
import { HttpTimeoutError, HttpUnreachableError, httpPost } from '../../providers/http-json';
import { acceptedOutcome, isRecord, reasonOr, rejectedOutcome } from '../../providers/outcome';
import { OutcomeWriter } from '../../providers/outcome-writer';
import type { RequestTimer } from '../../providers/provider-timers';
import type { SmsBatch, SmsMessage, SmsProvider } from './sms-provider';
import { lookupTwilioMessage, TwilioLookup } from './twilio-lookup';
import { TWILIO_STATUS_PATH } from './twilio-signature';

/** Requests in flight at once, per batch. */
export const TWILIO_MAX_IN_FLIGHT = 8;

/**
 * After this many transient failures in a row, no new message of the batch is started: Twilio is
 * down, and carrying on would hold the batch for (messages / 8) × timeout. The attempts left
 * without an outcome are retried with the batch.
 */
const GIVE_UP_AFTER = TWILIO_MAX_IN_FLIGHT;

type Sent = { outcome: AttemptOutcome } | { transient: string };

/** Errors raised before any byte of the request left: the message certainly was not sent. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
export const OUTCOME_UNKNOWN = 'Twilio did not answer: outcome unknown, not retried';

/**
 * Twilio's Messages API (`SMS_PROVIDER=twilio`): one form POST per message. Twilio does not
 * de-duplicate, so every definite outcome reaches the sink as soon as it is known, and a
 * transient failure leaves only that message without an outcome.
 */
export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio';
  readonly deduplicates = false;
  private readonly url: string;
  private readonly authorization: string;
  private readonly timeoutMs: number;
  private readonly lookupTarget: TwilioLookup;
  /** Where Twilio reports each message's status changes (SPEC §9); none without PUBLIC_BASE_URL. */
  private readonly statusCallback?: string;

  constructor(
    config: AppConfig,
    private readonly timer?: RequestTimer,
  ) {
    const { accountSid, authToken, baseUrl } = config.twilio;
    if (!accountSid || !authToken) {
      throw new Error('TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are required when SMS_PROVIDER=twilio');
    }
    this.url = endpointUrl(baseUrl, `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`);
    this.authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64')}`;
    this.timeoutMs = config.sms.timeoutMs;
    if (config.publicBaseUrl) this.statusCallback = `${config.publicBaseUrl}${TWILIO_STATUS_PATH}`;
    this.lookupTarget = {
      accountUrl: endpointUrl(baseUrl, `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}`),
      authorization: this.authorization,
      timeoutMs: this.timeoutMs,
      timer,
    };
  }

  /** The outcome sweep's lookup of the message `sid` (SPEC §9). */
  lookupMessage(attemptId: string, sid: string, now: Date): Promise<LookupAnswer> {
    return lookupTwilioMessage(this.lookupTarget, attemptId, sid, now);
  }

  async sendSms(batch: SmsBatch, sink: OutcomeSink): Promise<void> {
    const writer = new OutcomeWriter(sink);
    const messages = batch.messages;
    let next = 0;
    let failuresInARow = 0;
    let firstTransient: string | undefined;
    let fatal: { cause: unknown } | undefined;

    // Each worker takes the next message until none is left: at most TWILIO_MAX_IN_FLIGHT requests at once.
    const work = async (): Promise<void> => {
      while (next < messages.length && !writer.failed && !fatal && failuresInARow < GIVE_UP_AFTER) {
        const message = messages[next++];
        try {
          const sent = await this.sendOne(batch.senderId, message);
          if ('outcome' in sent) {
            failuresInARow = 0;
            writer.push(sent.outcome);
          } else {
            failuresInARow++;
            firstTransient ??= sent.transient;
          }
        } catch (cause) {
          fatal ??= { cause };
        }
      }
    };
    const workers = Array.from({ length: Math.min(TWILIO_MAX_IN_FLIGHT, messages.length) }, work);
    await Promise.all(workers);

    await writer.settle();
    if (fatal) throw fatal.cause;
    if (firstTransient !== undefined) throw new TransientProviderError(firstTransient);
  }

  private async sendOne(from: string, message: SmsMessage): Promise<Sent> {
    const form = new URLSearchParams({ To: message.to, From: from, Body: message.text });
    // The attempt id rides in the callback's query (Twilio signs the whole URL): a callback that
    // arrives before this answer is written still names its attempt.
    if (this.statusCallback)
      form.set('StatusCallback', `${this.statusCallback}?attemptId=${encodeURIComponent(message.attemptId)}`);
    let answer;
    try {
      answer = await httpPost({
        url: this.url,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: this.authorization },
        body: form.toString(),
        timeoutMs: this.timeoutMs,
        timer: this.timer,
      });
    } catch (error) {
      // Twilio cannot de-duplicate: a request that may have reached it is never sent again
      // (SPEC §4). Only a connection that was never made is safe to retry.
      if (error instanceof HttpUnreachableError && NEVER_CONNECTED.has(error.code ?? ''))
        return { transient: 'Twilio unreachable' };
      if (error instanceof HttpTimeoutError || error instanceof HttpUnreachableError) {
        return { outcome: rejectedOutcome(message.attemptId, OUTCOME_UNKNOWN) };
      }
      throw error;
    }

    const { status, body } = answer;
    const fields = isRecord(body) ? body : {};
    if (status >= 200 && status <= 299) return { outcome: acceptedOutcome(message.attemptId, fields.sid) };
    const reason = `Twilio error: HTTP ${status}`;
    // 429 is Twilio's rate limit: the message was not taken and may be sent later.
    if (status >= 500 || status === 429) return { transient: reason };
    return { outcome: rejectedOutcome(message.attemptId, reasonOr(fields.message, reason)) };
  }
}
