import { Inject, Injectable } from '@nestjs/common';
import { idFieldOf } from '../../campaigns/campaign.entity';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors';
import { isPlainObject } from '../../common/plain-object';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReplicaReads } from '../../database/read-replicas';
import { ContactPolicyService } from '../../contact-policy/contact-policy.service';
import { ExclusionService, noSamples, SelectionPlan } from '../../contact-policy/exclusion.service';
import { FilterQueryBuilder } from '../../targeting/filter-query.builder';
import { filtersOrThrow } from '../../targeting/targeting.service';
import type { Filters } from '../../targeting/filters';
import type { ChannelResources } from '../channel.port';
import { ChannelRegistry } from '../channel.registry';
import type { DryRunDto } from '../dto/report.dto';
import type { Initiation } from '../initiation.entity';
import { SelectionStore } from '../persistence/selection.store';
import { VariableChecks, variableChecks } from '../persistence/variables';
import type { InitiateRequest } from './initiate-request';

const DRY_RUN_SAMPLES = 20;

/** Everything checked and decided before an initiation is written (or, for a dry run, counted). */
export interface Planned {
  resources: ChannelResources;
  totalMatched: number;
  plan: SelectionPlan;
  checks: VariableChecks;
}

/**
 * The checks of SPEC §4 up to the selection, in order — the campaign, the channel's resources
 * (through its port), the customers matched — and the contact policy's plan for them; and the dry
 * run, which counts the same classification without writing.
 */
@Injectable()
export class SelectionPlanner {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly policies: ContactPolicyService,
    private readonly channels: ChannelRegistry,
    private readonly query: FilterQueryBuilder,
    private readonly exclusions: ExclusionService,
    private readonly selection: SelectionStore,
    private readonly clock: Clock,
    private readonly replicaReads: ReplicaReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async plan(organizationId: string, request: InitiateRequest, filters: Filters): Promise<Planned> {
    const campaign = await this.campaigns.requireOwned(organizationId, request.campaignId);
    const policy = await this.policies.forCampaign(campaign);
    const resources = await this.channels.port(request.channel).prepare(organizationId, request.params, policy);
    const scope = { organizationId, campaignId: campaign.id };
    const totalMatched = await this.query.count(scope, filters);
    if (totalMatched === 0) throw new DomainError('NOT_FOUND', 'No customers found matching the given filters');
    const plan = await this.exclusions.plan(
      {
        organizationId,
        campaignId: campaign.id,
        channel: request.channel,
        where: this.query.where(scope, filters),
        narrowed: isPlainObject(request.filters) && Object.keys(request.filters).length > 0,
        matched: totalMatched,
        limit: request.limit,
        zone: policy.timezone,
      },
      policy,
      this.clock.now(),
    );
    const checks = variableChecks(campaign.id, idFieldOf(campaign.campaignType), resources.variables);
    return { resources, totalMatched, plan, checks };
  }

  /**
   * The plan of an initiation's selection again, now (a streamed selection resumed by recovery):
   * its filters as stored, the campaign's policy as it is now.
   */
  async replan(initiation: Initiation): Promise<SelectionPlan> {
    const campaign = await this.campaigns.requireOwned(initiation.organizationId, initiation.campaignId);
    const policy = await this.policies.forCampaign(campaign);
    const given = (JSON.parse(initiation.request) as { filters?: unknown }).filters ?? undefined;
    const scope = { organizationId: initiation.organizationId, campaignId: campaign.id };
    return this.exclusions.plan(
      {
        organizationId: initiation.organizationId,
        campaignId: campaign.id,
        channel: initiation.channel,
        where: this.query.where(scope, filtersOrThrow(given)),
        narrowed: isPlainObject(given) && Object.keys(given).length > 0,
        matched: initiation.totalMatched,
        limit: undefined,
        zone: policy.timezone,
      },
      policy,
      this.clock.now(),
    );
  }

  /**
   * What a run would do, from the same classification; nothing is written. Its counts and samples
   * may lag (a replica's, ReplicaReads); the plan they count, like a real run's, is the primary's.
   */
  async dryRun({ plan, totalMatched, checks }: Planned): Promise<DryRunDto> {
    // One classification pass for the counts and the variables check together.
    const { excluded, selectedByWave, missingVariables } = await this.selection.counts(plan, checks, this.replicaReads);
    const selected = selectedByWave.reduce((a, b) => a + b, 0);
    const samples =
      excluded.total > 0 ? await this.exclusions.samples(plan, DRY_RUN_SAMPLES, this.replicaReads) : undefined;
    return {
      totalMatched,
      customersSelected: selected,
      batches: selectedByWave.reduce((n, w) => n + Math.ceil(w / this.config.batchSize), 0),
      missingVariables,
      excluded: { ...excluded, samples: samples ?? noSamples() },
    };
  }
}
