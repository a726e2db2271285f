import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js';

/**
 * A phone number in E.164, or undefined when it cannot be read as a valid number. Numbers without
 * a country code are read in `region` (DEFAULT_PHONE_REGION): `9876543210` → `+919876543210`.
 */
export function toE164(input: unknown, region: CountryCode): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const text = String(input).trim();
  if (text === '' || text.length > 32) return undefined;
  const parsed = parsePhoneNumberFromString(text, region);
  return parsed?.isValid() ? parsed.number : undefined;
}
