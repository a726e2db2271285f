import { Injectable, Logger } from '@nestjs/common';
import {
  type Attempt,
  type InitiateCallsBody,
  type InitiateSmsBody,
  initiationIdOf,
  OutreachClient,
} from '@outreach-api/client';

/** How to reach the customers: an SMS template, or an agent and a disposition for calls. */
export type ChaseChannel = { sms: InitiateSmsBody } | { calls: InitiateCallsBody };

export interface ChaseResult {
  initiationId: string;
  status: string;
  customersSelected: number;
  initiated: number;
  failed: number;
  /** The customers whose attempt failed, with the reason. */
  failures: Array<Pick<Attempt, 'customerId' | 'reason'>>;
}

/** Chases a campaign's customers: one initiation, waited for until it is final. */
@Injectable()
export class ChaserService {
  private readonly logger = new Logger(ChaserService.name);

  constructor(private readonly outreach: OutreachClient) {}

  async chase(campaignId: string, channel: ChaseChannel, options: { timeoutMs?: number } = {}): Promise<ChaseResult> {
    // Accepted at once (202); the client sends an Idempotency-Key, so its own retries of a 429/503
    // never start a second initiation.
    const accepted =
      'sms' in channel
        ? await this.outreach.initiateSms(campaignId, channel.sms, { respondAsync: true })
        : await this.outreach.initiateCalls(campaignId, channel.calls, { respondAsync: true });
    const initiationId = initiationIdOf(accepted);
    if (!initiationId) throw new Error('The Outreach API answered without an initiation id');
    this.logger.log(`initiation ${initiationId} accepted for campaign ${campaignId}`);

    const done = await this.outreach.waitForInitiation(initiationId, { timeoutMs: options.timeoutMs ?? 120_000 });
    const failures: ChaseResult['failures'] = [];
    for await (const attempt of this.outreach.attempts(initiationId, { status: 'failed' })) {
      failures.push({ customerId: attempt.customerId, reason: attempt.reason });
    }
    this.logger.log(`initiation ${initiationId} ${done.status}: ${done.results.initiated} initiated`);
    return {
      initiationId,
      status: done.status,
      customersSelected: done.results.customersSelected,
      initiated: done.results.initiated,
      failed: done.results.failed,
      failures,
    };
  }
}
