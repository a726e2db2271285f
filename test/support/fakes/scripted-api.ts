import type http from 'node:http';
import { HttpFake } from './http-fake';

/** One answer of a ScriptedApi. */
export interface ScriptedReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ScriptedRequest {
  method: string;
  /** Path with its query string. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * An API stand-in on 127.0.0.1 that answers each request with the next reply of a script (the last
 * one again once the script runs out), recording every request: for the client's behaviour on
 * answers the real API gives only under load (429, 503) or only once (Retry-After on a status).
 */
export class ScriptedApi extends HttpFake {
  readonly requests: ScriptedRequest[] = [];
  private replies: ScriptedReply[] = [];

  script(...replies: ScriptedReply[]): this {
    if (replies.length === 0) throw new Error('ScriptedApi: a script needs at least one reply');
    this.replies = replies;
    this.requests.length = 0;
    return this;
  }

  protected async handle(req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): Promise<void> {
    this.requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: raw.toString('utf8'),
    });
    const reply = this.replies[Math.min(this.requests.length, this.replies.length) - 1];
    if (!reply) return this.send(res, 500, { success: false, message: 'ScriptedApi: no script' });
    this.send(res, reply.status, reply.body, reply.body === undefined ? '' : undefined, reply.headers);
  }
}
