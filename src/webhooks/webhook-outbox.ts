import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FollowUpHooks, ScheduledFollowUp } from '../initiations/follow-up-hooks';
import { EndedInitiation, InitiationHooks } from '../initiations/initiation-hooks';
import { FinalOutcome, OutcomeHooks } from '../initiations/outcomes/outcome-hooks';
import { AttemptReads } from '../initiations/persistence/attempt.reads';
import { WebhookStore } from './persistence/webhook.store';

type Db = Pick<EntityManager, 'query'>;

/**
 * The outbox's writers (SPEC §10): registered on the pipeline's hooks, so each event's deliveries
 * are written in the transaction of the event itself (a final outcome, an initiation's end, a
 * scheduled follow-up): they commit with it or not at all. What is cheap to know then is kept as
 * the seed; the rest of the body is read at the first try (WebhookDeliveryService.buildBody).
 */
@Injectable()
export class WebhookOutbox implements OnModuleInit {
  constructor(
    private readonly store: WebhookStore,
    private readonly attempts: AttemptReads,
    private readonly outcomeHooks: OutcomeHooks,
    private readonly initiationHooks: InitiationHooks,
    private readonly followUpHooks: FollowUpHooks,
  ) {}

  onModuleInit(): void {
    this.outcomeHooks.register('webhooks', (db, finals, now) => this.outcomes(db, finals, now));
    this.initiationHooks.register('webhooks', (db, ended, now) => this.ended(db, ended, now));
    this.followUpHooks.register('webhooks', (db, scheduled, now) => this.followUps(db, scheduled, now));
  }

  /** `attempt.outcome`: the attempt's row id and the event's position in its history. */
  async outcomes(db: Db, finals: FinalOutcome[], now: Date): Promise<void> {
    const orgs = [...new Set(finals.map((f) => f.organizationId))];
    if (!(await this.store.anyListening(db, orgs, 'attempt.outcome'))) return;
    const sequence = await this.attempts.eventCounts(
      db,
      finals.map((f) => f.attemptRowId),
    );
    await this.store.enqueue(
      db,
      finals.map((f) => ({
        organizationId: f.organizationId,
        type: 'attempt.outcome',
        eventKey: f.attemptId,
        seed: {
          attemptRowId: f.attemptRowId,
          initiationId: f.initiationId,
          sequence: sequence.get(String(f.attemptRowId)) ?? 1,
        },
      })),
      now,
    );
  }

  /** `initiation.completed`: the status it ended with; `results` are read at the first try. */
  async ended(db: Db, ended: EndedInitiation, now: Date): Promise<void> {
    await this.store.enqueue(
      db,
      [
        {
          organizationId: ended.organizationId,
          type: 'initiation.completed',
          eventKey: ended.initiationId,
          seed: { initiationId: ended.initiationId, status: ended.status },
        },
      ],
      now,
    );
  }

  /** `followup.scheduled`: everything is known in the transaction. */
  async followUps(db: Db, scheduled: ScheduledFollowUp[], now: Date): Promise<void> {
    await this.store.enqueue(
      db,
      scheduled.map((f) => ({
        organizationId: f.organizationId,
        type: 'followup.scheduled',
        eventKey: f.attemptId,
        seed: {
          initiationId: f.initiationId,
          attemptId: f.attemptId,
          retryOf: f.retryOf,
          retryNumber: f.retryNumber,
          dueAt: f.dueAt.toISOString(),
        },
      })),
      now,
    );
  }
}
