import type http from 'node:http';
import { twilioSignature } from '../../../src/sms/providers/twilio-signature';
import type { Posted } from './event-poster';
import { HttpFake } from './http-fake';

export interface TwilioRequestRecord {
  accountSid: string;
  contentType: string | undefined;
  /** The Basic credentials as decoded; undefined when the header is missing or not Basic. */
  auth: { user: string; password: string } | undefined;
  to: string | undefined;
  from: string | undefined;
  body: string | undefined;
  /** The StatusCallback form field: where Twilio would post this message's status changes. */
  statusCallback: string | undefined;
  /** What the fake answered, and the sid when it was 201. */
  status: number;
  sid?: string;
}

export interface TwilioError {
  code: number;
  message: string;
}

const ROUTE = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const MESSAGE_ROUTE = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\/([^/]+)\.json$/;

/**
 * How `GET …/Messages/{sid}.json` (the outcome sweep's lookup) answers for a sid: the message with
 * this status (and error fields, `date_updated`), another HTTP status (404, 5xx), or never (`hang`).
 */
export type TwilioLookupReply =
  { status: string; errorCode?: number; errorMessage?: string; dateUpdated?: string } | { http: number } | 'hang';
const FORM = 'application/x-www-form-urlencoded';

/**
 * Twilio's Messages API as a real HTTP server: checks Basic auth and form encoding like Twilio,
 * answers 201 `{sid, status: 'queued'}`, or a programmed 400 for given To numbers, or 5xx for
 * the next N requests. Counts requests in flight so a test can see the client's concurrency.
 */
