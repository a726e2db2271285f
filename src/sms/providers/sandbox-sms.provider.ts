import type { OutcomeSink } from '../../initiations/channel.port';
import type { RequestTimer } from '../../providers/provider-timers';
import { remember, timed } from '../../providers/sandbox';
import type { SmsBatch, SmsProvider } from './sms-provider';

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
