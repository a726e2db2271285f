import type http from 'node:http';
import { HttpFake } from './http-fake';

export interface Relayed {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown> | undefined;
  /** What the target answered. */
  status: number;
  answer: unknown;
}

/**
 * A stand-in for the service's public address (PUBLIC_BASE_URL): it forwards every request to
 * `target` (set once the app listens, on a port chosen at random) and records it with the answer.
 * What a sandbox provider posts to "its own" route can so be seen from the test.
 */
export class Relay extends HttpFake {
  readonly relayed: Relayed[] = [];
  target = '';

  protected async handle(req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'x-timestamp', 'x-signature', 'x-twilio-signature']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(`${this.target}${req.url ?? ''}`, { method: req.method, headers, body: raw });
    const text = await answer.text();
    const json = (bytes: string): unknown => {
      try {
        return JSON.parse(bytes) as unknown;
      } catch {
        return bytes;
      }
    };
    const parsed = json(text);
    const sent = json(raw.toString('utf8'));
    const body = typeof sent === 'object' && sent !== null ? (sent as Record<string, unknown>) : undefined;
    this.relayed.push({ path: req.url ?? '', headers: req.headers, body, status: answer.status, answer: parsed });
    this.send(res, answer.status, undefined, text);
  }
}
