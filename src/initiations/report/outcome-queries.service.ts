import { Injectable } from '@nestjs/common';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { notFound, validationFailed } from '../../common/errors';
import { ContactPolicyService } from '../../contact-policy/contact-policy.service';
import { ReplicaReads } from '../../database/read-replicas';
import type { AttemptEventDto } from '../logs/dto/logs.dto';
import { toEventDto } from '../logs/log-entry';
import { parseTimeBound } from '../logs/log-time';
import { emptyCounts, InitiatedRange, OutcomeReads } from '../persistence/outcome.reads';
import type { CampaignStatsDto } from './dto/outcome-reads.dto';

const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** An attempt's event history and a campaign's outcome stats, for their organization (SPEC §9). */
@Injectable()
export class OutcomeQueriesService {
  constructor(
    private readonly reads: OutcomeReads,
    private readonly campaigns: CampaignsService,
    private readonly policies: ContactPolicyService,
    private readonly replicaReads: ReplicaReads,
  ) {}

  /** One page of the history in arrival order; another organization's attempt is unknown. */
  async events(
    organizationId: string,
    attemptId: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: AttemptEventDto[]; total: number }> {
    const attempt = await this.reads.attempt(organizationId, attemptId);
    if (!attempt) throw notFound('Attempt');
    const { rows, total } = await this.reads.events(attempt.rowId, page);
    return { total, rows: rows.map((e, i) => toEventDto(e, page.offset + i, 'UTC')) };
  }

  /** Unknown campaign → 404, another organization's → 403 (SPEC §2). Stats may lag: read on a replica. */
  async campaignStats(
    organizationId: string,
    campaignId: string,
    q: { from?: string; to?: string },
  ): Promise<CampaignStatsDto> {
    const campaign = await this.campaigns.requireOwned(organizationId, campaignId);
    const zone = (await this.policies.get(organizationId)).timezone;
    const range: InitiatedRange = {};
    if (q.from !== undefined) {
      const bound = parseTimeBound(q.from, zone);
      if (!bound) throw validationFailed(['from must be an ISO 8601 date or date-time']);
      range.from = bound.start;
    }
    if (q.to !== undefined) {
      const bound = parseTimeBound(q.to, zone);
      if (!bound) throw validationFailed(['to must be an ISO 8601 date or date-time']);
      range.before = bound.next;
    }
    const { byOutcome, byDisposition } = await this.replicaReads.run((db) =>
      this.reads.campaignStats(organizationId, campaign.id, range, db),
    );
    const calls = emptyCounts('calls');
    const sms = emptyCounts('sms');
    let callAttempts = 0;
    let smsAttempts = 0;
    let durations = 0;
    let durationSum = 0;
    for (const row of byOutcome) {
      const counts = row.channel === 'calls' ? calls : sms;
      const key = row.outcome ?? 'pending';
      if (key in counts) counts[key] += row.n;
      if (row.channel === 'calls') {
        callAttempts += row.n;
        durations += row.durations;
        durationSum += row.durationSum;
      } else {
        smsAttempts += row.n;
      }
    }
    return {
      calls: {
        attempts: callAttempts,
        byOutcome: calls,
        byDisposition,
        contactRate: callAttempts === 0 ? 0 : round(calls.completed / callAttempts, 4),
        avgDurationSec: durations === 0 ? null : round(durationSum / durations, 1),
      },
      sms: {
        attempts: smsAttempts,
        byOutcome: sms,
        deliveryRate: smsAttempts === 0 ? 0 : round(sms.delivered / smsAttempts, 4),
      },
    };
  }
}
