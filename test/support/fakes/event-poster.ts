import { inboundSignature } from '../../../src/providers/inbound-signature';

/** How a posted request is signed: right, with another secret, without headers, or with a timestamp off by `skewS`. */
export type Signing = 'good' | 'wrong-secret' | 'none' | { skewS: number } | { signature: string; timestamp?: string };

export interface PostOptions {
  signing?: Signing;
  /** Sent instead of the JSON of `{<key>: items}` (malformed bodies). */
  rawBody?: string;
  contentType?: string;
}

export interface Posted {
  status: number;
  body: Record<string, unknown>;
}

export interface EventPosterTarget {
  /** The service under test, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  path: '/api/v1/providers/voice/events' | '/api/v1/providers/sms/receipts';
  key: 'events' | 'receipts';
  secret: string;
  /** The service's clock: the signature's timestamp must be close to its now. */
  now: () => Date;
}

/**
 * What the fake voice runner and SMS gateway use to report outcomes back to the service under
 * test (SPEC §9): a real signed HTTP POST, or a deliberately wrong one.
 */
export class EventPoster {
  readonly posted: Posted[] = [];

  constructor(private readonly target: EventPosterTarget) {}

  async post(items: unknown[], options: PostOptions = {}): Promise<Posted> {
    const body = options.rawBody ?? JSON.stringify({ [this.target.key]: items });
    const headers: Record<string, string> = {
      'Content-Type': options.contentType ?? 'application/json',
      ...signatureHeaders(this.target.secret, body, this.target.now(), options.signing ?? 'good'),
    };
    const res = await fetch(`${this.target.baseUrl}${this.target.path}`, { method: 'POST', headers, body });
    const text = await res.text();
    const posted = { status: res.status, body: parse(text) };
    this.posted.push(posted);
    return posted;
  }

  /** Posts `items` in `size`-long requests, in order; returns every answer. */
  async postInChunks(items: unknown[], size: number, options: PostOptions = {}): Promise<Posted[]> {
    const answers: Posted[] = [];
    for (let i = 0; i < items.length; i += size) answers.push(await this.post(items.slice(i, i + size), options));
    return answers;
  }
}

export function signatureHeaders(secret: string, body: string, now: Date, signing: Signing): Record<string, string> {
  if (signing === 'none') return {};
  if (typeof signing === 'object' && 'signature' in signing) {
    return { 'X-Timestamp': signing.timestamp ?? unix(now), 'X-Signature': signing.signature };
  }
  const skew = typeof signing === 'object' ? signing.skewS : 0;
  const timestamp = String(Math.floor(now.getTime() / 1000) + skew);
  const key = signing === 'wrong-secret' ? `${secret}-wrong` : secret;
  return { 'X-Timestamp': timestamp, 'X-Signature': inboundSignature(key, timestamp, body) };
}

const unix = (now: Date): string => String(Math.floor(now.getTime() / 1000));

function parse(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { raw: text };
  }
}

/** The same items in a deterministic shuffled order (seeded), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed = 1): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  const next = (): number => {
    // xorshift32: enough to mix a test's events, and the same order for the same seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Every item `times` times over (the repeats after the originals, as a provider's retry sends them). */
export function repeated<T>(items: readonly T[], times: number): T[] {
  return Array.from({ length: times }, () => items).flat();
}
