import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A follow-up attempt just written as `scheduled` (SPEC §10). */
export interface ScheduledFollowUp {
  organizationId: string;
  initiationId: string;
  /** The new attempt's public id. */
  attemptId: string;
  /** The public id of the attempt it follows up. */
  retryOf: string;
  retryNumber: number;
  dueAt: Date;
}

/**
 * Runs inside the transaction that wrote the scheduled attempts: what it writes (a webhook's
 * outbox row) commits or rolls back with them.
 */
export type FollowUpHook = (
  db: Pick<EntityManager, 'query'>,
  scheduled: ScheduledFollowUp[],
  now: Date,
) => Promise<void>;

/**
 * Where modules that react to a scheduled follow-up register themselves (webhooks); the follow-ups
 * call `run` in the transaction that writes them, without knowing who listens.
 */
@Injectable()
export class FollowUpHooks {
  private readonly hooks: Array<{ name: string; hook: FollowUpHook }> = [];

  register(name: string, hook: FollowUpHook): void {
    if (this.hooks.some((h) => h.name === name)) throw new Error(`Follow-up hook ${name} registered twice`);
    this.hooks.push({ name, hook });
  }

  async run(db: Pick<EntityManager, 'query'>, scheduled: ScheduledFollowUp[], now: Date): Promise<void> {
    if (scheduled.length === 0) return;
    for (const { hook } of this.hooks) await hook(db, scheduled, now);
  }
}