export class FakeTwilio extends HttpFake {
  readonly messages: TwilioRequestRecord[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private sent = 0;
  private delayMs = 0;
  private failures: number[] = [];
  private rejections = new Map<string, TwilioError>();
  /** Message lookups received (sids), in arrival order; not in `messages`. */
  readonly lookups: string[] = [];
  private lookupReplies = new Map<string, TwilioLookupReply>();

  constructor(
    readonly accountSid = 'AC00000000000000000000000000000001',
    readonly authToken = 'fake-twilio-token',
  ) {
    super();
  }

  /** Messages to this number are refused with 400 `{code, message, status: 400}`. */
  rejectTo(to: string, error: TwilioError): this {
    this.rejections.set(to, error);
    return this;
  }

  /** The next `times` requests answer `status` (5xx by default 503). */
  failNext(times = 1, status = 503): this {
    for (let i = 0; i < times; i++) this.failures.push(status);
    return this;
  }

  /** Every answer waits `ms` (keeps requests in flight long enough to see how many overlap). */
  delay(ms: number): this {
    this.delayMs = ms;
    return this;
  }

  /** How a lookup of `sid` answers from now on; a sid this fake created answers `queued`, any other 404. */
  answerLookup(sid: string, reply: TwilioLookupReply): this {
    this.lookupReplies.set(sid, reply);
    return this;
  }

  /**
   * Posts a status callback for message `sid` as Twilio does: a signed form POST to the message's
   * StatusCallback. The URL signed is the StatusCallback itself (the service's public URL); the
   * request is delivered to `appUrl` (the service under test) at the same path and query.
   * `signing: 'wrong'` signs with another token, `'none'` sends no X-Twilio-Signature.
   */
  async postStatus(
    appUrl: string,
    sid: string,
    status: string,
    options: { extra?: Record<string, string>; signing?: 'good' | 'wrong' | 'none' } = {},
  ): Promise<Posted> {
    const message = this.messages.find((m) => m.sid === sid);
    if (!message?.statusCallback) throw new Error(`postStatus: message ${sid} was not sent with a StatusCallback`);
    const params: Array<[string, string]> = [
      ['AccountSid', this.accountSid],
      ['ApiVersion', '2010-04-01'],
      ['From', message.from ?? ''],
      ['MessageSid', sid],
      ['MessageStatus', status],
      ['SmsSid', sid],
      ['SmsStatus', status],
      ['To', message.to ?? ''],
      ...Object.entries(options.extra ?? {}),
    ];
    const signing = options.signing ?? 'good';
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (signing !== 'none') {
      const token = signing === 'wrong' ? `${this.authToken}-wrong` : this.authToken;
      headers['X-Twilio-Signature'] = twilioSignature(token, message.statusCallback, params);
    }
    const callback = new URL(message.statusCallback);
    const res = await fetch(`${appUrl}${callback.pathname}${callback.search}`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(params).toString(),
    });
    const text = await res.text();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = { raw: text };
    }
    return { status: res.status, body };
  }

  reset(): void {
    this.release();
    this.lookups.length = 0;
    this.lookupReplies.clear();
    this.messages.length = 0;
    this.sent = 0;
    this.inFlight = 0;
    this.maxInFlight = 0;
    this.delayMs = 0;
    this.failures = [];
    this.rejections.clear();
  }

  protected async handle(req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): Promise<void> {
    const lookup = req.method === 'GET' ? MESSAGE_ROUTE.exec((req.url ?? '').split('?')[0]) : null;
    if (lookup) return this.answerLookupRequest(decodeURIComponent(lookup[1]), decodeURIComponent(lookup[2]), req, res);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.sleep(this.delayMs);
      const [status, body] = this.answer(req, raw);
      this.send(res, status, body);
    } finally {
      this.inFlight--;
    }
  }

  private async answerLookupRequest(
    accountSid: string,
    sid: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<void> {
    this.lookups.push(sid);
    const auth = basicAuth(req.headers.authorization);
    if (auth?.user !== this.accountSid || auth.password !== this.authToken || accountSid !== this.accountSid) {
      return this.send(res, 401, error(20003, 'Authenticate', 401));
    }
    const created = this.messages.find((m) => m.sid === sid);
    const reply = this.lookupReplies.get(sid) ?? (created ? { status: 'queued' } : { http: 404 });
    if (reply === 'hang') return this.sleep(3_600_000);
    if ('http' in reply) {
      const message = reply.http === 404 ? 'The requested resource was not found' : 'Internal Server Error';
      return this.send(res, reply.http, error(reply.http === 404 ? 20404 : 20500, message, reply.http));
    }
    this.send(res, 200, {
      sid,
      account_sid: this.accountSid,
      status: reply.status,
      error_code: reply.errorCode ?? null,
      error_message: reply.errorMessage ?? null,
      date_updated: reply.dateUpdated ?? null,
      to: created?.to ?? null,
      from: created?.from ?? null,
    });
  }

  private answer(req: http.IncomingMessage, raw: Buffer): [number, Record<string, unknown>] {
    const route = ROUTE.exec((req.url ?? '').split('?')[0]);
    if (req.method !== 'POST' || !route) return [404, error(20404, 'The requested resource was not found', 404)];
    const contentType = req.headers['content-type'];
    const form = new URLSearchParams(raw.toString('utf8'));
    const record: TwilioRequestRecord = {
      accountSid: decodeURIComponent(route[1]),
      contentType,
      auth: basicAuth(req.headers.authorization),
      to: form.get('To') ?? undefined,
      from: form.get('From') ?? undefined,
      body: form.get('Body') ?? undefined,
      statusCallback: form.get('StatusCallback') ?? undefined,
      status: 0,
    };
    this.messages.push(record);
    const [status, body] = this.decide(record);
    record.status = status;
    if (status === 201) record.sid = body.sid as string;
    return [status, body];
  }

  private decide(m: TwilioRequestRecord): [number, Record<string, unknown>] {
    const authorized =
      m.auth?.user === this.accountSid && m.auth.password === this.authToken && m.accountSid === this.accountSid;
    if (!authorized) return [401, error(20003, 'Authenticate', 401)];
    const failure = this.failures.shift();
    if (failure !== undefined) return [failure, error(20500, 'Internal Server Error', failure)];
    if (!m.contentType?.startsWith(FORM)) return [400, error(20001, 'Expected a form-encoded body', 400)];
    if (!m.to) return [400, error(21604, "A 'To' phone number is required.", 400)];
    if (!m.from) return [400, error(21603, "A 'From' phone number is required.", 400)];
    if (!m.body) return [400, error(21602, 'Message body is required.', 400)];
    const rejection = this.rejections.get(m.to);
    if (rejection) return [400, error(rejection.code, rejection.message, 400)];
    this.sent++;
    const sid = `SM${this.sent.toString(16).padStart(32, '0')}`;
    return [201, { sid, status: 'queued', to: m.to, from: m.from, body: m.body }];
  }
}

function error(code: number, message: string, status: number): Record<string, unknown> {
  return { code, message, status, more_info: `https://www.twilio.com/docs/errors/${code}` };
}

function basicAuth(header: string | undefined): { user: string; password: string } | undefined {
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
