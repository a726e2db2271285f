import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { HttpFake } from './http-fake';
import { EventPoster } from './event-poster';

export interface RecordedBatchRequest {
  /** Position among every request this fake received, duplicates included. */
  index: number;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: Buffer;
  /** The parsed JSON body; undefined when it is not a JSON object. */
  body: Record<string, unknown> | undefined;
  /** Date.now() on arrival: for reading a log, not for asserting timings. */
  receivedAt: number;
  idempotencyKey: string | undefined;
  /** Whether X-Signature is the HMAC of the raw body under the fake's secret; undefined with no secret. */
  signatureValid: boolean | undefined;
  /** A repeat of an Idempotency-Key already answered with 2xx: answered the same, processed not again. */
  duplicate: boolean;
  /**
   * Which client sent it, when its base URL carries a tag before the protocol path
   * (`<url>/w1` → `w1`): fault tests give each worker process a URL of its own. '' otherwise.
   */
  client: string;
}

export interface BatchItem {
  attemptId: string;
  [field: string]: unknown;
}

/** What to answer. No body on a 2xx → the default results (accept all, minus reject/omit). */
export interface FakeReply {
  status?: number;
  delayMs?: number;
  body?: unknown;
  /** Sent as is instead of JSON, e.g. to answer something malformed. */
  raw?: string;
}

export type Behaviour = (request: RecordedBatchRequest, index: number) => FakeReply;

/**
 * How the runner answers `GET /v1/calls/{callId}` (the outcome sweep's lookup): one event object,
 * another status (404 unknown, 5xx), or never (`hang`, until the fake is reset or closed); with
 * `until`, only once that settles (a test holds lookups in flight).
 */
export type LookupReply =
  (({ event: Record<string, unknown> } | { status: number }) & { until?: Promise<void> }) | 'hang';

export interface RecordedLookup {
  callId: string;
  /** Whether X-Signature is the HMAC of the empty body under the fake's secret; undefined with no secret. */
  signatureValid: boolean | undefined;
}

/** A lookup path: `/v1/calls/{callId}`, after an optional client tag. */
const LOOKUP_PATH = /\/v1\/calls\/([^/]+)$/;

export interface FakeBatchServerOptions {
  path: string;
  itemsKey: 'calls' | 'messages';
  secret?: string;
  /** Result field carrying the reference of an accepted item: callId (`call-<id>`) or messageId (`msg-<id>`). */
  refKey?: 'callId' | 'messageId';
  /** Whether it answers the runner's call lookups (the SMS gateway's protocol has none). */
  lookups?: boolean;
}

interface Answer {
  status: number;
  body: unknown;
  raw?: string;
}

/**
 * The voice runner or the SMS gateway of SPEC §6 as a real HTTP server. It de-duplicates by
 * Idempotency-Key like a real runner must: a repeat of a key whose first request was answered
 * with 2xx gets that answer again (waiting for it if it is still being delayed) and is counted
 * in `duplicates`; a key whose tries all failed is processed afresh.
 */
export class FakeBatchServer extends HttpFake {
  readonly requests: RecordedBatchRequest[] = [];
  duplicates = 0;
  private behaviour?: Behaviour;
  private script: FakeReply[] = [];
  private rejected = new Map<string, string | undefined>();
  private omitted = new Set<string>();
  private answers = new Map<string, Promise<Answer>>();
  private holds = new Map<number, Promise<void>>();
  /** Call lookups received (not in `requests`), in arrival order. */
  readonly lookups: RecordedLookup[] = [];
  private lookupReplies = new Map<string, LookupReply>();

  constructor(private readonly options: FakeBatchServerOptions) {
    super();
  }

  static voiceRunner(secret?: string): FakeBatchServer {
    return new FakeBatchServer({ path: '/v1/calls/batch', itemsKey: 'calls', secret, lookups: true });
  }

  static smsGateway(secret?: string, refKey: 'callId' | 'messageId' = 'callId'): FakeBatchServer {
    return new FakeBatchServer({ path: '/v1/sms/batch', itemsKey: 'messages', secret, refKey });
  }

