import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound, validationFailed } from '../../common/errors';
import { ReplicaReads } from '../../database/read-replicas';
import type { Attempt, AttemptStatus } from '../attempt.entity';
import type { AttemptDto, InitiationStatusDto } from '../dto/attempts.dto';
import { InitiationSummaryDto, InitiationsQueryDto, toInitiationSummary } from '../dto/initiation-list.dto';
import { Initiation } from '../initiation.entity';
import { OUTCOMES_OF, Outcome } from '../outcomes/outcomes';
import { AttemptReads } from '../persistence/attempt.reads';
import { FollowUpStore } from '../persistence/follow-up.store';
import { OutcomeReads, parseObjectText } from '../persistence/outcome.reads';
import { ReportService } from './report.service';

/** Reads of initiations for their organization; another organization's is unknown (404). */
@Injectable()
export class InitiationQueriesService {
  constructor(
    @InjectRepository(Initiation) private readonly initiations: Repository<Initiation>,
    private readonly reads: AttemptReads,
    private readonly reports: ReportService,
    private readonly outcomes: OutcomeReads,
    private readonly followUps: FollowUpStore,
    private readonly replicaReads: ReplicaReads,
  ) {}

  private async find(organizationId: string, id: string): Promise<Initiation> {
    const initiation = await this.initiations.findOneBy({ id, organizationId });
    if (!initiation) throw notFound('Initiation');
    return initiation;
  }

  /**
   * The organization's initiations, newest first (the audit trail of who initiated what). A list
   * may lag (read on a replica); an initiation just created is read by id (`status`), on the primary.
   */
  async list(
    organizationId: string,
    query: InitiationsQueryDto,
  ): Promise<{ rows: InitiationSummaryDto[]; total: number }> {
    const { campaignId, channel, status } = query;
    return this.replicaReads.run(async (db) => {
      const [rows, total] = await db.getRepository(Initiation).findAndCount({
        where: {
          organizationId,
          ...(campaignId && { campaignId }),
          ...(channel && { channel }),
          ...(status && { status }),
        },
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: query.offset,
        take: query.limit,
      });
      const byId = await this.reads.excludedByInitiation(
        rows.map((r) => r.id),
        db,
      );
      return { rows: rows.map((r) => toInitiationSummary(r, byId.get(r.id) ?? 0)), total };
    });
  }

  async status(organizationId: string, id: string): Promise<InitiationStatusDto> {
    const { initiation, results } = await this.reports.current(await this.find(organizationId, id));
    return {
      initiationId: initiation.id,
      channel: initiation.channel,
      status: initiation.status,
      results,
      outcomes: await this.outcomes.initiationCounts(initiation.id, initiation.channel),
      followUps: await this.followUps.counts(initiation),
    };
  }

  async attempts(
    organizationId: string,
    id: string,
    query: { offset: number; limit: number; status?: AttemptStatus; outcome?: string },
  ): Promise<{ rows: AttemptDto[]; total: number }> {
    const initiation = await this.find(organizationId, id);
    const allowed = ['pending', ...OUTCOMES_OF[initiation.channel]];
    if (query.outcome !== undefined && !allowed.includes(query.outcome)) {
      throw validationFailed([`outcome must be one of: ${allowed.join(', ')}`]);
    }
    const outcome = query.outcome as Outcome | 'pending' | undefined;
    // Not `{ ...query }`: `offset` is a getter of the query's class, which a spread drops (every
    // page then answered the first).
    const { rows, total } = await this.reads.page(initiation.id, {
      offset: query.offset,
      limit: query.limit,
      status: query.status,
      outcome,
    });
    return {
      total,
      rows: rows.map(toAttemptItem),
    };
  }

  /**
   * One attempt as the attempts list shows it (webhooks' `attempt.outcome`), by its row id; null
   * when it is not the organization's.
   */
  async attemptItem(organizationId: string, attemptRowId: string): Promise<AttemptDto | null> {
    const attempt = await this.reads.byRowId(attemptRowId);
    return attempt && attempt.organizationId === organizationId ? toAttemptItem(attempt) : null;
  }
}

/** An attempt as GET /initiations/:id/attempts lists it. */
export function toAttemptItem(a: Attempt): AttemptDto {
  return {
    attemptId: a.attemptId,
    customerId: a.externalId,
    phone: a.phone,
    batch: a.batch === 0 ? null : a.batch,
    // `sending` is an internal claim; through the API it is still `queued`.
    status: a.status === 'sending' ? 'queued' : a.status,
    providerRef: a.providerRef,
    reason: a.reason,
    updatedAt: a.updatedAt.toISOString(),
    outcome: a.outcome,
    outcomeAt: a.outcomeAt?.toISOString() ?? null,
    durationSec: a.durationSec,
    outcomeReason: a.outcomeReason,
    disposition: a.disposition === null ? null : { id: a.dispositionId, name: a.disposition },
    summary: a.summary,
    recordingUrl: a.recordingUrl,
    transcriptUrl: a.transcriptUrl,
    extracted: parseObjectText(a.extracted),
    retryOf: a.retryOf,
    retryNumber: a.retryNumber,
  };
}
