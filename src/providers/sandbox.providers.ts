import type { OutcomeSink, SmsBatch, SmsProvider, VoiceBatch, VoiceProvider } from './provider.types';

/** Enough to inspect a local trial, bounded so a long-running process does not grow. */
const KEEP_BATCHES = 1000;

function remember<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > KEEP_BATCHES) list.splice(0, list.length - KEEP_BATCHES);
}

/** The default voice provider (SPEC §1): accepts and records every call, dials nobody. */
export class SandboxVoiceProvider implements VoiceProvider {
  readonly name = 'sandbox';
  private readonly batches: VoiceBatch[] = [];

  /** The last 1000 batches, oldest first. */
  get sent(): readonly VoiceBatch[] {
    return this.batches;
  }

  async sendCalls(batch: VoiceBatch, sink: OutcomeSink): Promise<void> {
    remember(this.batches, batch);
    await sink(
      batch.calls.map((c) => ({ attemptId: c.attemptId, accepted: true, providerRef: `sandbox-${c.attemptId}` })),
    );
  }
}

/** The default SMS provider: accepts and records every message, sends nothing. */
export class SandboxSmsProvider implements SmsProvider {
  readonly name = 'sandbox';
  /** Nothing is sent, so a repeat cannot send twice. */
  readonly deduplicates = true;
  private readonly batches: SmsBatch[] = [];

  /** The last 1000 batches, oldest first. */
  get sent(): readonly SmsBatch[] {
    return this.batches;
  }

  async sendSms(batch: SmsBatch, sink: OutcomeSink): Promise<void> {
    remember(this.batches, batch);
    await sink(
      batch.messages.map((m) => ({ attemptId: m.attemptId, accepted: true, providerRef: `sandbox-${m.attemptId}` })),
    );
  }
}
