import { DateTime } from 'luxon';
import { ContactWindow, DAYS } from './policy';

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Local time in `zone` at `at`: the day and the minutes since local midnight (with seconds). */
function local(at: Date, zone: string): { dt: DateTime; day: number; minutes: number } {
  const dt = DateTime.fromJSDate(at, { zone });
  return { dt, day: dt.weekday - 1, minutes: dt.hour * 60 + dt.minute + dt.second / 60 + dt.millisecond / 60000 };
}

/**
 * Whether `at` lies inside the window in `zone`. `start` is inclusive, `end` exclusive. A window
 * that runs across midnight belongs to the day it opens: a Friday 20:00–02:00 window covers
 * Saturday 01:00 even when Saturday is not one of its days.
 */
export function isInsideWindow(window: ContactWindow, zone: string, at: Date): boolean {
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start === end) return false;
  const { day, minutes } = local(at, zone);
  const opensOn = (d: number): boolean => window.days.includes(DAYS[(d + 7) % 7]);
  if (start < end) return opensOn(day) && minutes >= start && minutes < end;
  return (opensOn(day) && minutes >= start) || (opensOn(day - 1) && minutes < end);
}

/** The next instant after `at` at which the window opens in `zone`; null when it never opens. */
export function nextOpening(window: ContactWindow, zone: string, at: Date): Date | null {
  if (minutesOf(window.start) === minutesOf(window.end) || window.days.length === 0) return null;
  const { dt } = local(at, zone);
  const [hour, minute] = [Number(window.start.slice(0, 2)), Number(window.start.slice(3, 5))];
  for (let k = 0; k <= 7; k++) {
    const day = dt.startOf('day').plus({ days: k });
    if (!window.days.includes(DAYS[day.weekday - 1])) continue;
    const wanted = day.set({ hour, minute, second: 0, millisecond: 0 });
    // A start inside a DST gap does not exist (luxon moves it forward by the gap): the window
    // opens at the first real minute after the gap, the start of the hour luxon landed in.
    const opening = wanted.hour === hour && wanted.minute === minute ? wanted : wanted.startOf('hour');
    if (opening.toMillis() > at.getTime()) return opening.toJSDate();
  }
  return null;
}
