import type { CountryCode } from 'libphonenumber-js';
import { isFieldName } from '../common/field-name';
import { toE164 } from '../common/phone';
import { isIsoDate, isTimeZone } from '../common/time';
import { phoneTimeZone } from '../contact-policy/zones';
import { PAYMENT_STATUSES, PaymentStatus } from './customer.entity';

export type CustomValue = string | number | boolean | null;

/** A customer record, validated and normalised, ready to be written. */
export interface CustomerRecord {
  externalId: string;
  firstName: string | null;
  lastName: string | null;
  phoneNumber: string;
  loanAmount: number | null;
  emiAmount: number | null;
  loanPeriod: number | null;
  currentEmi: number | null;
  emiDueDate: string | null;
  leadDate: string | null;
  paymentStatus: PaymentStatus | null;
  language: string | null;
  timezone: string | null;
  /** The zone of the phone's region when it has only one (derived, not given). */
  phoneTimezone: string | null;
  /** Custom fields in the order given. */
  custom: Record<string, CustomValue>;
}

export type ParseResult = { ok: true; record: CustomerRecord } | { ok: false; id?: string; reason: string };

export interface RecordContext {
  idField: 'loan_id' | 'lead_id';
  region: CountryCode;
}

const NUMERIC = {
  loan_amount: 'loanAmount',
  emi_amount: 'emiAmount',
  loan_period: 'loanPeriod',
  current_emi: 'currentEmi',
} as const;
const DATES = { emi_due_date: 'emiDueDate', lead_date: 'leadDate' } as const;
const TEXT = { first_name: ['firstName', 100], last_name: ['lastName', 100], language: ['language', 32] } as const;
export const STANDARD_FIELDS = new Set([
  'loan_id',
  'lead_id',
  'phone_number',
  'payment_status',
  'timezone',
  ...Object.keys(NUMERIC),
  ...Object.keys(DATES),
  ...Object.keys(TEXT),
]);
export const MAX_CUSTOM_FIELDS = 100;
export const MAX_CUSTOM_TEXT = 2000;
const MAX_ID = 255;
const DECIMAL_LIMIT = 1e14;

class RecordError extends Error {}
const fail = (reason: string): never => {
  throw new RecordError(reason);
};

function readId(value: unknown, field: string): string {
  if (value === undefined || value === null || value === '') fail(`${field} is required`);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') fail(`${field} must be a string`);
  const id = value as string;
  if (Buffer.byteLength(id, 'utf8') > MAX_ID) fail(`${field} must be at most ${MAX_ID} bytes`);
  return id;
}

function readNumber(value: unknown, field: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fail(`${field} must be a number`);
  if (Math.abs(n) >= DECIMAL_LIMIT) fail(`${field} is out of range`);
  if (Math.round(n * 10000) / 10000 !== n) fail(`${field} must have at most 4 decimal places`);
  return n;
}

function readText(value: unknown, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return fail(`${field} must be a string`);
  if (value.length > max) fail(`${field} must be at most ${max} characters`);
  return value === '' ? null : value;
}

function readCustom(key: string, value: unknown): CustomValue {
  if (!isFieldName(key)) fail(`"${key.slice(0, 80)}" is not a valid field name`);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail(`${key} must be a finite number`);
  if (typeof value === 'string') {
    return value.length > MAX_CUSTOM_TEXT ? fail(`${key} must be at most ${MAX_CUSTOM_TEXT} characters`) : value;
  }
  return fail(`${key} must be a string, number, boolean or null`);
}

/**
 * Validates one record of a bulk add, CSV import or `jsonData`. Never throws: a bad record is
 * rejected with a reason (and its id when readable); it never rejects the whole request.
 */
export function parseCustomerRecord(raw: unknown, ctx: RecordContext): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'record must be an object' };
  const input = raw as Record<string, unknown>;
  const rawId = input[ctx.idField];
  const readableId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
  try {
    const otherId = ctx.idField === 'loan_id' ? 'lead_id' : 'loan_id';
    const record: CustomerRecord = {
      externalId: readId(rawId, ctx.idField),
      firstName: null,
      lastName: null,
      phoneNumber: '',
      loanAmount: null,
      emiAmount: null,
      loanPeriod: null,
      currentEmi: null,
      emiDueDate: null,
      leadDate: null,
      paymentStatus: null,
      language: null,
      timezone: null,
      phoneTimezone: null,
      custom: {},
    };
    const phone = input.phone_number;
    if (phone === undefined || phone === null || phone === '') fail('phone_number is required');
    record.phoneNumber = toE164(phone, ctx.region) ?? fail('phone_number is not a valid phone number');
    record.phoneTimezone = phoneTimeZone(record.phoneNumber);

    for (const [field, key] of Object.entries(NUMERIC)) record[key] = readNumber(input[field], field);
    for (const [field, key] of Object.entries(DATES)) {
      const value = input[field];
      if (value === null || value === undefined || value === '') continue;
      record[key] = isIsoDate(value) ? value : fail(`${field} must be a date YYYY-MM-DD`);
    }
    for (const [field, [key, max]] of Object.entries(TEXT)) record[key] = readText(input[field], field, max);

    const status = input.payment_status;
    if (status !== null && status !== undefined && status !== '') {
      const normalised = typeof status === 'string' ? status.toLowerCase() : undefined;
      record.paymentStatus =
        PAYMENT_STATUSES.find((s) => s === normalised) ??
        fail(`payment_status must be one of: ${PAYMENT_STATUSES.join(', ')}`);
    }
    const zone = input.timezone;
    if (zone !== null && zone !== undefined && zone !== '') {
      record.timezone = isTimeZone(zone) ? zone : fail('timezone must be an IANA time zone such as Asia/Kolkata');
    }

    let customCount = 0;
    for (const [key, value] of Object.entries(input)) {
      if (STANDARD_FIELDS.has(key) && key !== otherId) continue;
      if (value === undefined) continue;
      if (++customCount > MAX_CUSTOM_FIELDS) fail(`at most ${MAX_CUSTOM_FIELDS} custom fields`);
      record.custom[key] = readCustom(key, value);
    }
    return { ok: true, record };
  } catch (error) {
    if (error instanceof RecordError) return { ok: false, id: readableId, reason: error.message };
    throw error;
  }
}

/** Text form of a custom value, as filters compare it: `7.5`, `true`, strings as given. */
export function customText(value: Exclude<CustomValue, null>): string {
  return typeof value === 'string' ? value : String(value);
}
