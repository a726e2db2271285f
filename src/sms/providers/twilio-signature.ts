import { createHmac, timingSafeEqual } from 'node:crypto';

export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';
/** Where Twilio posts each message's status changes: the `StatusCallback` of every message, under PUBLIC_BASE_URL. */
export const TWILIO_STATUS_PATH = '/api/v1/providers/twilio/status';

/** Form parameters in the order they arrived; a name may repeat. */
export type FormParams = ReadonlyArray<readonly [string, string]>;

/**
 * Twilio's request signature (twilio.com/docs/usage/security, "Validating requests"): base64 of
 * the HMAC-SHA1, keyed by the auth token, of the full URL (query string included) followed by
 * every POST parameter's name and value, sorted by name, with no delimiters.
 */
export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  // Code-unit order is Unix-style case-sensitive sorting; a repeated name is ordered by value.
  const sorted = [...params].sort(([a, x], [b, y]) => compare(a, b) || compare(x, y));
  const mac = createHmac('sha1', authToken).update(url, 'utf8');
  for (const [name, value] of sorted) mac.update(`${name}${value}`, 'utf8');
  return mac.digest('base64');
}

/**
 * Whether `signature` signs this request. Twilio may sign the URL with or without the scheme's
 * default port (its own helper libraries accept both), so both spellings are tried.
 */
export function validTwilioSignature(
  authToken: string,
  signature: string | string[] | undefined,
  url: string,
  params: FormParams,
): boolean {
  if (typeof signature !== 'string' || signature === '') return false;
  const given = Buffer.from(signature, 'utf8');
  return urlVariants(url).some((candidate) => {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params), 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** The form body's parameters, repeats kept, as `application/x-www-form-urlencoded` decodes them. */
export function formParams(rawBody: Buffer | undefined): FormParams {
  if (!rawBody || rawBody.length === 0) return [];
  return [...new URLSearchParams(rawBody.toString('utf8')).entries()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function urlVariants(url: string): string[] {
  const match = /^(https?:\/\/)([^/?#]+)(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme, authority, rest] = match;
  const defaultPort = scheme.toLowerCase() === 'https://' ? '443' : '80';
  const withoutPort = authority.replace(new RegExp(`:${defaultPort}$`), '');
  // An explicit non-default port is part of the URL Twilio called: no other spelling.
  if (/:\d+$/.test(withoutPort)) return [url];
  return [...new Set([url, `${scheme}${withoutPort}${rest}`, `${scheme}${withoutPort}:${defaultPort}${rest}`])];
}
