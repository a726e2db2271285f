import { DeadlineError } from './deadline';

/**
 * Network-level failures of the database or Redis driver: the dependency is unreachable right
 * now, the request itself is fine. mysql2 sets these `code`s on connection errors (TypeORM wraps
 * failed queries and keeps the driver's error as `driverError`); ioredis fails commands with
 * MaxRetriesPerRequestError while it reconnects.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'POOL_CLOSED',
]);

export function isDependencyUnavailable(error: unknown): boolean {
  if (error instanceof DeadlineError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError, name } = error as { code?: unknown; driverError?: { code?: unknown }; name?: unknown };
  if (name === 'MaxRetriesPerRequestError') return true;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return typeof driverError?.code === 'string' && CONNECTION_CODES.has(driverError.code);
}

export const UNAVAILABLE_MESSAGE = 'Service temporarily unavailable, please retry shortly';