  /** Every request answers with `fn`'s reply (scripted failWith/delay still come first). */
  behave(fn: Behaviour): this {
    this.behaviour = fn;
    return this;
  }

  /** Back to the default: 200, every item accepted, minus reject/omit. */
  acceptAll(): this {
    this.behaviour = undefined;
    this.rejected.clear();
    this.omitted.clear();
    return this;
  }

  /** These attempts get `accepted: false`, with `reason` when given. */
  reject(attemptIds: string[], reason?: string): this {
    for (const id of attemptIds) this.rejected.set(id, reason);
    return this;
  }

  /** These attempts are left out of `results`. */
  omit(attemptIds: string[]): this {
    for (const id of attemptIds) this.omitted.add(id);
    return this;
  }

  /** The next `times` requests (not counting duplicates) answer `status`. */
  failWith(status: number, times = 1): this {
    for (let i = 0; i < times; i++) this.script.push({ status, body: { error: `HTTP ${status}` } });
    return this;
  }

  /** The next `times` requests answer after `ms`. */
  delay(ms: number, times = 1): this {
    for (let i = 0; i < times; i++) this.script.push({ delayMs: ms });
    return this;
  }

  /** Requests for batch `batch` answer only once `until` settles. */
  holdUntil(batch: number, until: Promise<void>): this {
    this.holds.set(batch, until);
    return this;
  }

  /** How a lookup of `callId` is answered from now on; a call id never given an answer gets 404. */
  answerLookup(callId: string, reply: LookupReply): this {
    this.lookupReplies.set(callId, reply);
    return this;
  }

  lookupsOf(callId: string): RecordedLookup[] {
    return this.lookups.filter((l) => l.callId === callId);
  }

  /**
   * Reports outcomes back to the service under test as this provider would (SPEC §9): the voice
   * runner posts `{events}` to /providers/voice/events, the SMS gateway `{receipts}` to
   * /providers/sms/receipts, signed with the fake's secret at the service's `now`.
   */
  reportTo(baseUrl: string, now: () => Date): EventPoster {
    if (this.options.secret === undefined) throw new Error('reportTo: this fake has no secret to sign with');
    const voice = this.options.itemsKey === 'calls';
    return new EventPoster({
      baseUrl,
      path: voice ? '/api/v1/providers/voice/events' : '/api/v1/providers/sms/receipts',
      key: voice ? 'events' : 'receipts',
      secret: this.options.secret,
      now,
    });
  }

  reset(): void {
    this.release();
    this.lookups.length = 0;
    this.lookupReplies.clear();
    this.holds.clear();
    this.requests.length = 0;
    this.duplicates = 0;
    this.behaviour = undefined;
    this.script = [];
    this.rejected.clear();
    this.omitted.clear();
    this.answers.clear();
  }

  /** Every item of every request, repeats included. */
  received(): BatchItem[] {
    return this.requests.flatMap((r) => itemsOf(r.body, this.options.itemsKey));
  }

  uniqueAttemptIds(): string[] {
    return [...new Set(this.received().map((item) => item.attemptId))];
  }

  protected async handle(req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): Promise<void> {
    const lookup =
      this.options.lookups && req.method === 'GET' ? LOOKUP_PATH.exec((req.url ?? '').split('?')[0]) : null;
    if (lookup) return this.answerLookupRequest(decodeURIComponent(lookup[1]), req, raw, res);
    const recorded = this.record(req, raw);
    if (req.method !== 'POST' || !recorded.path.endsWith(this.options.path) || recorded.client.includes('/')) {
      return this.send(res, 404, { error: 'Not found' });
    }
    if (!recorded.body || !Array.isArray(recorded.body[this.options.itemsKey])) {
      return this.send(res, 400, { error: `Expected a JSON object with a ${this.options.itemsKey} array` });
    }

    const key = recorded.idempotencyKey;
    const first = key === undefined ? undefined : this.answers.get(key);
    if (first) {
      recorded.duplicate = true;
      this.duplicates++;
      const answer = await first;
      return this.send(res, answer.status, answer.body, answer.raw);
    }

    const reply = { ...this.behaviour?.(recorded, recorded.index), ...this.script.shift() };
    const answer = this.answerFor(reply, recorded);
    const hold = this.holds.get(Number(recorded.body?.batch));
    const ready = this.sleep(reply.delayMs ?? 0)
      .then(() => hold)
      .then(() => answer);
    // Only a processed batch (2xx) is remembered: a real runner did nothing on a failed try.
    if (key !== undefined && answer.status >= 200 && answer.status <= 299) this.answers.set(key, ready);
    await ready;
    this.send(res, answer.status, answer.body, answer.raw);
  }

