import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { AppConfig } from '../config/app-config';

/** Deeper JSON than any body of this API needs (filters are 5 levels); deeper is refused, not walked. */
export const MAX_JSON_DEPTH = 16;
/** The longest list a body may hold (`ids`/`exclude_ids` take up to 100,000). */
export const MAX_JSON_ARRAY = 100_000;

/** Pages with their own scripts and styles (Swagger UI, Bull Board) get helmet without its CSP. */
const UI_PATHS = /^\/(docs|admin\/queues)(\/|$)/;

/**
 * Security headers (helmet) first, before every other middleware, so even a body-parser error
 * carries them; the strict default CSP on the JSON API.
 */
export function securityHeaders(): RequestHandler {
  const strict = helmet();
  const ui = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => (UI_PATHS.test(req.path) ? ui : strict)(req, res, next);
}

/** CORS only when CORS_ORIGINS is set: a server-to-server API needs none by default. */
export function applyCors(app: INestApplication, config: AppConfig): void {
  const origins = config.http.corsOrigins;
  if (!origins) return;
  app.enableCors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'Idempotency-Key',
      'Prefer',
      'X-Request-Id',
      'X-Api-Key',
      'X-Org-Id',
    ],
    exposedHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
}

/** Proxy hops whose X-Forwarded-For is believed: the client IP that unauthenticated limits count by. */
export function applyTrustProxy(app: INestApplication, config: AppConfig): void {
  (app as NestExpressApplication).set('trust proxy', config.http.trustProxy);
}

/**
 * Slow clients: a request must send its headers within HTTP_HEADERS_TIMEOUT_MS and its whole body
 * within HTTP_REQUEST_TIMEOUT_MS (a streamed CSV import included), or the socket is closed.
 */
export function applyServerTimeouts(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpServer() as Server;
  server.headersTimeout = config.http.headersTimeoutMs;
  server.requestTimeout = config.http.requestTimeoutMs;
}

/** Why a parsed body is refused, or undefined. Stops at the first problem: never walks a hostile body fully. */
export function jsonShapeProblem(value: unknown): string | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_JSON_DEPTH) return `Request body is nested more than ${MAX_JSON_DEPTH} levels deep`;
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    if (Array.isArray(node) && node.length > MAX_JSON_ARRAY)
      return `Request body has a list of more than ${MAX_JSON_ARRAY} entries`;
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/** After express.json(): refuses over-deep or over-long JSON as a body error (answered by bodyErrors). */
export function jsonShapeLimits(req: Request, _res: Response, next: NextFunction): void {
  const problem = req.body === undefined ? undefined : jsonShapeProblem(req.body);
  if (!problem) return next();
  next(Object.assign(new Error(problem), { type: 'entity.shape', expose: true }));
}
