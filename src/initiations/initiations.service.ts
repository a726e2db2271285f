import { isPlainObject } from '../common/plain-object';
import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AgentsService } from '../agents/agents.service';
import { idFieldOf } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { DomainError } from '../common/errors';
import { isDependencyUnavailable } from '../common/unavailable';
import { newId } from '../common/ids';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DispositionsService } from '../dispositions/dispositions.service';
import { PhoneNumbersService } from '../phone-numbers/phone-numbers.service';
import { SmsTemplatesService } from '../sms/sms-templates.service';
import { FilterQueryBuilder } from '../targeting/filter-query.builder';
import { filtersOrThrow } from '../targeting/targeting.service';
import { Clock } from '../common/clock';
import { ContactPolicyService } from '../contact-policy/contact-policy.service';
import { excludedOf, ExclusionService, noSamples, SelectionPlan } from '../contact-policy/exclusion.service';
import type { ContactPolicy } from '../contact-policy/policy';
import { CHANNEL_TEXT } from './channels';
import { batchDelay, DispatchQueue } from './dispatch.queue';
import type { AcceptedDto, DryRunDto } from './dto/report.dto';
import { IdempotencyService, requestHash } from './idempotency.service';
import { Channel, FINAL_STATUSES, Initiation, ScheduleWave } from './initiation.entity';
import { Report, ReportService } from './report.service';
import { campaignSpanOf, missingVariables, queuedCustomersOf, VariableChecks, variableChecks } from './selection';
import { transactionWithRetry } from '../database/retry';

export interface InitiateRequest {
  channel: Channel;
  campaignId: string;
  agentId?: string;
  dispositionId?: string;
  templateId?: string;
  limit?: number;
  filters?: unknown;
}

export interface InitiateOptions {
  dryRun?: boolean;
  respondAsync?: boolean;
  idempotencyKey?: string;
  apiKeyId?: string | null;
}

export type InitiateOutcome =
  | { kind: 'report'; report: Report }
  | { kind: 'accepted'; status: 202; body: { success: true; message: string; data: AcceptedDto } }
  | { kind: 'dryRun'; body: { success: true; message: string; data: DryRunDto } };

interface Resources {
  variables: string[];
  agentId: string | null;
  dispositionId: string | null;
  templateId: string | null;
}

const MAX_POLL_MS = 500;
const DRY_RUN_SAMPLES = 20;

