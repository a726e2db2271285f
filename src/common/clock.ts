/**
 * The one source of "now". Production uses the system clock; tests inject a controllable one,
 * so nothing depends on the wall clock or the machine's time zone.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
