import { FixtureRecord, matches } from './fixture';

/**
 * SPEC §4's filter grammar, written again in plain JavaScript from the specification (not from
 * src/targeting), for property tests: is a `filters` value valid, and whom does it select?
 * `unsure` marks inputs the specification leaves open (custom filters on standard field names).
 */
export type Verdict =
  { kind: 'valid'; select: (rec: FixtureRecord) => boolean } | { kind: 'invalid' } | { kind: 'unsure' };

const STATUSES = ['bounced', 'pending', 'partial', 'paid', 'received'];
const STANDARD = new Set([
  'loan_id',
  'lead_id',
  'first_name',
  'last_name',
  'phone_number',
  'loan_amount',
  'emi_amount',
  'loan_period',
  'current_emi',
  'emi_due_date',
  'payment_status',
  'language',
  'lead_date',
  'timezone',
]);
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

export function isCalendarDate(v: unknown): boolean {
  if (!isString(v) || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** A string or a non-empty list of strings. */
const textOrList = (v: unknown): boolean => isString(v) || (Array.isArray(v) && v.length > 0 && v.every(isString));

function range(v: unknown, keys: [string, string], scalar: (x: unknown) => boolean): boolean {
  if (scalar(v)) return true;
  if (!isObject(v)) return false;
  const given = Object.keys(v);
  if (given.length === 0 || given.some((k) => !keys.includes(k))) return false;
  const [lo, hi] = [v[keys[0]], v[keys[1]]];
  if (lo !== undefined && !scalar(lo)) return false;
  if (hi !== undefined && !scalar(hi)) return false;
  return !(lo !== undefined && hi !== undefined && (lo as string | number) > (hi as string | number));
}

export function judgeFilters(filters: unknown): Verdict {
  if (filters === undefined || filters === null) return { kind: 'valid', select: () => true };
  if (!isObject(filters)) return { kind: 'invalid' };
  let unsure = false;
  for (const [key, value] of Object.entries(filters)) {
    let ok: boolean;
    switch (key) {
      case 'ids':
        ok = Array.isArray(value) && value.length > 0 && value.every(isString);
        break;
      case 'exclude_ids':
        ok = Array.isArray(value) && value.every(isString);
        break;
      case 'payment_status':
        ok = textOrList(value) && [value].flat().every((s) => STATUSES.includes((s as string).toLowerCase()));
        break;
      case 'language':
        // Any text is a valid language; it matches by case-insensitive, otherwise exact equality (fixture.ts).
        ok = textOrList(value);
        break;
      case 'custom':
        ok = isObject(value) && Object.keys(value).length > 0;
        for (const [field, v] of Object.entries(isObject(value) ? value : {})) {
          if (!FIELD_NAME.test(field) || RESERVED.has(field) || !textOrList(v)) ok = false;
          else if (STANDARD.has(field)) unsure = true;
        }
        break;
      case 'emi_due_date':
      case 'lead_date':
        ok = range(value, ['from', 'to'], isCalendarDate);
        break;
      case 'loan_amount':
      case 'emi_amount':
      case 'loan_period':
      case 'current_emi':
        ok = range(value, ['min', 'max'], isNumber);
        break;
      default:
        ok = false;
    }
    if (!ok) return { kind: 'invalid' };
  }
  if (unsure) return { kind: 'unsure' };
  const given = filters;
  return { kind: 'valid', select: (rec) => matches(rec, given) };
}

/** `limit`: absent (null is taken as absent, like any optional field), or an integer ≥ 1. */
export function judgeLimit(limit: unknown): 'valid' | 'invalid' {
  return limit === undefined || limit === null || (Number.isInteger(limit) && (limit as number) >= 1)
    ? 'valid'
    : 'invalid';
}