  private async answerLookupRequest(
    callId: string,
    req: http.IncomingMessage,
    raw: Buffer,
    res: http.ServerResponse,
  ): Promise<void> {
    this.lookups.push({ callId, signatureValid: this.checkSignature(req.headers['x-signature'], raw) });
    const reply = this.lookupReplies.get(callId) ?? { status: 404 };
    if (reply === 'hang') return this.sleep(3_600_000);
    await reply.until;
    if ('event' in reply) return this.send(res, 200, reply.event);
    this.send(res, reply.status, { error: `HTTP ${reply.status}` });
  }

  private record(req: http.IncomingMessage, raw: Buffer): RecordedBatchRequest {
    const key = req.headers['idempotency-key'];
    const recorded: RecordedBatchRequest = {
      index: this.requests.length,
      method: req.method ?? '',
      path: (req.url ?? '').split('?')[0],
      headers: req.headers,
      rawBody: raw,
      body: parseObject(raw),
      receivedAt: Date.now(),
      idempotencyKey: typeof key === 'string' ? key : undefined,
      signatureValid: this.checkSignature(req.headers['x-signature'], raw),
      duplicate: false,
      client: '',
    };
    const path = recorded.path;
    if (path.endsWith(this.options.path)) recorded.client = path.slice(1, -this.options.path.length);
    this.requests.push(recorded);
    return recorded;
  }

  private checkSignature(header: string | string[] | undefined, raw: Buffer): boolean | undefined {
    if (this.options.secret === undefined) return undefined;
    if (typeof header !== 'string') return false;
    const expected = Buffer.from(`sha256=${createHmac('sha256', this.options.secret).update(raw).digest('hex')}`);
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private answerFor(reply: FakeReply, request: RecordedBatchRequest): Answer {
    const status = reply.status ?? 200;
    if (reply.raw !== undefined) return { status, body: undefined, raw: reply.raw };
    if (reply.body !== undefined) return { status, body: reply.body };
    if (status < 200 || status > 299) return { status, body: { error: `HTTP ${status}` } };
    return { status, body: { results: this.defaultResults(itemsOf(request.body, this.options.itemsKey)) } };
  }

  private defaultResults(items: BatchItem[]): Record<string, unknown>[] {
    const refKey = this.options.refKey ?? 'callId';
    const prefix = refKey === 'callId' ? 'call-' : 'msg-';
    return items
      .filter((item) => !this.omitted.has(item.attemptId))
      .map((item) => {
        if (!this.rejected.has(item.attemptId)) {
          return { attemptId: item.attemptId, accepted: true, [refKey]: `${prefix}${item.attemptId}` };
        }
        const reason = this.rejected.get(item.attemptId);
        return reason === undefined
          ? { attemptId: item.attemptId, accepted: false }
          : { attemptId: item.attemptId, accepted: false, reason };
      });
  }
}

function parseObject(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function itemsOf(body: Record<string, unknown> | undefined, key: string): BatchItem[] {
  const items = body?.[key];
  if (!Array.isArray(items)) return [];
  return items.filter(
    (item): item is BatchItem =>
      typeof item === 'object' && item !== null && typeof (item as { attemptId?: unknown }).attemptId === 'string',
  );
}
