import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '../common/errors';
import { Attempt, AttemptStatus } from './attempt.entity';
import type { AttemptDto, InitiationStatusDto } from './dto/attempts.dto';
import { InitiationSummaryDto, InitiationsQueryDto, toInitiationSummary } from './dto/initiation-list.dto';
import { Initiation } from './initiation.entity';
import { ReportService } from './report.service';

/** Reads of initiations for their organization; another organization's is unknown (404). */
@Injectable()
export class InitiationQueriesService {
  constructor(
    @InjectRepository(Initiation) private readonly initiations: Repository<Initiation>,
    @InjectRepository(Attempt) private readonly attemptRows: Repository<Attempt>,
    private readonly reports: ReportService,
  ) {}

  private async find(organizationId: string, id: string): Promise<Initiation> {
    const initiation = await this.initiations.findOneBy({ id, organizationId });
    if (!initiation) throw notFound('Initiation');
    return initiation;
  }

  /** The organization's initiations, newest first (the audit trail of who initiated what). */
  async list(
    organizationId: string,
    query: InitiationsQueryDto,
  ): Promise<{ rows: InitiationSummaryDto[]; total: number }> {
    const { campaignId, channel, status } = query;
    const [rows, total] = await this.initiations.findAndCount({
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
    // One indexed count for the page (initiation_id, status), not one per initiation.
    const excluded =
      rows.length === 0
        ? []
        : await this.attemptRows.manager.query<Array<{ initiation_id: string; n: string }>>(
            "SELECT initiation_id, COUNT(*) AS n FROM attempts WHERE initiation_id IN (?) AND status = 'excluded' GROUP BY initiation_id",
            [rows.map((r) => r.id)],
          );
    const byId = new Map(excluded.map((e) => [e.initiation_id, Number(e.n)]));
    return { rows: rows.map((r) => toInitiationSummary(r, byId.get(r.id) ?? 0)), total };
  }

  async status(organizationId: string, id: string): Promise<InitiationStatusDto> {
    const initiation = await this.find(organizationId, id);
    return {
      initiationId: initiation.id,
      channel: initiation.channel,
      status: initiation.status,
      results: await this.reports.results(initiation),
    };
  }

  async attempts(
    organizationId: string,
    id: string,
    query: { offset: number; limit: number; status?: AttemptStatus },
  ): Promise<{ rows: AttemptDto[]; total: number }> {
    const initiation = await this.find(organizationId, id);
    // `sending` is an internal claim; through the API it is still `queued`.
    const status = query.status === 'queued' ? In(['queued', 'sending']) : query.status;
    const where = status ? { initiationId: initiation.id, status } : { initiationId: initiation.id };
    const [rows, total] = await this.attemptRows.findAndCount({
      where,
      // Batch order, then creation order: what the indexes (initiation, batch) and
      // (initiation, status, batch) already hold, so a page never sorts the whole initiation.
      order: { batch: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return {
      total,
      rows: rows.map((a) => ({
        attemptId: a.attemptId,
        customerId: a.externalId,
        phone: a.phone,
        batch: a.batch === 0 ? null : a.batch,
        status: a.status === 'sending' ? 'queued' : a.status,
        providerRef: a.providerRef,
        reason: a.reason,
        updatedAt: a.updatedAt.toISOString(),
      })),
    };
  }
}
