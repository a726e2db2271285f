import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures of the inbound provider routes (SPEC §9): `X-Timestamp: <unix seconds>` and
 * `X-Signature: sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>">`, keyed by the channel's
 * secret. The timestamp is inside the signed text, so a captured request cannot be replayed
 * outside the tolerance window with a fresh timestamp.
 */
export const TIMESTAMP_HEADER = 'x-timestamp';
export const SIGNATURE_HEADER = 'x-signature';
/** How far X-Timestamp may be from now, either way. */
export const TIMESTAMP_TOLERANCE_S = 300;

export type SignatureProblem = 'missing' | 'malformed' | 'stale' | 'mismatch';

/** What a 401 says: enough for a provider's engineer to fix the call, nothing about the secret. */
export const SIGNATURE_MESSAGES: Record<SignatureProblem, string> = {
  missing: 'Missing X-Timestamp or X-Signature header',
  malformed: 'X-Timestamp must be unix seconds and X-Signature sha256=<hex>',
  stale: `X-Timestamp is more than ${TIMESTAMP_TOLERANCE_S} s from the server's time`,
  mismatch: 'X-Signature does not match the request body',
};

export function inboundSignature(secret: string, timestamp: string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`);
  mac.update(rawBody);
  return `sha256=${mac.digest('hex')}`;
}

/** The two headers that sign `rawBody` at `now` (the fakes and the sandbox providers send them). */
export function signInbound(secret: string, rawBody: Buffer | string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { 'X-Timestamp': timestamp, 'X-Signature': inboundSignature(secret, timestamp, rawBody) };
}

export interface SignedRequest {
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
  rawBody: Buffer | undefined;
}

/** Why the request is not signed by `secret` at `now`, or undefined when it is. */
export function inboundSignatureProblem(secret: string, req: SignedRequest, now: Date): SignatureProblem | undefined {
  const { timestamp, signature } = req;
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || timestamp === '' || signature === '')
    return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-fA-F]{64}$/.test(signature)) return 'malformed';
  if (Math.abs(Number(timestamp) - now.getTime() / 1000) > TIMESTAMP_TOLERANCE_S) return 'stale';
  const expected = Buffer.from(inboundSignature(secret, timestamp, req.rawBody ?? Buffer.alloc(0)), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  // Both are "sha256=" + 64 hex digits here: equal lengths, so timingSafeEqual cannot throw.
  return timingSafeEqual(given, expected) ? undefined : 'mismatch';
}

/** Whether the headers at least look like a signature (used when the body could not be read). */
export function hasSignatureHeaders(req: Pick<SignedRequest, 'timestamp' | 'signature'>): boolean {
  return typeof req.timestamp === 'string' && typeof req.signature === 'string';
}
