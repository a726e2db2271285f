import http from 'node:http';
import type { Readable } from 'node:stream';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** A small JSON client for the app under test (fetch keeps a pool of keep-alive connections). */
export class Api {
  constructor(
    readonly url: string,
    private readonly token: string,
  ) {}

  withToken(token: string): Api {
    return new Api(this.url, token);
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  /** Like request, but throws unless the status is one of `ok`. */
  async expect<T = Record<string, unknown>>(
    ok: number[],
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const answer = await this.request<T>(method, path, body, headers);
    if (!ok.includes(answer.status)) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
    }
    return answer.body;
  }

  /** POSTs a streamed body (the CSV import): the file is generated as it is sent, never held. */
  streamPost(path: string, contentType: string, source: Readable): Promise<Answer> {
    const target = new URL(`${this.url}${path}`);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': contentType },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      source.on('error', reject);
      source.pipe(req);
    });
  }
}
