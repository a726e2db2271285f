import type { OutcomeSink } from '../../initiations/channel.port';
import type { RequestTimer } from '../../providers/provider-timers';
import { remember, timed } from '../../providers/sandbox';
import { drawn, SandboxEvents } from '../../providers/sandbox-events';
import type { SmsBatch, SmsProvider } from './sms-provider';

/**
 * The default SMS provider: accepts and records every message, sends nothing. With `events`
 * (PUBLIC_BASE_URL and SMS_GATEWAY_SECRET set) it then reports each message as a gateway would:
 * sent, then delivered, or (one in ten, drawn from the attempt id) undelivered.
 */
export class SandboxSmsProvider implements SmsProvider {
  readonly name = 'sandbox';
  /** Nothing is sent, so a repeat cannot send twice. */
  readonly deduplicates = true;
  private readonly batches: SmsBatch[] = [];

  constructor(
    private readonly timer?: RequestTimer,
    private readonly events?: SandboxEvents,
  ) {}

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
    const events = this.events;
    if (events) events.report(batch.messages.flatMap((m) => sandboxReceipts(m.attemptId, events.now())));
  }
}

function sandboxReceipts(attemptId: string, now: Date): Record<string, unknown>[] {
  const messageId = `sandbox-${attemptId}`;
  const sent = { attemptId, messageId, status: 'sent', at: new Date(now.getTime() + 1000).toISOString() };
  const at = new Date(now.getTime() + 4000).toISOString();
  const final =
    drawn(attemptId, 10) === 0
      ? {
          attemptId,
          messageId,
          status: 'undelivered',
          at,
          errorCode: 'SANDBOX-1',
          reason: 'Sandbox: handset unreachable',
        }
      : { attemptId, messageId, status: 'delivered', at };
  return [sent, final];
}
