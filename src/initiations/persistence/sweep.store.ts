import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Channel } from '../../common/channel';
import { transactionWithRetry } from '../../database/retry';
import { FINAL_RANK } from '../outcomes/outcomes';

/** An initiated attempt whose outcome is overdue, claimed by one sweep. */
export interface DueAttempt {
  rowId: string;
  attemptId: string;
  organizationId: string;
  channel: Channel;
  providerRef: string | null;
  /** Earlier sweeps whose lookup got no answer. */
  lookupFailures: number;
}

/**
 * The outcome sweep's SQL (SPEC §9; with `persistence/` the one home of SQL on `attempts`). An
 * attempt is due when it is `initiated`, not final and its `check_at` has passed; the dispatcher
 * sets `check_at` at hand-over and `OutcomeStore` clears it with the final outcome.
 */
@Injectable()
export class SweepStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` due attempts, claimed for this sweep: locked with SKIP LOCKED (rows another
   * worker is claiming are passed over, never waited for) and their `check_at` moved to `leaseUntil`
   * in the same transaction, so no other sweep takes them until then — a sweep that dies mid-way
   * leaves them due again once the lease ends.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueAttempt[]> {
    return transactionWithRetry(
      this.dataSource,
      async (manager) => {
        const rows = await manager.query<
          Array<{
            id: string;
            attempt_id: string;
            organization_id: string;
            channel: Channel;
            provider_ref: string | null;
            lookup_failures: number;
          }>
        >(
          'SELECT id, attempt_id, organization_id, channel, provider_ref, lookup_failures FROM attempts ' +
            `WHERE check_at <= ? AND status = 'initiated' AND outcome_rank < ${FINAL_RANK} ` +
            'ORDER BY check_at LIMIT ? FOR UPDATE SKIP LOCKED',
          [now, limit],
        );
        if (rows.length === 0) return [];
        await manager.query('UPDATE attempts SET check_at = ? WHERE id IN (?)', [leaseUntil, rows.map((r) => r.id)]);
        return rows.map((r) => ({
          rowId: String(r.id),
          attemptId: r.attempt_id,
          organizationId: r.organization_id,
          channel: r.channel,
          providerRef: r.provider_ref,
          lookupFailures: Number(r.lookup_failures),
        }));
      },
      4,
      // Row locks only: REPEATABLE READ would also lock the gaps of the check_at range scanned.
      'READ COMMITTED',
    );
  }

  /**
   * Lookups that got no answer: one more failure each, looked at again at `nextCheck`. An attempt
   * whose outcome became final meanwhile (`check_at` cleared) is left alone.
   */
  async lookupFailed(rowIds: string[], nextCheck: Date): Promise<void> {
    if (rowIds.length === 0) return;
    await this.dataSource.query(
      'UPDATE attempts SET lookup_failures = LEAST(lookup_failures + 1, 255), check_at = ? ' +
        `WHERE id IN (?) AND check_at IS NOT NULL AND outcome_rank < ${FINAL_RANK}`,
      [nextCheck, rowIds],
    );
  }
}
