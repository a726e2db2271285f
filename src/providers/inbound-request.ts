import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';

/**
 * The inbound provider routes (SPEC §9) are authenticated by a signature over the raw body, not by
 * an API key. So for them the body parsers keep the bytes they read, and a body that cannot be
 * parsed is not answered at once: the route's guard checks the signature first (a bad signature
 * is 401 whatever the body), then answers the body's problem.
 */
export const INBOUND_PATH_PREFIX = '/api/v1/providers/';

export interface InboundRequest extends Request {
  /** The body exactly as received; undefined when it could not be read (too large, bad encoding). */
  rawBody?: Buffer;
  /** The body parser's error, answered by the route's guard once the signature is checked. */
  inboundBodyError?: unknown;
}

function isInbound(req: IncomingMessage): boolean {
  const url = (req as Partial<Request>).originalUrl ?? req.url ?? '';
  // Express routes ignore case: so must this, or /API/V1/Providers/… would reach the route with
  // its body parsed and no raw bytes kept to check the signature against.
  return url.toLowerCase().startsWith(INBOUND_PATH_PREFIX);
}

/** The body parsers' `verify` hook: keeps the raw bytes of inbound requests (only theirs). */
export function keepInboundRawBody(req: IncomingMessage, _res: unknown, buffer: Buffer): void {
  if (isInbound(req)) (req as InboundRequest).rawBody = buffer;
}

/** For an inbound route, stashes a body parser's error for its guard and returns true; false elsewhere. */
export function deferInboundBodyError(error: unknown, req: Request): boolean {
  if (!isInbound(req)) return false;
  const inbound = req as InboundRequest;
  inbound.inboundBodyError = error;
  inbound.body = undefined;
  return true;
}
