import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainError, validationFailed } from '../../common/errors';
import { retryDelayProblems } from '../../common/retry-policy';
import { newId } from '../../common/ids';
import { isDependencyUnavailable } from '../../common/unavailable';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { transactionWithRetry } from '../../database/retry';
import { filtersOrThrow } from '../../targeting/targeting.service';
import { ChannelRegistry } from '../channel.registry';
import { batchDelay, DispatchQueue } from '../dispatch/dispatch.queue';
import type { AcceptedDto, DryRunDto } from '../dto/report.dto';
import { FINAL_STATUSES, Initiation, ScheduleWave } from '../initiation.entity';
import { AttemptReads } from '../persistence/attempt.reads';
import { SelectionStore } from '../persistence/selection.store';
import { Report, ReportService } from '../report/report.service';
import { IdempotencyService, requestHash } from './idempotency.service';
import { InitiateRequest, newInitiationRow } from './initiate-request';
import { Planned, SelectionPlanner } from './selection-planner';
import { StreamedSelection } from './streamed-selection';

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

const MAX_POLL_MS = 500;

/**
 * The initiate use case, the same for every channel: idempotency → checks and plan
 * (SelectionPlanner, the channel's own checks through its port) → create → enqueue → wait.
 * Sending happens in the workers (dispatch/).
 */
@Injectable()
export class InitiateService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(InitiateService.name);
  private stopping = false;

  constructor(
    @InjectRepository(Initiation) private readonly initiations: Repository<Initiation>,
    private readonly dataSource: DataSource,
    private readonly planner: SelectionPlanner,
    private readonly channels: ChannelRegistry,
    private readonly queue: DispatchQueue,
    private readonly reports: ReportService,
    private readonly idempotency: IdempotencyService,
    private readonly selection: SelectionStore,
    private readonly streamed: StreamedSelection,
    private readonly reads: AttemptReads,
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
    const delay = retryDelayProblems(request.retry, this.config.followUpMinDelayS);
    if (delay.length > 0) throw validationFailed(delay);
    const key = options.dryRun ? undefined : options.idempotencyKey;
    if (key !== undefined) {
      // The same hash as the body's fields in order (channel, campaign, the channel's own, limit, filters).
      const { channel, campaignId, params, limit, filters: given, retry } = request;
      const claim = await this.idempotency.claim(
        organizationId,
        key,
        // `retry` only when given: the hashes of requests without it stay what they were.
        requestHash({ channel, campaignId, ...params, limit, filters: given ?? null, ...(retry ? { retry } : {}) }),
      );
      if (claim.kind === 'replay') return this.replay(organizationId, claim.initiationId);
    }
    let initiation: Initiation;
    let streamed = false;
    try {
      const planned = await this.planner.plan(organizationId, request, filters);
      streamed = !options.dryRun && this.streamed.applies(planned.plan, planned.totalMatched);
      if (options.dryRun) {
        const data = await this.planner.dryRun(planned);
        return { kind: 'dryRun', body: { success: true, message: 'Dry run: nothing was dispatched', data } };
      }
      if (streamed) {
        // The key names the initiation as soon as it exists: its batches go out while the request runs.
        const attach = (id: string) =>
          key === undefined ? Promise.resolve() : this.idempotency.attach(organizationId, key, id);
        initiation = await this.streamed.start(organizationId, request, options.apiKeyId ?? null, planned, attach);
      } else {
        initiation = await this.create(organizationId, request, options.apiKeyId ?? null, planned);
      }
    } catch (error) {
      // Refused (a streamed selection removed what it wrote): the key may be used again.
      if (key !== undefined) await this.idempotency.release(organizationId, key);
      throw error;
    }
    if (key !== undefined && !streamed) await this.idempotency.attach(organizationId, key, initiation.id);
    // A streamed selection enqueues its batches itself, as its chunks are written.
    if (!streamed) await this.enqueueAll(initiation);
    this.logger.log(
      {
        initiationId: initiation.id,
        organizationId,
        campaignId: initiation.campaignId,
        channel: initiation.channel,
        customersSelected: initiation.customersSelected,
        batches: initiation.batchCount,
        status: initiation.status,
        ...(initiation.selecting ? { selecting: true } : {}),
      },
      'Initiation started',
    );
    if (options.respondAsync || initiation.status === 'scheduled') return this.accepted(initiation);
    const ended = await this.waitForEnd(initiation.id, this.config.initiationSyncTimeoutMs);
    return ended ? { kind: 'report', report: await this.reports.report(ended) } : this.accepted(initiation);
  }

  /**
   * The initiation and its attempts in one transaction: selected customers `queued` in batches,
   * excluded ones `excluded` with their reason. Refusals (everyone excluded, missing variables)
   * roll it all back: nothing is dispatched when a check fails.
   */
  private async create(
    organizationId: string,
    request: InitiateRequest,
    apiKeyId: string | null,
    { resources, plan, totalMatched, checks }: Planned,
  ): Promise<Initiation> {
    const id = newId('init');
    const batchSize = this.config.batchSize;
    await transactionWithRetry(
      this.dataSource,
      async (manager) => {
        await this.selection.insertInitiation(
          manager,
          newInitiationRow({ id, organizationId, apiKeyId, totalMatched }, request, resources, this.config),
        );
        const written = await this.selection.insertAttempts(manager, plan, { initiationId: id, batchSize });
        // What was written, without counting the million queued rows: the excluded ones are
        // few and read by reason, the queued are the rest, the last batch is one index dive.
        const excluded = await this.reads.excluded(id, manager);
        const selected = written - excluded.total;
        const lastBatch = await this.selection.lastBatch(manager, id);
        // The selection is what was written: customers may have changed since they were counted.
        if (selected === 0 && excluded.total === 0) {
          throw new DomainError('NOT_FOUND', 'No customers found matching the given filters');
        }
        if (selected === 0) {
          throw new DomainError('BAD_REQUEST', 'All matched customers are excluded by the contact policy', {
            totalMatched: totalMatched,
            excluded,
          });
        }
        const missing = await this.selection.missingVariables(manager, id, plan, checks, selected);
        if (missing.length > 0) {
          throw new DomainError(
            'BAD_REQUEST',
            `Cannot initiate ${this.channels.port(request.channel).text.verb}: Missing variables: ${missing.join(', ')}`,
            { totalMatched: totalMatched, customersSelected: selected },
          );
        }
        // Delayed waves, read from the batches as written: each wave starts a batch of its own.
        const waves = plan.waves.length === 0 ? [] : await this.selection.waves(manager, id);
        const schedule: ScheduleWave[] = waves.map((w) => ({
          from: w.first,
          to: w.last,
          at: plan.waves[w.wave - 1].at.toISOString(),
        }));
        await this.selection.updateInitiation(manager, id, {
          customersSelected: selected,
          batchCount: lastBatch,
          ...(schedule.length > 0 ? { status: 'scheduled', schedule } : {}),
        });
        // READ COMMITTED: the INSERT … SELECT reads customers, the do-not-contact list and the
        // contact log without share locks, so concurrent initiations, customer writes and
        // recorded contacts do not deadlock with it.
      },
      4,
      'READ COMMITTED',
    );
    return this.initiations.findOneByOrFail({ id });
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
