import { DateTime, Duration } from 'luxon';

/**
 * `YYYY-MM-DD`, or a date and time `YYYY-MM-DDTHH:MM[:SS[.fff]]` (a space for the `T` is accepted),
 * optionally with `Z` or an offset `±HH:MM` (only after a time).
 */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface TimeBound {
  /** The instant written. */
  start: Date;
  /**
   * The first instant after what was written, at the precision it was written in: `2026-03-02`
   * ends at the next midnight, `…T10:00` at 10:01, `…T10:00:00` at 10:00:01. An inclusive end.
   */
  next: Date;
}

/**
 * Reads a time a client gave: with an offset it is that instant; without one it is a wall time
 * in `zone` (the organization's), whatever the machine's zone. Null when it is no such time.
 */
export function parseTimeBound(text: string, zone: string): TimeBound | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, date, hourMinute, seconds, fraction, offset] = m;
  const iso = `${date}${hourMinute ? `T${hourMinute}` : ''}${seconds ? `:${seconds}` : ''}${fraction ? `.${fraction}` : ''}${offset ?? ''}`;
  const parsed = offset ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone });
  if (!parsed.isValid) return null;
  const step: Duration = !hourMinute
    ? Duration.fromObject({ days: 1 })
    : !seconds
      ? Duration.fromObject({ minutes: 1 })
      : !fraction
        ? Duration.fromObject({ seconds: 1 })
        : Duration.fromObject({ milliseconds: 10 ** Math.max(0, 3 - fraction.length) });
  const start = parsed.toJSDate();
  // Milliseconds are what the database keeps: a finer fraction ends at the next millisecond.
  const next = fraction && fraction.length > 3 ? Math.floor(start.getTime()) + 1 : parsed.plus(step).toMillis();
  return { start, next: new Date(next) };
}

/** An instant as ISO 8601 with the zone's offset at that instant (`2026-03-02T12:00:00.000+05:30`). */
export function formatInZone(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISO() ?? at.toISOString();
}

/** The calendar date of an instant in the zone (`YYYY-MM-DD`). */
export function dateInZone(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? at.toISOString().slice(0, 10);
}
