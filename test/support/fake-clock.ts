import { Clock } from '../../src/common/clock';

/** A clock the test sets and advances; it never reads the machine's time. */
export class FakeClock extends Clock {
  private current: Date;

  constructor(start = new Date('2026-03-02T06:30:00.000Z')) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
