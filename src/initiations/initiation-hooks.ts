import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Channel } from '../common/channel';
import type { InitiationStatus } from './initiation.entity';

/** An initiation whose first round just ended (or that a cancel just ended), with its final status. */
export interface EndedInitiation {
  initiationId: string;
  organizationId: string;
  channel: Channel;
  status: InitiationStatus;
}

/**
 * Runs inside the transaction that wrote the final status: what it writes (a webhook's outbox row)
 * commits or rolls back with it, so an end is announced once and never lost.
 */
export type InitiationHook = (db: Pick<EntityManager, 'query'>, ended: EndedInitiation, now: Date) => Promise<void>;

/**
 * Where modules that react to an initiation's end register themselves (webhooks): the pipeline
 * calls them without knowing them (BatchStore.end, and a cancel that ends an initiation).
 */
@Injectable()
export class InitiationHooks {
  private readonly hooks: Array<{ name: string; hook: InitiationHook }> = [];

  register(name: string, hook: InitiationHook): void {
    if (this.hooks.some((h) => h.name === name)) throw new Error(`Initiation hook ${name} registered twice`);
    this.hooks.push({ name, hook });
  }

  async run(db: Pick<EntityManager, 'query'>, ended: EndedInitiation, now: Date): Promise<void> {
    for (const { hook } of this.hooks) await hook(db, ended, now);
  }
}
