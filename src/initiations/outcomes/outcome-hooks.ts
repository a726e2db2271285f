import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Channel } from '../../common/channel';
import type { AttemptStatus } from '../attempt.entity';
import type { Outcome } from './outcomes';

/** A final outcome just written (SPEC §9), as those who react to it need it. */
export interface FinalOutcome {
  /** attempts.id */
  attemptRowId: string;
  attemptId: string;
  initiationId: string;
  organizationId: string;
  channel: Channel;
  /** The attempt's status (a final outcome can reach an attempt that `failed` at dispatch). */
  status: AttemptStatus;
  outcome: Outcome;
  /** The event's `at` (the attempt's `outcomeAt`). */
  at: Date;
}

/**
 * Runs inside the transaction that wrote the outcomes: what it writes commits or rolls back with
 * them (a webhook's outbox row, a follow-up attempt), so none is lost and none is written twice.
 */
export type OutcomeHook = (db: Pick<EntityManager, 'query'>, finals: FinalOutcome[], now: Date) => Promise<void>;

/**
 * Where modules that react to final outcomes register themselves (follow-ups, webhooks): the
 * pipeline calls them without knowing them, as it knows channels only through their port.
 */
@Injectable()
export class OutcomeHooks {
  private readonly hooks: Array<{ name: string; hook: OutcomeHook }> = [];

  register(name: string, hook: OutcomeHook): void {
    if (this.hooks.some((h) => h.name === name)) throw new Error(`Outcome hook ${name} registered twice`);
    this.hooks.push({ name, hook });
  }

  async run(db: Pick<EntityManager, 'query'>, finals: FinalOutcome[], now: Date): Promise<void> {
    if (finals.length === 0) return;
    for (const { hook } of this.hooks) await hook(db, finals, now);
  }
}
