import { getCountry } from 'countries-and-timezones';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The time zone of an E.164 number's region, when that region has exactly one (India, the UAE);
 * null for regions spanning several zones (the US, Russia) or numbers without a region.
 */
export function phoneTimeZone(e164: string): string | null {
  const country = parsePhoneNumberFromString(e164)?.country;
  if (!country) return null;
  const zones = getCountry(country)?.timezones ?? [];
  return zones.length === 1 ? zones[0] : null;
}
