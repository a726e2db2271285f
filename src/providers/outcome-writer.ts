import type { AttemptOutcome, OutcomeSink } from '../initiations/channel.port';

/**
 * Hands outcomes to the sink as they arrive, one sink call at a time: whatever arrives while a
 * write is in progress goes into the next one. So outcomes are written within one write's delay
 * of being known (little to lose if the worker dies), without concurrent writes for one batch.
 */
export class OutcomeWriter {
  private buffer: AttemptOutcome[] = [];
  private writing?: Promise<void>;
  private error?: { cause: unknown };

  constructor(private readonly sink: OutcomeSink) {}

  /** True once a write failed: the caller should stop producing outcomes that cannot be recorded. */
  get failed(): boolean {
    return this.error !== undefined;
  }

  push(outcome: AttemptOutcome): void {
    this.buffer.push(outcome);
    this.writing ??= this.drain();
  }

  /** Waits for every pushed outcome to be written; rethrows the sink's error if a write failed. */
  async settle(): Promise<void> {
    await this.writing;
    if (this.error) throw this.error.cause;
  }

  private async drain(): Promise<void> {
    try {
      while (this.buffer.length > 0 && !this.error) {
        const group = this.buffer;
        this.buffer = [];
        await this.sink(group);
      }
    } catch (cause) {
      this.error = { cause };
    } finally {
      this.writing = undefined;
    }
  }
}
