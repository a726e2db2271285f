import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import { guardedLookup, ipLiteralOf, isPublicAddress } from './url-guard';

/** What one try came to: an HTTP status, or an error without one (timeout, refused, unsafe). */
export interface TryResult {
  statusCode?: number;
  error?: string;
}

export interface SignedRequest {
  url: string;
  messageId: string;
  /** The `webhook-timestamp`: when this try was signed. */
  signedAt: Date;
  body: string;
  /** The secrets that sign it, newest first (two during a rotation's overlap). */
  secrets: string[];
}

/** `v1,<sig>` per secret, space-separated, as Standard Webhooks allows during a rotation. */
export function signatureHeader(secrets: string[], messageId: string, signedAt: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, signedAt, body)).join(' ');
}

/** Response bytes read for nothing but a clean close; the body itself is ignored. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One signed POST (Standard Webhooks headers), redirects not followed (a 3xx is a failed try),
 * connecting only to checked addresses (url-guard), bounded by `timeoutMs` as a whole.
 */
export function sendSigned(req: SignedRequest, timeoutMs: number, allowPrivate: boolean): Promise<TryResult> {
  const url = new URL(req.url);
  const literal = ipLiteralOf(url);
  if (literal && !allowPrivate && !isPublicAddress(literal)) {
    return Promise.resolve({ error: `${literal} is not a public address` });
  }
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(req.body),
    'user-agent': 'Outreach-Webhooks/1',
    'webhook-id': req.messageId,
    'webhook-timestamp': String(Math.floor(req.signedAt.getTime() / 1000)),
    'webhook-signature': signatureHeader(req.secrets, req.messageId, req.signedAt, req.body),
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: TryResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const outgoing = send(
      url,
      { method: 'POST', headers, lookup: guardedLookup(allowPrivate), agent: false },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        res.on('error', () => undefined);
        res.on('close', () => done({ statusCode: res.statusCode }));
        res.on('end', () => done({ statusCode: res.statusCode }));
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy();
      done({ error: `No answer within ${timeoutMs} ms` });
    }, timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      done({ error: error.message || error.code || 'Request failed' }),
    );
    outgoing.end(req.body);
  });
}
