import type { OutcomeSink, RequestTimer, SmsBatch, SmsProvider, VoiceBatch, VoiceProvider } from './provider.types';

/** Enough to inspect a local trial, bounded so a long-running process does not grow. */
const KEEP_BATCHES = 1000;

function timed<T>(timer: RequestTimer | undefined, work: () => T): T {
  const started = process.hrtime.bigint();
  try {
    return work();
  } finally {
    timer?.(Number(process.hrtime.bigint() - started) / 1e9);
  }
}

function remember<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > KEEP_BATCHES) list.splice(0, list.length - KEEP_BATCHES);
}

/** The default voice provider (SPEC §1): accepts and records every call, dials nobody. */
export class SandboxVoiceProvider implements VoiceProvider {
  readonly name = 'sandbox';
  private readonly batches: VoiceBatch[] = [];

  constructor(private readonly timer?: RequestTimer) {}

  /** The last 1000 batches, oldest first. */
  get sent(): readonly VoiceBatch[] {
    return this.batches;
  }

  async sendCalls(batch: VoiceBatch, sink: OutcomeSink): Promise<void> {
    // The sandbox's "request" is taking the batch: it answers at once, and says so in the histogram.
    const answer = timed(this.timer, () => {
      remember(this.batches, batch);
      return batch.calls.map((c) => ({
        attemptId: c.attemptId,
        accepted: true,
        providerRef: `sandbox-${c.attemptId}`,
      }));
    });
    await sink(answer);
  }
}

/** The default SMS provider: accepts and records every message, sends nothing. */
export class SandboxSmsProvider implements SmsProvider {
  readonly name = 'sandbox';
  /** Nothing is sent, so a repeat cannot send twice. */
  readonly deduplicates = true;
  private readonly batches: SmsBatch[] = [];

  constructor(private readonly timer?: RequestTimer) {}

  /** The last 1000 batches, oldest first. */
  get sent(): readonly SmsBatch[] {
    return this.batches;
  }

  async sendSms(batch: SmsBatch, sink: OutcomeSink): Promise<void> {
    const answer = timed(this.timer, () => {
      remember(this.batches, batch);
      return batch.messages.map((m) => ({
        attemptId: m.attemptId,
        accepted: true,
        providerRef: `sandbox-${m.attemptId}`,
      }));
    });
    await sink(answer);
  }
}
