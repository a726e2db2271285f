import { Injectable, Optional } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { OutcomeService } from '../../initiations/outcomes/outcome.service';
import type { ApplyResult, ProviderEvent } from '../../initiations/outcomes/provider-event';
import type { EventSource } from '../../initiations/attempt-event.entity';
import { MetricsService } from '../../operations/metrics.service';
import { countInbound } from '../../providers/inbound-events';
import type { FormParams } from '../providers/twilio-signature';
import { readSmsReceipts } from './sms-receipts';
import { twilioStatusEvent } from './twilio-status';

const NOTHING: ApplyResult = { accepted: 0, duplicates: 0, unknown: [] };

/** SMS receipts (the gateway's, Twilio's status callbacks), handed to the pipeline's OutcomeService. */
@Injectable()
export class SmsReceiptsService {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly clock: Clock,
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  /** The gateway's `{receipts: [...]}`: a bad one refuses the whole request (400). */
  async receive(body: unknown): Promise<ApplyResult> {
    return this.apply(
      this.read(() => readSmsReceipts(body)),
      'sms',
    );
  }

  /** One Twilio status callback; a status that is not an outcome (queued, accepted …) is acknowledged and ignored. */
  /**
   * `attemptId`: from the callback URL's query (signed by Twilio with the URL); without it (a
   * message sent before callbacks carried it) the message is found by its sid.
   */
  async receiveTwilio(params: FormParams, attemptId?: string): Promise<ApplyResult> {
    const event = this.read(() => twilioStatusEvent(params, this.clock));
    if (!event) return NOTHING;
    if (attemptId) event.attemptId = attemptId;
    // Twilio's callbacks carry no time of their own: a repeat of a status is the same status again.
    return this.apply([event], 'twilio', true);
  }

  private read<T>(parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      this.metrics?.providerEvents('sms', 'rejected', 1);
      throw error;
    }
  }

  private async apply(
    events: ProviderEvent[],
    source: EventSource,
    sameEventIsDuplicate = false,
  ): Promise<ApplyResult> {
    const result = await this.outcomes.apply(events, { channel: 'sms', source, sameEventIsDuplicate });
    countInbound(this.metrics, 'sms', result);
    return result;
  }
}
