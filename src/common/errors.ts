/**
 * Domain errors: services throw these (never HttpException) because they also run inside
 * workers. The exception filter maps each code to an HTTP status and the response envelope.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNPROCESSABLE'
  | 'UNSUPPORTED_MEDIA'
  | 'UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra top-level fields of the error body (e.g. `totalMatched`). */
    readonly details: Record<string, unknown> = {},
    /** Readable problems, for VALIDATION. */
    readonly errors?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (thing: string): DomainError => new DomainError('NOT_FOUND', `${thing} not found`);

export const validationFailed = (errors: string[]): DomainError =>
  new DomainError('VALIDATION', 'Validation failed', {}, errors);

export const CAMPAIGN_MISMATCH = 'Campaign ID invalid or mismatch for your organization.';

export const ORGANIZATION_MISMATCH = 'Organization mismatch for this API key';

/** `x-org-id` names another organization than the API key's (SPEC §2); this 403 carries `error`. */
export const organizationMismatch = (): DomainError =>
  new DomainError('FORBIDDEN', ORGANIZATION_MISMATCH, { error: 'Forbidden' });
