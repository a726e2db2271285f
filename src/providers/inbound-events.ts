import { isPlainObject } from '../common/plain-object';
import { validationFailed } from '../common/errors';
import type { Channel } from '../common/channel';
import type { ApplyResult } from '../initiations/outcomes/provider-event';

/**
 * What the inbound provider routes share (SPEC §9): reading a list of events by hand (providers
 * add fields, so unknown properties are ignored rather than refused as the global pipe would),
 * every problem named by the event's index, and the answer `{accepted, duplicates, unknown}`.
 */
export const MAX_INBOUND_EVENTS = 1000;
/** A body with more problems than this is not worth listing in full. */
const MAX_PROBLEMS = 50;
const ID_MAX = 64;
const REF_MAX = 128;
/** ISO 8601 date and time with seconds optional, fraction optional, and a zone required. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** What became of the events of an inbound request (`rejected`: the request was refused, 400 or 401). */
export type InboundResult = 'accepted' | 'duplicate' | 'unknown' | 'rejected';

/** The part of MetricsService the inbound routes use (`outreach_provider_events_total`). */
export interface InboundCounter {
  providerEvents(channel: Channel, result: InboundResult, count: number): void;
}

export interface InboundAnswer {
  success: true;
  accepted: number;
  duplicates: number;
  unknown: string[];
}

export function inboundAnswer(result: ApplyResult): InboundAnswer {
  return { success: true, accepted: result.accepted, duplicates: result.duplicates, unknown: result.unknown };
}

/** Counts what became of a request's events (`unknown`: one per attempt id listed). */
export function countInbound(metrics: InboundCounter | undefined, channel: Channel, result: ApplyResult): void {
  metrics?.providerEvents(channel, 'accepted', result.accepted);
  metrics?.providerEvents(channel, 'duplicate', result.duplicates);
  metrics?.providerEvents(channel, 'unknown', result.unknown.length);
}

/** Reads the fields of one event; each problem is pushed once, named `<list>[i].<field>`. */
export class FieldReader {
  constructor(
    readonly item: Record<string, unknown>,
    private readonly path: string,
    private readonly problems: string[],
  ) {}

  private problem(field: string, text: string): undefined {
    this.problems.push(`${this.path}.${field} ${text}`);
    return undefined;
  }

  /** null counts as absent: providers often send every field, empty ones as null. */
  private value(field: string): unknown {
    const value = Object.hasOwn(this.item, field) ? this.item[field] : undefined;
    return value === null ? undefined : value;
  }

  required<T>(field: string, read: (field: string) => T | undefined): T | undefined {
    const value = this.value(field);
    if (value === undefined || (typeof value === 'string' && value.trim() === ''))
      return this.problem(field, 'is required');
    return read(field);
  }

  /** A blank optional string is absent (runners send `"summary": ""` on calls nobody answered). */
  string(field: string, max: number): string | undefined {
    const value = this.value(field);
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
    if (typeof value !== 'string') return this.problem(field, 'must be a string');
    if (value.length > max) return this.problem(field, `must be at most ${max} characters`);
    return value;
  }

  id(field: string): string | undefined {
    return this.string(field, ID_MAX);
  }

  /** A provider's id of a call or message: a string, or a number written as one. */
  ref(field: string): string | undefined {
    return this.code(field, REF_MAX);
  }

  /** A string, or a number written as one (error codes come both ways). */
  code(field: string, max: number): string | undefined {
    const value = this.value(field);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return this.string(field, max);
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T | undefined {
    const value = this.value(field);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    return this.problem(field, `must be one of: ${values.join(', ')}`);
  }

  timestamp(field: string): Date | undefined {
    const value = this.value(field);
    if (value === undefined) return undefined;
    const at = typeof value === 'string' ? parseTimestamp(value) : undefined;
    return at ?? this.problem(field, 'must be an ISO 8601 timestamp with a time zone, e.g. 2025-08-05T10:30:00+05:30');
  }

  seconds(field: string): number | undefined {
    const value = this.value(field);
    if (value === undefined) return undefined;
    // Fractions are rounded (12.5 s is a duration too); more than 68 years is not.
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 2_147_483_647)
      return Math.round(value);
    return this.problem(field, 'must be a number of seconds, 0 or more');
  }

  url(field: string): string | undefined {
    const value = this.string(field, 2048);
    if (value === undefined) return undefined;
    // Only web links: the URL is shown to the lender's staff, a `javascript:` one must never be.
    if (/^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value)) return value;
    return this.problem(field, 'must be an http(s) URL');
  }

  object(field: string): Record<string, unknown> | undefined {
    const value = this.value(field);
    if (value === undefined) return undefined;
    if (isPlainObject(value)) return value;
    return this.problem(field, 'must be an object');
  }
}

/** A real instant written with its zone, between the years 2000 and 2999; undefined otherwise. */
export function parseTimestamp(value: string): Date | undefined {
  const match = TIMESTAMP.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (year < 2000 || year > 2999 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  // Date.parse rolls 2025-02-30 over to March: check the calendar day in UTC, zone aside.
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCDate() !== day) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/**
 * The list under `key` of a body, each item read by `read`; throws the 400 `Validation failed`
 * naming every problem (`events[3].at must be …`) when any item is wrong, so nothing of a bad
 * request is kept.
 */
export function readInboundList<T>(
  body: unknown,
  key: string,
  read: (fields: FieldReader) => T | undefined,
  max = MAX_INBOUND_EVENTS,
): T[] {
  const list = isPlainObject(body) && Object.hasOwn(body, key) ? body[key] : undefined;
  if (!isPlainObject(body)) throw validationFailed(['Request body must be a JSON object']);
  if (list === undefined || list === null) throw validationFailed([`${key} is required`]);
  if (!Array.isArray(list)) throw validationFailed([`${key} must be an array`]);
  if (list.length > max) throw validationFailed([`${key} must contain at most ${max} items (got ${list.length})`]);

  const problems: string[] = [];
  const items: T[] = [];
  list.forEach((item: unknown, index) => {
    const path = `${key}[${index}]`;
    if (!isPlainObject(item)) {
      problems.push(`${path} must be an object`);
      return;
    }
    const before = problems.length;
    const value = read(new FieldReader(item, path, problems));
    if (problems.length === before && value !== undefined) items.push(value);
  });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    throw validationFailed([...problems.slice(0, MAX_PROBLEMS), `… and ${more} more problems`]);
  }
  if (problems.length > 0) throw validationFailed(problems);
  return items;
}
