import type { OutcomeSink } from '../../initiations/channel.port';
import type { RequestTimer } from '../../providers/provider-timers';
import { remember, timed } from '../../providers/sandbox';
import type { VoiceBatch, VoiceProvider } from './voice-provider';

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
