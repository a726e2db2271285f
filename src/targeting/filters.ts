import { isPlainObject } from '../common/plain-object';
import { isFieldName } from '../common/field-name';
import { isIsoDate } from '../common/time';
import { STANDARD_FIELDS } from '../customers/customer-record';
import { PAYMENT_STATUSES, PaymentStatus } from '../customers/customer.entity';

/** The filter grammar of SPEC §4, parsed: every list non-empty, every value checked. */
export interface Filters {
  ids?: string[];
  excludeIds?: string[];
  paymentStatus?: PaymentStatus[];
  language?: string[];
  custom: Array<{ key: string; values: string[] }>;
  dates: Array<{ column: 'emi_due_date' | 'lead_date'; from?: string; to?: string }>;
  numbers: Array<{ column: NumberField; min?: number; max?: number }>;
}

export const DATE_FIELDS = ['emi_due_date', 'lead_date'] as const;
export const NUMBER_FIELDS = ['loan_amount', 'emi_amount', 'loan_period', 'current_emi'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
export const FILTER_KEYS = [
  'ids',
  'exclude_ids',
  'payment_status',
  'language',
  'custom',
  ...DATE_FIELDS,
  ...NUMBER_FIELDS,
];
export const MAX_ID_LIST = 100_000;
const MAX_VALUES = 1000;
const MAX_CUSTOM_KEYS = 20;

export class FilterErrors {
  readonly problems: string[] = [];
  add(problem: string): undefined {
    this.problems.push(problem);
    return undefined;
  }
}

function idList(value: unknown, path: string, errors: FilterErrors, allowEmpty: boolean): string[] | undefined {
  if (!Array.isArray(value)) return errors.add(`${path} must be an array of strings`);
  if (!allowEmpty && value.length === 0) return errors.add(`${path} must not be empty`);
  if (value.length > MAX_ID_LIST) return errors.add(`${path} must contain at most ${MAX_ID_LIST} entries`);
  if (!value.every((v) => typeof v === 'string')) return errors.add(`${path} must be an array of strings`);
  // Ids are at most 255 bytes: a longer one can never match and would only swell the statement.
  if (value.some((v: string) => Buffer.byteLength(v, 'utf8') > 255))
    return errors.add(`${path} entries must be at most 255 bytes`);
  return value;
}

/** A string or a non-empty list of strings. */
function textList(value: unknown, path: string, errors: FilterErrors, maxLength: number): string[] | undefined {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) return errors.add(`${path} must not be empty`);
  if (list.length > MAX_VALUES) return errors.add(`${path} must contain at most ${MAX_VALUES} values`);
  if (!list.every((v) => typeof v === 'string')) return errors.add(`${path} must be a string or an array of strings`);
  if (list.some((v) => v.length > maxLength))
    return errors.add(`${path} values must be at most ${maxLength} characters`);
  return list;
}

function range<T>(
  value: unknown,
  path: string,
  errors: FilterErrors,
  keys: [string, string],
  check: (v: unknown) => v is T,
  kind: string,
): { lo?: T; hi?: T } | undefined {
  if (check(value)) return { lo: value, hi: value };
  if (!isPlainObject(value)) return errors.add(`${path} must be ${kind} or {${keys.join(', ')}}`);
  const unknown = Object.keys(value).filter((k) => !keys.includes(k));
  if (unknown.length > 0)
    return errors.add(`${path} has unknown keys: ${unknown.join(', ')} (allowed: ${keys.join(', ')})`);
  const [loKey, hiKey] = keys;
  const lo = value[loKey];
  const hi = value[hiKey];
  if (lo === undefined && hi === undefined) return errors.add(`${path} must give ${loKey} or ${hiKey}`);
  if (lo !== undefined && !check(lo)) return errors.add(`${path}.${loKey} must be ${kind}`);
  if (hi !== undefined && !check(hi)) return errors.add(`${path}.${hiKey} must be ${kind}`);
  if (lo !== undefined && hi !== undefined && (lo as T) > (hi as T))
    return errors.add(`${path}.${loKey} must not be after ${path}.${hiKey}`);
  return { lo: lo as T | undefined, hi: hi as T | undefined };
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Parses `filters` strictly: any unknown key, wrong type or impossible range is an error naming
 * the key, because a mistyped filter must never widen the audience.
 */
export function parseFilters(raw: unknown, path = 'filters'): { filters: Filters; problems: string[] } {
  const errors = new FilterErrors();
  const filters: Filters = { custom: [], dates: [], numbers: [] };
  if (raw === undefined || raw === null) return { filters, problems: [] };
  if (!isPlainObject(raw)) return { filters, problems: [`${path} must be an object`] };

  for (const [key, value] of Object.entries(raw)) {
    const at = `${path}.${key}`;
    if (value === undefined) continue;
    switch (key) {
      case 'ids':
        filters.ids = idList(value, at, errors, false);
        break;
      case 'exclude_ids':
        filters.excludeIds = idList(value, at, errors, true);
        break;
      case 'payment_status': {
        const list = textList(value, at, errors, 16);
        if (!list) break;
        const lower = list.map((s) => s.toLowerCase());
        const bad = lower.filter((s) => !(PAYMENT_STATUSES as readonly string[]).includes(s));
        if (bad.length > 0) errors.add(`${at} must be one of: ${PAYMENT_STATUSES.join(', ')}`);
        else filters.paymentStatus = [...new Set(lower)] as PaymentStatus[];
        break;
      }
      case 'language':
        filters.language = textList(value, at, errors, 32);
        break;
      case 'custom':
        parseCustom(value, at, errors, filters);
        break;
      case 'emi_due_date':
      case 'lead_date': {
        const r = range(value, at, errors, ['from', 'to'], isIsoDate, 'a date YYYY-MM-DD');
        if (r) filters.dates.push({ column: key, from: r.lo, to: r.hi });
        break;
      }
      case 'loan_amount':
      case 'emi_amount':
      case 'loan_period':
      case 'current_emi': {
        const r = range(value, at, errors, ['min', 'max'], isFiniteNumber, 'a number');
        if (r) filters.numbers.push({ column: key, min: r.lo, max: r.hi });
        break;
      }
      default:
        errors.add(`${at} is not a known filter (allowed: ${FILTER_KEYS.join(', ')})`);
    }
  }
  return { filters, problems: errors.problems };
}

function parseCustom(value: unknown, at: string, errors: FilterErrors, filters: Filters): void {
  if (!isPlainObject(value)) {
    errors.add(`${at} must be an object of field: value or [values]`);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) errors.add(`${at} must not be empty`);
  if (entries.length > MAX_CUSTOM_KEYS) errors.add(`${at} must have at most ${MAX_CUSTOM_KEYS} keys`);
  for (const [key, v] of entries) {
    if (!isFieldName(key)) {
      errors.add(`${at} key "${key.slice(0, 64)}" is not a valid field name`);
    } else if (STANDARD_FIELDS.has(key) && key !== 'loan_id' && key !== 'lead_id') {
      errors.add(`${at}.${key} is a standard field: filter it at the top level of filters`);
    } else {
      const values = textList(v, `${at}.${key}`, errors, 2000);
      if (values) filters.custom.push({ key, values: [...new Set(values)] });
    }
  }
}
