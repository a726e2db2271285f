/**
 * The HTTP calls every provider client makes: a POST (a GET for the outcome lookups) with a
 * deadline, whose failures are sorted into "no answer in time" and "could not reach the server"
 * so each client can name them in its own words. Node 20's global fetch (undici) is enough; no
 * HTTP dependency is needed.
 */

/** No complete answer within the deadline: the server may or may not have acted on the request. */
export class HttpTimeoutError extends Error {
  constructor(readonly url: string) {
    super(`No answer from ${url} in time`);
    this.name = 'HttpTimeoutError';
  }
}

/** Connection refused or reset, DNS failure: the request did not get an HTTP answer at all. */
export class HttpUnreachableError extends Error {
  constructor(
    readonly url: string,
    readonly code: string | undefined,
  ) {
    super(`Cannot reach ${url}${code ? ` (${code})` : ''}`);
    this.name = 'HttpUnreachableError';
  }
}

export interface HttpPost {
  url: string;
  headers: Record<string, string>;
  /** Sent byte for byte, so a signature computed over these bytes matches what the server reads. */
  body: Buffer | string;
  timeoutMs: number;
  /** Told the duration of the exchange, whatever its outcome (timeouts included). */
  timer?: (seconds: number) => void;
}

export interface HttpAnswer {
  status: number;
  /** The parsed JSON answer; undefined when the body is empty or not JSON. */
  body: unknown;
}

export async function httpPost(request: HttpPost): Promise<HttpAnswer> {
  return exchange('POST', request);
}

export type HttpGet = Omit<HttpPost, 'body'>;

/** A GET with the same deadline and failure classes as `httpPost` (the providers' status lookups). */
export async function httpGet(request: HttpGet): Promise<HttpAnswer> {
  return exchange('GET', request);
}

async function exchange(method: 'GET' | 'POST', request: HttpGet & { body?: Buffer | string }): Promise<HttpAnswer> {
  // The signal covers the whole exchange, body included: a server that stalls mid-answer times out too.
  const signal = AbortSignal.timeout(request.timeoutMs);
  const started = process.hrtime.bigint();
  try {
    const response = await fetch(request.url, {
      method,
      headers: request.headers,
      body: request.body,
      signal,
      // A provider API that redirects is misconfigured; following would turn the POST into a GET.
      redirect: 'manual',
    });
    const text = await response.text();
    return { status: response.status, body: parseJson(text) };
  } catch (error) {
    throw classify(error, request.url);
  } finally {
    request.timer?.(Number(process.hrtime.bigint() - started) / 1e9);
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function classify(error: unknown, url: string): unknown {
  // Checked by name, not instanceof: fetch's errors may come from another realm (jest's sandbox).
  const { name, message } = describe(error);
  if (name === 'TimeoutError') return new HttpTimeoutError(url);
  // undici reports every network-level failure (refused, reset, DNS, TLS) as this TypeError with
  // the system error as `cause`; anything else (an invalid URL) is a programming error, passed on.
  if (name === 'TypeError' && message === 'fetch failed') {
    const { code } = describe(describe(error).cause);
    return new HttpUnreachableError(url, typeof code === 'string' ? code : undefined);
  }
  return error;
}

function describe(value: unknown): { name?: unknown; message?: unknown; code?: unknown; cause?: unknown } {
  return typeof value === 'object' && value !== null ? value : {};
}
