import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './errors';
import { isDependencyUnavailable, UNAVAILABLE_MESSAGE } from './unavailable';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  UNSUPPORTED_MEDIA: 415,
  UNAVAILABLE: 503,
};

/** Statuses whose body carries an `error` type (SPEC §2); the others carry only the message. */
const ERROR_TYPE: Record<number, string> = {
  401: 'Unauthorized',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const UNAUTHORIZED_MESSAGE = 'Missing or invalid authorization header';
export const INTERNAL_MESSAGE = 'An unexpected error occurred';

export interface ErrorBody {
  success: false;
  error?: string;
  message: string;
  errors?: string[];
  [extra: string]: unknown;
}

/** `extra.error`, when given, is the body's `error` type (placed before `message`, as the status's own would be). */
export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}): ErrorBody {
  const { error, ...rest } = extra;
  const type = typeof error === 'string' ? error : ERROR_TYPE[status];
  return type ? { success: false, error: type, message, ...rest } : { success: false, message, ...rest };
}

/** Turns every error into the envelope of SPEC §2; a 500 is logged with an id and says nothing internal. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (status >= 500 && status !== 503) {
      const errorId = randomUUID();
      this.logger.error({ errorId, err: exception }, `Unhandled error ${errorId}`);
    } else if (status === 503 && !(exception instanceof HttpException)) {
      this.logger.warn({ err: exception }, 'Database or Redis unavailable');
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  }

  private describe(exception: unknown): [number, ErrorBody] {
    if (exception instanceof DomainError) {
      const status = STATUS[exception.code];
      const extra = exception.errors ? { errors: exception.errors, ...exception.details } : exception.details;
      return [status, errorBody(status, exception.message, extra)];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 401) return [status, errorBody(status, UNAUTHORIZED_MESSAGE)];
      if (status >= 500 && status !== 503) return [500, errorBody(500, INTERNAL_MESSAGE)];
      const response = exception.getResponse();
      if (typeof response === 'object' && 'details' in response) {
        // Terminus' readiness report: keep which dependency is down.
        return [status, errorBody(status, 'Service not ready', { details: response.details })];
      }
      return [status, errorBody(status, readMessage(response) ?? exception.message)];
    }
    // The database or Redis is unreachable for now: say so (503), and let the client retry.
    if (isDependencyUnavailable(exception)) return [503, errorBody(503, UNAVAILABLE_MESSAGE)];
    return [500, errorBody(500, INTERNAL_MESSAGE)];
  }
}

function readMessage(response: string | object): string | undefined {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return undefined;
}
