import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bull';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { FOLLOW_UP_JOB, FollowUpJob, followUpJobOptions, QUEUE } from '../../queues/queues';
import { FollowUpHooks, ScheduledFollowUp } from '../follow-up-hooks';
import { FinalOutcome, OutcomeHooks } from '../outcomes/outcome-hooks';
import { FollowUpStore } from '../persistence/follow-up.store';

/**
 * SPEC §10: a final outcome in its initiation's `retry.on` schedules a follow-up, in the outcome's
 * own transaction (an OutcomeHook), with the FollowUpHooks (webhooks' `followup.scheduled`) in the
 * same transaction. The delayed Bull job that wakes the workers when it is due is only an
 * optimisation: the follow-up is in the database, and the workers' sweep finds it without the job.
 */
@Injectable()
export class FollowUpScheduler implements OnModuleInit {
  private readonly logger = new Logger(FollowUpScheduler.name);

  constructor(
    private readonly outcomeHooks: OutcomeHooks,
    private readonly followUpHooks: FollowUpHooks,
    private readonly store: FollowUpStore,
    private readonly clock: Clock,
    @InjectQueue(QUEUE.followUps) private readonly queue: Queue<FollowUpJob>,
  ) {}

  onModuleInit(): void {
    this.outcomeHooks.register('follow-ups', (db, finals, now) => this.onFinals(db, finals, now));
  }

  private async onFinals(db: Pick<EntityManager, 'query'>, finals: FinalOutcome[], now: Date): Promise<void> {
    const scheduled = await this.store.schedule(db, finals, now);
    if (scheduled.length === 0) return;
    await this.followUpHooks.run(db, scheduled, now);
    for (const [initiationId, dueAt] of dueTimes(scheduled)) this.wake(initiationId, dueAt);
    this.logger.log(
      { followUps: scheduled.length, attemptIds: scheduled.slice(0, 20).map((s) => s.attemptId) },
      'Follow-ups scheduled',
    );
  }

  /**
   * A delayed job for the initiation's follow-ups due at `dueAt`. Not awaited: the outcome's
   * transaction never waits for Redis, and a job lost (or run before the commit) is the sweep's.
   */
  wake(initiationId: string, dueAt: Date): void {
    const delay = dueAt.getTime() - this.clock.now().getTime();
    this.queue
      .add(FOLLOW_UP_JOB, { initiationId }, followUpJobOptions(initiationId, dueAt, delay))
      .catch((error: unknown) =>
        this.logger.warn(
          { err: error, initiationId, dueAt },
          'Could not enqueue a follow-up job; the sweep will find it',
        ),
      );
  }
}

function dueTimes(scheduled: ScheduledFollowUp[]): Map<string, Date> {
  const out = new Map<string, Date>();
  for (const s of scheduled) {
    const seen = out.get(s.initiationId);
    if (!seen || s.dueAt < seen) out.set(s.initiationId, s.dueAt);
  }
  return out;
}
