/**
 * A worker's periodic sweep: `run` every `intervalMs`, never two at once (a tick while one runs is
 * skipped), failures handed to `onError` and tried again at the next tick; the timer does not keep
 * the process alive, and `stop` waits for a run in progress (so it finishes against the database
 * before it closes).
 */
export class IntervalTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.run()
        .catch(this.onError)
        .finally(() => {
          this.running = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
