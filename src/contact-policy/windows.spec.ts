import { ContactWindow, DAYS } from './policy';
import { isInsideWindow, nextOpening } from './windows';

const at = (iso: string): Date => new Date(iso);
const ALL = [...DAYS];
const win = (start: string, end: string, days: ContactWindow['days'] = ALL): ContactWindow => ({ start, end, days });

// Calendar used below: 2026-01-15 is a Thursday, 2026-01-16 a Friday, 2026-01-17 a Saturday, 2026-01-18 a Sunday.
// Asia/Kolkata is UTC+05:30, Asia/Dubai UTC+04:00, America/New_York UTC-05:00 (UTC-04:00 from 2026-03-08 03:00).

describe('isInsideWindow', () => {
  describe('a normal window 08:00–19:00 in Asia/Kolkata', () => {
    const w = win('08:00', '19:00');
    it.each([
      ['07:59:59.999 local (just before start)', '2026-01-15T02:29:59.999Z', false],
      ['08:00 local (start is inclusive)', '2026-01-15T02:30:00.000Z', true],
      ['12:00 local', '2026-01-15T06:30:00.000Z', true],
      ['18:59:59.999 local', '2026-01-15T13:29:59.999Z', true],
      ['19:00 local (end is exclusive)', '2026-01-15T13:30:00.000Z', false],
      ['23:00 local', '2026-01-15T17:30:00.000Z', false],
    ])('%s → %s', (_label, iso, expected) => {
      expect(isInsideWindow(w, 'Asia/Kolkata', at(iso))).toBe(expected);
    });
  });

  describe("a window ending at '24:00' (20:00–24:00 on Thursdays, Asia/Kolkata)", () => {
    const w = win('20:00', '24:00', ['thu']);
    it.each([
      ['Thu 19:59', '2026-01-15T14:29:00.000Z', false],
      ['Thu 20:00', '2026-01-15T14:30:00.000Z', true],
      ['Thu 23:59:59.999', '2026-01-15T18:29:59.999Z', true],
      ['Fri 00:00 (24:00 is exclusive, Friday is not a day)', '2026-01-15T18:30:00.000Z', false],
      ['Wed 22:00 (not a day)', '2026-01-14T16:30:00.000Z', false],
    ])('%s → %s', (_label, iso, expected) => {
      expect(isInsideWindow(w, 'Asia/Kolkata', at(iso))).toBe(expected);
    });
  });

  describe('a window across midnight (20:00–02:00, opening on Fridays only, UTC)', () => {
    const w = win('20:00', '02:00', ['fri']);
    it.each([
      ['Fri 19:59', '2026-01-16T19:59:00.000Z', false],
      ['Fri 20:00', '2026-01-16T20:00:00.000Z', true],
      ['Fri 23:00', '2026-01-16T23:00:00.000Z', true],
      ['Sat 01:00 (Friday’s window, though Saturday is not a day)', '2026-01-17T01:00:00.000Z', true],
      ['Sat 01:59:59.999', '2026-01-17T01:59:59.999Z', true],
      ['Sat 02:00 (end is exclusive)', '2026-01-17T02:00:00.000Z', false],
      ['Sat 03:00', '2026-01-17T03:00:00.000Z', false],
      ['Sat 23:00 (Saturday does not open a window)', '2026-01-17T23:00:00.000Z', false],
      ['Thu 01:00 (Wednesday does not open a window)', '2026-01-15T01:00:00.000Z', false],
      ['Fri 01:00 (would be Thursday’s window)', '2026-01-16T01:00:00.000Z', false],
      ['Thu 23:00', '2026-01-15T23:00:00.000Z', false],
    ])('%s → %s', (_label, iso, expected) => {
      expect(isInsideWindow(w, 'UTC', at(iso))).toBe(expected);
    });

    it('uses the local day of the zone, not the UTC day', () => {
      // Sat 01:00 in Kolkata is Fri 19:30 UTC; Fri 23:00 in Kolkata is Fri 17:30 UTC.
      expect(isInsideWindow(w, 'Asia/Kolkata', at('2026-01-16T19:30:00.000Z'))).toBe(true);
      expect(isInsideWindow(w, 'Asia/Kolkata', at('2026-01-16T17:30:00.000Z'))).toBe(true);
      // Sat 03:00 in Kolkata (Fri 21:30 UTC) is outside, although it is Friday 21:30 in UTC.
      expect(isInsideWindow(w, 'Asia/Kolkata', at('2026-01-16T21:30:00.000Z'))).toBe(false);
      expect(isInsideWindow(w, 'UTC', at('2026-01-16T21:30:00.000Z'))).toBe(true);
    });
  });

  describe('an empty window (start = end)', () => {
    it.each([
      ['09:00', '2026-01-15T03:30:00.000Z'],
      ['09:00', '2026-01-15T03:29:00.000Z'],
      ['09:00', '2026-01-15T12:00:00.000Z'],
      ['00:00', '2026-01-14T18:30:00.000Z'],
      ['00:00', '2026-01-15T06:00:00.000Z'],
    ])('%s–%s is never inside (at %s)', (hhmm, iso) => {
      expect(isInsideWindow(win(hhmm, hhmm), 'Asia/Kolkata', at(iso))).toBe(false);
    });

    it('never opens', () => {
      expect(nextOpening(win('09:00', '09:00'), 'Asia/Kolkata', at('2026-01-15T00:00:00.000Z'))).toBeNull();
      expect(nextOpening(win('00:00', '00:00'), 'UTC', at('2026-01-15T00:00:00.000Z'))).toBeNull();
    });
  });

  describe('a subset of days (closed on Sunday)', () => {
    const w = win('08:00', '19:00', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    it.each([
      ['Sat 12:00', '2026-01-17T06:30:00.000Z', true],
      ['Sun 12:00', '2026-01-18T06:30:00.000Z', false],
      ['Mon 12:00', '2026-01-19T06:30:00.000Z', true],
    ])('%s local → %s', (_label, iso, expected) => {
      expect(isInsideWindow(w, 'Asia/Kolkata', at(iso))).toBe(expected);
    });
  });

  it('is never inside when the window has no days', () => {
    expect(isInsideWindow(win('08:00', '19:00', []), 'UTC', at('2026-01-15T12:00:00.000Z'))).toBe(false);
    expect(isInsideWindow(win('20:00', '02:00', []), 'UTC', at('2026-01-16T01:00:00.000Z'))).toBe(false);
  });

  describe('three zones at the same instant', () => {
    const w = win('08:00', '19:00');
    it('2026-01-15T13:30Z: Kolkata 19:00 (closed), Dubai 17:30 (open), New York 08:30 (open)', () => {
      const instant = at('2026-01-15T13:30:00.000Z');
      expect(isInsideWindow(w, 'Asia/Kolkata', instant)).toBe(false);
      expect(isInsideWindow(w, 'Asia/Dubai', instant)).toBe(true);
      expect(isInsideWindow(w, 'America/New_York', instant)).toBe(true);
    });

    it('2026-01-15T03:30Z: Kolkata 09:00 (open), Dubai 07:30 (closed), New York Wed 22:30 (closed)', () => {
      const instant = at('2026-01-15T03:30:00.000Z');
      expect(isInsideWindow(w, 'Asia/Kolkata', instant)).toBe(true);
      expect(isInsideWindow(w, 'Asia/Dubai', instant)).toBe(false);
      expect(isInsideWindow(w, 'America/New_York', instant)).toBe(false);
    });

    it('gives each zone its own next opening', () => {
      const instant = at('2026-01-15T13:30:00.000Z');
      expect(nextOpening(w, 'Asia/Kolkata', instant)?.toISOString()).toBe('2026-01-16T02:30:00.000Z');
      expect(nextOpening(w, 'Asia/Dubai', instant)?.toISOString()).toBe('2026-01-16T04:00:00.000Z');
      expect(nextOpening(w, 'America/New_York', instant)?.toISOString()).toBe('2026-01-16T13:00:00.000Z');
    });
  });
});

describe('nextOpening', () => {
  const iso = (w: ContactWindow, zone: string, from: string): string | undefined =>
    nextOpening(w, zone, at(from))?.toISOString();

  it('is later the same day before the window opens', () => {
    // Thu 05:30 in Kolkata → Thu 08:00 (02:30 UTC).
    expect(iso(win('08:00', '19:00'), 'Asia/Kolkata', '2026-01-15T00:00:00.000Z')).toBe('2026-01-15T02:30:00.000Z');
  });

  it('is strictly after the given instant (at the opening itself, the next day’s)', () => {
    expect(iso(win('08:00', '19:00'), 'Asia/Kolkata', '2026-01-15T02:30:00.000Z')).toBe('2026-01-16T02:30:00.000Z');
    expect(iso(win('08:00', '19:00'), 'Asia/Kolkata', '2026-01-15T02:29:59.999Z')).toBe('2026-01-15T02:30:00.000Z');
  });

  it('is the next day when the window has closed, or is open, today', () => {
    expect(iso(win('08:00', '19:00'), 'Asia/Kolkata', '2026-01-15T14:00:00.000Z')).toBe('2026-01-16T02:30:00.000Z');
    expect(iso(win('08:00', '19:00'), 'Asia/Kolkata', '2026-01-15T06:30:00.000Z')).toBe('2026-01-16T02:30:00.000Z');
  });

  it('skips the days the window does not open on', () => {
    const weekdays = win('08:00', '19:00', ['mon', 'tue', 'wed', 'thu', 'fri']);
    // Fri 20:00 in Kolkata → Mon 08:00 (Sun 2026-01-18 is skipped, as is Saturday).
    expect(iso(weekdays, 'Asia/Kolkata', '2026-01-16T14:30:00.000Z')).toBe('2026-01-19T02:30:00.000Z');
    // Sat 12:00 in Kolkata → Mon 08:00.
    expect(iso(weekdays, 'Asia/Kolkata', '2026-01-17T06:30:00.000Z')).toBe('2026-01-19T02:30:00.000Z');
    // A window opening on Tuesdays and Saturdays, from Wednesday → Saturday.
    expect(iso(win('10:00', '12:00', ['tue', 'sat']), 'UTC', '2026-01-14T12:00:00.000Z')).toBe(
      '2026-01-17T10:00:00.000Z',
    );
  });

  it('is a week later when the only day is today and its opening has passed', () => {
    expect(iso(win('08:00', '19:00', ['thu']), 'Asia/Kolkata', '2026-01-15T10:00:00.000Z')).toBe(
      '2026-01-22T02:30:00.000Z',
    );
  });

  it('of a window across midnight is the next opening day’s start', () => {
    const fridayNight = win('20:00', '02:00', ['fri']);
    expect(iso(fridayNight, 'UTC', '2026-01-16T19:00:00.000Z')).toBe('2026-01-16T20:00:00.000Z');
    // Sat 01:00 (still inside Friday's window) → next Friday.
    expect(iso(fridayNight, 'UTC', '2026-01-17T01:00:00.000Z')).toBe('2026-01-23T20:00:00.000Z');
    expect(iso(fridayNight, 'UTC', '2026-01-15T01:00:00.000Z')).toBe('2026-01-16T20:00:00.000Z');
  });

  it('is null when the window has no days', () => {
    expect(nextOpening(win('08:00', '19:00', []), 'Asia/Kolkata', at('2026-01-15T00:00:00.000Z'))).toBeNull();
  });

  describe('across the DST changes of America/New_York', () => {
    const w = win('08:00', '19:00');

    it('spring forward (2026-03-08): Sunday 08:00 is EDT, 12:00 UTC', () => {
      // Sat 2026-03-07 15:00 EST.
      expect(iso(w, 'America/New_York', '2026-03-07T20:00:00.000Z')).toBe('2026-03-08T12:00:00.000Z');
      // Sat 2026-03-07 07:00 EST → Saturday's opening is still EST, 13:00 UTC.
      expect(iso(w, 'America/New_York', '2026-03-07T12:00:00.000Z')).toBe('2026-03-07T13:00:00.000Z');
      // The same UTC instants are inside/outside by the local clock.
      expect(isInsideWindow(w, 'America/New_York', at('2026-03-08T12:00:00.000Z'))).toBe(true);
      expect(isInsideWindow(w, 'America/New_York', at('2026-03-08T11:59:00.000Z'))).toBe(false);
      expect(isInsideWindow(w, 'America/New_York', at('2026-03-07T12:30:00.000Z'))).toBe(false);
    });

    it('fall back (2026-11-01): Sunday 08:00 is EST, 13:00 UTC', () => {
      expect(iso(w, 'America/New_York', '2026-10-31T20:00:00.000Z')).toBe('2026-11-01T13:00:00.000Z');
      expect(isInsideWindow(w, 'America/New_York', at('2026-11-01T12:30:00.000Z'))).toBe(false);
      expect(isInsideWindow(w, 'America/New_York', at('2026-11-01T13:00:00.000Z'))).toBe(true);
    });

    it('a start inside the spring-forward gap opens at the first real minute (03:00 EDT), as isInsideWindow sees it', () => {
      const night = win('02:30', '05:00', ['sun']);
      // 03:00 EDT on 2026-03-08 is 07:00 UTC: local 03:00 is after 02:30, so the window is open...
      expect(isInsideWindow(night, 'America/New_York', at('2026-03-08T07:00:00.000Z'))).toBe(true);
      // ...and 06:59 UTC is 01:59 EST, before it.
      expect(isInsideWindow(night, 'America/New_York', at('2026-03-08T06:59:00.000Z'))).toBe(false);
      // So the window opens at 07:00 UTC, not 30 minutes later.
      expect(iso(night, 'America/New_York', '2026-03-07T17:00:00.000Z')).toBe('2026-03-08T07:00:00.000Z');
    });
  });
});
