import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { idFieldOf } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { validationFailed } from '../common/errors';
import { ReplicaReads } from '../database/read-replicas';
import { Customer } from '../customers/customer.entity';
import { toCustomerResponse } from '../customers/dto/customer-response.dto';
import type { AudienceDto } from './dto/audience.dto';
import { FilterQueryBuilder } from './filter-query.builder';
import { Filters, parseFilters } from './filters';

export const SAMPLE_SIZE = 20;

/** Filters already checked by the DTO are parsed again here: services also run outside HTTP. */
export function filtersOrThrow(raw: unknown): Filters {
  const { filters, problems } = parseFilters(raw);
  if (problems.length > 0) throw validationFailed(problems);
  return filters;
}

@Injectable()
export class TargetingService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly query: FilterQueryBuilder,
    private readonly replicaReads: ReplicaReads,
  ) {}

  /**
   * Who an initiation with these filters and limit would reach, without dispatching anything: a
   * preview, so its counts and sample may lag (read on a replica, all three from the same server).
   */
  async preview(organizationId: string, campaignId: string, rawFilters: unknown, limit?: number): Promise<AudienceDto> {
    const filters = filtersOrThrow(rawFilters);
    const campaign = await this.campaigns.requireOwned(organizationId, campaignId);
    const scope = { organizationId, campaignId: campaign.id };
    return this.replicaReads.run(async (db) => {
      const totalMatched = await this.query.count(scope, filters, db);
      const customersSelected = Math.min(totalMatched, limit ?? totalMatched);
      const ids =
        customersSelected > 0
          ? await this.query.firstIds(scope, filters, Math.min(SAMPLE_SIZE, customersSelected), db)
          : [];
      const rows =
        ids.length > 0
          ? await db
              .getRepository(Customer)
              .find({ where: { id: In(ids), campaignId: campaign.id }, order: { id: 'ASC' } })
          : [];
      const idField = idFieldOf(campaign.campaignType);
      return { totalMatched, customersSelected, sample: rows.map((c) => toCustomerResponse(c, idField)) };
    });
  }
}
