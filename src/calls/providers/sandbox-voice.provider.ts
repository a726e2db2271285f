import type { OutcomeSink } from '../../initiations/channel.port';
import type { RequestTimer } from '../../providers/provider-timers';
import { remember, timed } from '../../providers/sandbox';
import { drawn, SandboxEvents } from '../../providers/sandbox-events';
import type { VoiceBatch, VoiceProvider } from './voice-provider';

/** What a sandbox call ends as, drawn from its attempt id; with the call's length in seconds. */
const SANDBOX_CALLS = [
  { event: 'completed', durationSec: 94 },
  { event: 'no_answer', durationSec: 0 },
  { event: 'busy', durationSec: 0 },
  { event: 'voicemail', durationSec: 21 },
] as const;

/**
 * The default voice provider (SPEC §1): accepts and records every call, dials nobody. With
 * `events` (PUBLIC_BASE_URL and VOICE_RUNNER_SECRET set) it then reports each call as a runner
 * would: ringing, then a final outcome drawn from the attempt id.
 */
export class SandboxVoiceProvider implements VoiceProvider {
  readonly name = 'sandbox';
  private readonly batches: VoiceBatch[] = [];

  constructor(
    private readonly timer?: RequestTimer,
    private readonly events?: SandboxEvents,
  ) {}

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
    const events = this.events;
    if (events) events.report(batch.calls.flatMap((c) => sandboxCallEvents(c.attemptId, events.now())));
  }
}

function sandboxCallEvents(attemptId: string, now: Date): Record<string, unknown>[] {
  const callId = `sandbox-${attemptId}`;
  const ringing = new Date(now.getTime() + 1000);
  const end = SANDBOX_CALLS[drawn(attemptId, SANDBOX_CALLS.length)];
  const final: Record<string, unknown> = {
    attemptId,
    callId,
    event: end.event,
    at: new Date(ringing.getTime() + (end.durationSec + 5) * 1000).toISOString(),
    durationSec: end.durationSec,
  };
  if (end.event === 'completed') final.summary = 'Sandbox call: the customer listened to the reminder.';
  return [{ attemptId, callId, event: 'ringing', at: ringing.toISOString() }, final];
}
