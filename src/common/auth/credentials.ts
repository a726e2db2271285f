import type { IncomingHttpHeaders } from 'node:http';

/** `Authorization: Bearer <token>` → the token; anything else → undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  return /^Bearer (\S+)$/.exec(header.trim())?.[1];
}

/** A header's value, trimmed; an empty value is no value. */
function headerValue(value: string | string[] | undefined): string | undefined {
  const text = typeof value === 'string' ? value.trim() : undefined;
  return text ? text : undefined;
}

export type PresentedKey = { kind: 'none' } | { kind: 'invalid' } | { kind: 'key'; key: string };

/**
 * The API key a request presents: `Authorization: Bearer <key>`, or the bare key in `x-api-key`
 * (existing TimePay clients). Both given must agree; an `Authorization` header that is not a bearer
 * is a wrong credential, not an absent one (an empty value, or `Bearer` with no token, is absent).
 * Invalid and none both end in 401.
 */
export function presentedApiKey(headers: IncomingHttpHeaders): PresentedKey {
  const given = headerValue(headers.authorization);
  const authorization = given === undefined || /^Bearer$/.test(given) ? undefined : given;
  const fromBearer = bearerToken(authorization);
  const fromHeader = headerValue(headers['x-api-key']);
  if (authorization !== undefined && fromBearer === undefined) return { kind: 'invalid' };
  if (fromBearer !== undefined && fromHeader !== undefined && fromBearer !== fromHeader) return { kind: 'invalid' };
  const key = fromBearer ?? fromHeader;
  return key === undefined ? { kind: 'none' } : { kind: 'key', key };
}

/** The organization a client says it acts for (`x-org-id`), when it says one. */
export function presentedOrganizationId(headers: IncomingHttpHeaders): string | undefined {
  return headerValue(headers['x-org-id']);
}