/** The shared pipeline of both channels, up to "send this batch" (that part runs in the workers). */
@Injectable()
export class InitiationsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(InitiationsService.name);
  private stopping = false;

  constructor(
    @InjectRepository(Initiation) private readonly initiations: Repository<Initiation>,
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly agents: AgentsService,
    private readonly dispositions: DispositionsService,
    private readonly phoneNumbers: PhoneNumbersService,
    private readonly templates: SmsTemplatesService,
    private readonly query: FilterQueryBuilder,
    private readonly queue: DispatchQueue,
    private readonly reports: ReportService,
    private readonly idempotency: IdempotencyService,
    private readonly policies: ContactPolicyService,
    private readonly exclusions: ExclusionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks in SPEC §4's order (campaign, resources, customers, variables), writes the initiation
   * and its attempts in one transaction, enqueues one job per batch, then waits for the report
   * (or answers 202). Nothing is dispatched when a check fails.
   */
  async initiate(
    organizationId: string,
    request: InitiateRequest,
    options: InitiateOptions = {},
  ): Promise<InitiateOutcome> {
    const filters = filtersOrThrow(request.filters);
    const key = options.dryRun ? undefined : options.idempotencyKey;
    if (key !== undefined) {
      const claim = await this.idempotency.claim(
        organizationId,
        key,
        requestHash({ ...request, filters: request.filters ?? null }),
      );
      if (claim.kind === 'replay') return this.replay(organizationId, claim.initiationId);
    }
    let initiation: Initiation;
    try {
      const campaign = await this.campaigns.requireOwned(organizationId, request.campaignId);
      const policy = await this.policies.forCampaign(campaign);
      const resources = await this.checkResources(organizationId, request, policy);
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
      const idField = idFieldOf(campaign.campaignType);
      const checks = variableChecks(campaign.id, idField, resources.variables);
      if (options.dryRun) return await this.dryRun(plan, totalMatched, checks);
      initiation = await this.create(organizationId, request, resources, options.apiKeyId ?? null, plan, {
        totalMatched,
        checks,
      });
    } catch (error) {
      if (key !== undefined) await this.idempotency.release(organizationId, key);
      throw error;
    }
    if (key !== undefined) await this.idempotency.attach(organizationId, key, initiation.id);
    await this.enqueueAll(initiation);
    if (options.respondAsync || initiation.status === 'scheduled') return this.accepted(initiation);
    const ended = await this.waitForEnd(initiation.id, this.config.initiationSyncTimeoutMs);
    return ended ? { kind: 'report', report: await this.reports.report(ended) } : this.accepted(initiation);
  }

  /** What a run would do, from the same classification; nothing is written. */
  private async dryRun(plan: SelectionPlan, totalMatched: number, checks: VariableChecks): Promise<InitiateOutcome> {
    // One classification pass for the counts and the variables check together.
    const { excluded, selectedByWave, missingVariables: missing } = await this.exclusions.counts(plan, checks);
    const selected = selectedByWave.reduce((a, b) => a + b, 0);
    const samples = excluded.total > 0 ? await this.exclusions.samples(plan, DRY_RUN_SAMPLES) : undefined;
    return {
      kind: 'dryRun',
      body: {
        success: true,
        message: 'Dry run: nothing was dispatched',
        data: {
          totalMatched,
          customersSelected: selected,
          batches: selectedByWave.reduce((n, w) => n + Math.ceil(w / this.config.batchSize), 0),
          missingVariables: missing,
          excluded: { ...excluded, samples: samples ?? noSamples() },
        },
      },
    };
  }

  /**
   * Calls just-added customers (customers/add and add/bulk with `initiateCall`): the same pipeline,
   * with the added ids as the filter. A failed check is an outcome here, not an error: the
   * customers were added either way.
   */
  async callCustomers(
    organizationId: string,
    apiKeyId: string,
    campaignId: string,
    callConfig: { agentId: string; dispositionId: string },
    ids: string[],
  ): Promise<InitiateOutcome | { kind: 'refused'; message: string }> {
    try {
      return await this.initiate(
        organizationId,
        {
          channel: 'calls',
          campaignId,
          agentId: callConfig.agentId,
          dispositionId: callConfig.dispositionId,
          filters: { ids },
        },
        { apiKeyId },
      );
    } catch (error) {
      if (error instanceof DomainError) return { kind: 'refused', message: error.message };
      throw error;
    }
  }

  private async checkResources(
    organizationId: string,
    request: InitiateRequest,
    policy: ContactPolicy,
  ): Promise<Resources> {
    if (request.channel === 'sms') {
      const template = await this.templates.get(organizationId, request.templateId ?? '');
      // TRAI's DLT rules, at the moment the template is used.
      if (policy.requireDlt && !template.dltTemplateId) {
        throw new DomainError('BAD_REQUEST', 'Template is not DLT-registered');
      }
      if (policy.requireDlt && !/^[A-Za-z]{6}$/.test(template.senderId)) {
        throw new DomainError('BAD_REQUEST', 'Sender ID must be 6 letters');
      }
      return { variables: template.variables, agentId: null, dispositionId: null, templateId: template.id };
    }
    const agent = await this.agents.get(organizationId, request.agentId ?? '');
    if (agent.status !== 'active') throw new DomainError('BAD_REQUEST', 'Agent is inactive');
    const disposition = await this.dispositions.get(organizationId, request.dispositionId ?? '');
    if ((await this.phoneNumbers.activeVoiceNumbers(organizationId)).length === 0) {
      throw new DomainError('BAD_REQUEST', 'No active numbers available for this organization');
    }
    return { variables: agent.variables, agentId: agent.id, dispositionId: disposition.id, templateId: null };
  }

  /**
   * The initiation and its attempts in one transaction: selected customers `queued` in batches,
   * excluded ones `excluded` with their reason. Refusals (everyone excluded, missing variables)
   * roll it all back: nothing is dispatched when a check fails.
   */
  private async create(
    organizationId: string,
    request: InitiateRequest,
    resources: Resources,
    apiKeyId: string | null,
    plan: SelectionPlan,
    sizes: { totalMatched: number; checks: VariableChecks },
  ): Promise<Initiation> {
    const id = newId('init');
    const batchSize = this.config.batchSize;
    await transactionWithRetry(
      this.dataSource,
      async (manager) => {
        await manager.insert(Initiation, {
          id,
          organizationId,
          campaignId: request.campaignId,
          apiKeyId,
          channel: request.channel,
          status: 'queued',
          queuePrefix: this.config.queuePrefix,
          agentId: resources.agentId,
          dispositionId: resources.dispositionId,
          templateId: resources.templateId,
          request: JSON.stringify({ limit: request.limit ?? null, filters: request.filters ?? null }),
          schedule: null,
          totalMatched: sizes.totalMatched,
          customersSelected: 0,
          batchCount: 0,
          batchSize,
        });
        const written = await this.exclusions.insertAttempts(manager, plan, { initiationId: id, batchSize });
        // What was written, without counting the million queued rows: the excluded ones are
        // few and read by reason, the queued are the rest, the last batch is one index dive.
        const excluded = await excludedOf(manager, id);
        const selected = written - excluded.total;
        const [{ b: lastBatch }] = await manager.query<Array<{ b: number | null }>>(
          "SELECT MAX(batch) AS b FROM attempts WHERE initiation_id = ? AND status = 'queued'",
          [id],
        );
        // The selection is what was written: customers may have changed since they were counted.
        if (selected === 0 && excluded.total === 0) {
          throw new DomainError('NOT_FOUND', 'No customers found matching the given filters');
        }
        if (selected === 0) {
          throw new DomainError('BAD_REQUEST', 'All matched customers are excluded by the contact policy', {
            totalMatched: sizes.totalMatched,
            excluded,
          });
        }
        const missing = await this.missingVariablesOf(manager, id, plan, sizes.checks, selected);
        if (missing.length > 0) {
          throw new DomainError(
            'BAD_REQUEST',
            `Cannot initiate ${CHANNEL_TEXT[request.channel].verb}: Missing variables: ${missing.join(', ')}`,
            { totalMatched: sizes.totalMatched, customersSelected: selected },
          );
        }
        // Delayed waves, read from the batches as written: each wave starts a batch of its own.
        const waves =
          plan.waves.length === 0
            ? []
            : await manager.query<Array<{ wave: number; first: number; last: number }>>(
                "SELECT wave, MIN(batch) AS first, MAX(batch) AS last FROM attempts WHERE initiation_id = ? AND status = 'queued' AND wave > 0 GROUP BY wave ORDER BY wave",
                [id],
              );
        const schedule: ScheduleWave[] = waves.map((w) => ({
          from: Number(w.first),
          to: Number(w.last),
          at: plan.waves[Number(w.wave) - 1].at.toISOString(),
        }));
        await manager.update(
          Initiation,
          { id },
          {
            customersSelected: selected,
            batchCount: Number(lastBatch ?? 0),
            ...(schedule.length > 0 ? { status: 'scheduled', schedule } : {}),
          },
        );
        // READ COMMITTED: the INSERT … SELECT reads customers, the do-not-contact list and the
        // contact log without share locks, so concurrent initiations, customer writes and
        // recorded contacts do not deadlock with it.
      },
      4,
      'READ COMMITTED',
    );
    return this.initiations.findOneByOrFail({ id });
  }

  /**
   * The variables some queued customer of the initiation lacks. A whole-campaign selection is
   * first checked over the campaign's rows between its first and last customer, in primary-key
   * order (a superset, 1.4 s at a million rather than 3 s joining each attempt to its customer),
   * when that span is not much larger than the selection; only when it finds a gap is the exact
   * check needed.
   */
  private async missingVariablesOf(
    manager: EntityManager,
    initiationId: string,
    plan: SelectionPlan,
    checks: VariableChecks,
    selected: number,
  ): Promise<string[]> {
    if (checks.names.length === 0) return [];
    if (!plan.narrowed && plan.limit === undefined) {
      const [span] = await manager.query<Array<{ first: string | null; last: string | null }>>(
        'SELECT MIN(customer_row_id) AS first, MAX(customer_row_id) AS last FROM attempts WHERE initiation_id = ?',
        [initiationId],
      );
      if (span.first !== null && span.last !== null && Number(span.last) - Number(span.first) < 2 * selected) {
        const wide = await missingVariables(manager, checks, campaignSpanOf(plan.campaignId, span.first, span.last));
        if (wide.length === 0) return [];
      }
    }
    return missingVariables(manager, checks, queuedCustomersOf(initiationId));
  }

  /** Enqueues every batch of a new initiation; delayed waves wait for their window to open. */
  async enqueueAll(initiation: Initiation): Promise<void> {
    const now = this.clock.now();
    try {
      await this.queue.enqueue(
        initiation.channel,
        { organizationId: initiation.organizationId, initiationId: initiation.id },
        Array.from({ length: initiation.batchCount }, (_, i) => i + 1),
        (batch) => batchDelay(initiation.schedule, batch, now),
      );
    } catch (error) {
      // The batches are safe in the database; the workers' recovery sweep enqueues them again.
      this.logger.error({ err: error, initiationId: initiation.id }, 'Could not enqueue batches; recovery will retry');
    }
  }

  private accepted(initiation: Initiation): InitiateOutcome {
    return {
      kind: 'accepted',
      status: 202,
      body: {
        success: true,
        message: 'Initiation accepted',
        data: {
          initiationId: initiation.id,
          status: initiation.status,
          statusUrl: `/api/v1/initiations/${initiation.id}`,
        },
      },
    };
  }

  private async replay(organizationId: string, initiationId: string): Promise<InitiateOutcome> {
    const initiation = await this.initiations.findOneBy({ id: initiationId, organizationId });
    if (!initiation) throw new DomainError('CONFLICT', 'A request with this Idempotency-Key is still in progress');
    if (!FINAL_STATUSES.includes(initiation.status)) {
      throw new DomainError('CONFLICT', 'A request with this Idempotency-Key is still in progress');
    }
    return { kind: 'report', report: await this.reports.report(initiation) };
  }

  /** Shutting down: requests waiting for a report answer 202 now; the workers finish the initiation. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  /**
   * Polls the initiation until it ends (any process may finish it) or the time is up. Undefined
   * (the caller answers 202 with the status URL) also when this process is shutting down or the
   * database is unreachable: the initiation exists and the workers carry on with it.
   */
  async waitForEnd(id: string, timeoutMs: number): Promise<Initiation | undefined> {
    const deadline = Date.now() + timeoutMs;
    let delay = 20;
    for (;;) {
      if (this.stopping) return undefined;
      let initiation: Initiation;
      try {
        initiation = await this.initiations.findOneByOrFail({ id });
      } catch (error) {
        if (isDependencyUnavailable(error)) return undefined;
        throw error;
      }
      if (FINAL_STATUSES.includes(initiation.status)) return initiation;
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      await sleep(Math.min(delay, left));
      delay = Math.min(delay * 2, MAX_POLL_MS);
    }
  }
}
