import { InjectQueue } from '@nestjs/bull';
import { IntervalTask } from '../../common/interval-task';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { DataSource } from 'typeorm';
import { Campaign } from '../../campaigns/campaign.entity';
import { Clock } from '../../common/clock';
import { settlesWithin } from '../../common/deadline';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ContactPolicyService } from '../../contact-policy/contact-policy.service';
import { isInsideWindow, nextOpening } from '../../contact-policy/windows';
import { customerRows } from '../../customers/customer-rows';
import { dispatchJobId, FOLLOW_UP_JOB, FollowUpJob, QUEUE } from '../../queues/queues';
import { DispatchQueue } from '../dispatch/dispatch.queue';
import { DueFollowUp, FollowUpInitiation, FollowUpStore } from '../persistence/follow-up.store';
import { FollowUpScheduler } from './follow-up.scheduler';

/** Follow-ups batched per transaction (the rest in the next round of the same call). */
const DUE_PER_ROUND = 10_000;
/** Initiations with due follow-ups handled per sweep. */
const INITIATIONS_PER_SWEEP = 100;

/**
 * Workers (SPEC §10): when follow-ups are due — the delayed job, or the sweep every
 * RECOVERY_INTERVAL_MS with the injected clock — every follow-up of the initiation due by then is
 * checked against the window in force (`outsideWindow: "schedule"` defers it to the next opening,
 * still `scheduled`), numbered into batches after the initiation's last and dispatched as batches
 * of the ordinary pipeline (BatchDispatcher: the whole policy again, then the provider under the
 * batch's own Idempotency-Key). The sweep also re-enqueues follow-up batches whose job was lost.
 * Two workers: the batching is one transaction under the initiation's row lock, only `scheduled`
 * rows change, and a batch sends only what is open: each follow-up is sent once.
 */
@Injectable()
export class FollowUpDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FollowUpDispatcher.name);
  private readonly ticker = new IntervalTask(
    () => this.sweep(),
    (error: unknown) => this.logger.warn({ err: error }, 'Follow-up sweep failed; will try again'),
  );

  constructor(
    private readonly store: FollowUpStore,
    private readonly scheduler: FollowUpScheduler,
    private readonly dispatchQueue: DispatchQueue,
    private readonly policies: ContactPolicyService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @InjectQueue(QUEUE.followUps) private readonly queue: Queue<FollowUpJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.on('error', (error: Error) =>
      this.logger.warn({ err: error, queue: this.queue.name }, 'Bull queue error'),
    );
    this.queue
      .process(FOLLOW_UP_JOB, 1, (job: Job<FollowUpJob>) => this.dispatchDue(job.data.initiationId))
      .catch((error: unknown) => this.logger.error({ err: error }, 'Follow-up processor stopped'));
    this.ticker.start(this.config.recovery.intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
    await settlesWithin(this.queue.close(), 5000);
  }

  /**
   * Every initiation of this queue prefix whose `follow_up_at` has come: its due follow-ups
   * dispatched and its follow-up batches without a job re-enqueued. Returns how many batches.
   */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let batches = 0;
    for (const id of await this.store.initiationsDue(now, INITIATIONS_PER_SWEEP, this.config.queuePrefix)) {
      batches += await this.dispatchDue(id);
    }
    return batches;
  }

  /**
   * Batches and enqueues the initiation's follow-ups due now, re-enqueues its open follow-up
   * batches that lost their job, and sets when the sweep looks at it next. Returns how many
   * batches were enqueued.
   */
  async dispatchDue(initiationId: string): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    let deferred = 0;
    let initiation: FollowUpInitiation | null = null;
    for (;;) {
      const round = await this.store.batchDue(initiationId, now, DUE_PER_ROUND, (i, due) =>
        this.deferrals(i, due, now),
      );
      deferred += round.deferred;
      initiation = round.initiation;
      if (!round.initiation || round.batches.length === 0) break;
      total += round.batches.length;
      const { id, organizationId, channel } = round.initiation;
      try {
        await this.dispatchQueue.enqueue(channel, { organizationId, initiationId: id }, round.batches);
      } catch (error) {
        // The batches are queued in the database: the sweep re-enqueues them.
        this.logger.error({ err: error, initiationId, batches: round.batches }, 'Could not enqueue follow-up batches');
      }
      this.logger.log({ initiationId, batches: round.batches }, 'Follow-ups dispatched');
    }
    if (initiation) total += await this.requeueLost(initiation);
    if (deferred > 0)
      this.logger.log({ initiationId, deferred }, 'Follow-ups outside their window deferred to its next opening');
    const next = await this.store.reschedule(initiationId, new Date(now.getTime() + this.config.recovery.graceMs));
    if (next && next > now) this.scheduler.wake(initiationId, next);
    return total;
  }

  /**
   * `outsideWindow: "schedule"` in the policy in force now: follow-ups whose window is closed wait
   * for its next opening. Otherwise nothing is deferred: the batch's own check excludes them.
   */
  private async deferrals(initiation: FollowUpInitiation, due: DueFollowUp[], now: Date): Promise<Map<string, Date>> {
    const later = new Map<string, Date>();
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: initiation.campaignId });
    if (!campaign) return later;
    const policy = await this.policies.forCampaign(campaign);
    if (policy.outsideWindow !== 'schedule') return later;
    const window = policy[initiation.channel].window;
    const customers = await customerRows(
      this.dataSource,
      initiation.campaignId,
      due.map((d) => d.customerRowId),
    );
    for (const d of due) {
      const c = customers.get(d.customerRowId);
      const zone = c?.timezone ?? c?.phoneTimezone ?? policy.timezone;
      if (isInsideWindow(window, zone, now)) continue;
      const opens = nextOpening(window, zone, now);
      if (opens) later.set(d.rowId, opens);
    }
    return later;
  }

  /** Open follow-up batches of the initiation with no job in Bull (lost, or never enqueued): enqueued again. */
  private async requeueLost(initiation: FollowUpInitiation): Promise<number> {
    const open = await this.store.openBatches(initiation.id, initiation.batchCount);
    const queue = this.dispatchQueue.queue(initiation.channel);
    const lost: number[] = [];
    for (const batch of open) {
      const job = await queue.getJob(dispatchJobId(initiation.id, batch));
      if (job) {
        const state = await job.getState();
        if (state !== 'failed' && state !== 'completed') continue;
        await job.remove();
      }
      lost.push(batch);
    }
    if (lost.length === 0) return 0;
    const { id, organizationId, channel } = initiation;
    await this.dispatchQueue.enqueue(channel, { organizationId, initiationId: id }, lost);
    this.logger.warn({ initiationId: id, batches: lost.slice(0, 20) }, 'Re-enqueued follow-up batches that had no job');
    return lost.length;
  }
}
