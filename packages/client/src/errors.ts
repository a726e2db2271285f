import type { components } from './schema';

/**
 * The error envelope every non-2xx answer of the API carries (SPEC §2), as openapi.json's
 * ErrorResponse declares it: `{"success": false, "error"?: "<Type>", "message": "<text>",
 * "errors"?: ["..."]}`, plus what a route adds (a failed initiation's `results` and
 * `initiationId`, `totalMatched`, ...).
 */
export type ErrorEnvelope = components['schemas']['ErrorResponse'];

/** Thrown for every non-2xx answer (after the retries on 429/503, when those ran out). */
export class OutreachApiError extends Error {
  override readonly name = 'OutreachApiError';
  /** The HTTP status. */
  readonly status: number;
  /** The envelope as the API sent it (a body that was not one is wrapped: `message` = its text). */
  readonly body: ErrorEnvelope;
  /** `Retry-After` of the answer, in milliseconds, when it had one. */
  readonly retryAfterMs?: number;
  readonly method: string;
  readonly url: string;

  constructor(init: { status: number; body: ErrorEnvelope; method: string; url: string; retryAfterMs?: number }) {
    super(`${init.method} ${init.url} answered ${init.status}: ${init.body.message}`);
    this.status = init.status;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** `error` of the envelope (`Unauthorized`, `Too Many Requests`, ...), when present. */
  get error(): string | undefined {
    return this.body.error;
  }

  /** `errors` of the envelope: one readable string per validation problem. */
  get errors(): string[] {
    return this.body.errors ?? [];
  }

  /** Reads an answer's body into the envelope. */
  static async from(request: Request, response: Response): Promise<OutreachApiError> {
    const text = await response.text().catch(() => '');
    return new OutreachApiError({
      status: response.status,
      body: toEnvelope(text, response),
      method: request.method,
      url: request.url,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    });
  }
}

/** waitForInitiation gave up before the initiation reached a final status. */
export class OutreachTimeoutError extends Error {
  override readonly name = 'OutreachTimeoutError';
  constructor(
    message: string,
    /** The last status read, when one was. */
    readonly lastStatus?: unknown,
  ) {
    super(message);
  }
}

function toEnvelope(text: string, response: Response): ErrorEnvelope {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string') {
      return { ...parsed, success: false } as ErrorEnvelope;
    }
  } catch {
    // not JSON: below
  }
  return { success: false, message: text.trim().slice(0, 500) || response.statusText || `HTTP ${response.status}` };
}

/** `Retry-After` (delta seconds or an HTTP date) in milliseconds, or undefined. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
