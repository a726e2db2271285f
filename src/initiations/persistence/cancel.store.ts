import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Channel } from '../../common/channel';
import { transactionWithRetry } from '../../database/retry';
import { OPEN_STATUSES_SQL, REASON_MAX } from '../attempt.entity';
import { InitiationHooks } from '../initiation-hooks';
import { FINAL_STATUSES, InitiationStatus } from '../initiation.entity';
import { FollowUpStore } from './follow-up.store';

type Db = Pick<EntityManager, 'query'>;

/** What one cancel did (a repeat answers the first one's count). */
export interface CancelOutcome {
  initiationId: string;
  organizationId: string;
  channel: Channel;
  status: InitiationStatus;
  canceled: number;
  /** The cancel was already recorded: nothing changed now. */
  repeat: boolean;
  /** This cancel wrote the final status (nothing was in flight). */
  ended: boolean;
  /** When it ended a live first round: its attempts by status (the metrics the dispatcher's end counts). */
  counts?: Record<'initiated' | 'failed' | 'excluded' | 'canceled', number>;
}

/** The reason a canceled attempt carries (SPEC §10). */
export const canceledBy = (apiKeyId: string): string => `Canceled by ${apiKeyId}`.slice(0, REASON_MAX);

/**
 * SPEC §10's cancel, on `attempts` and the initiation's row (with `persistence/` the one home of
 * SQL on `attempts`). The initiation's row is locked first, and the dispatcher's hand-over of a
 * batch (`BatchStore.handOver`) reads it under a shared lock: a batch is either handed over before
 * the cancel (it finishes and keeps its outcomes) or refused after it (its attempts are canceled),
 * never both. Only attempts not yet handed over change (`queued` outside a handed-over batch, and
 * `scheduled` follow-ups); `canceled` is not open, so nothing sends, claims or recovers them.
 */
@Injectable()
export class CancelStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly initiationHooks: InitiationHooks,
    private readonly followUps: FollowUpStore,
  ) {}

  /**
   * Cancels what has not gone out, once; null when the organization has no such initiation.
   * `nothingLeft` is thrown (rolling back) when the first round has ended and nothing waits.
   */
  async cancel(
    organizationId: string,
    initiationId: string,
    apiKeyId: string,
    at: Date,
    nothingLeft: () => Error,
  ): Promise<CancelOutcome | null> {
    return transactionWithRetry(this.dataSource, async (db) => {
      const [row] = await db.query<
        Array<{ status: InitiationStatus; channel: Channel; canceled_at: Date | null; canceled_count: number | null }>
      >(
        'SELECT status, channel, canceled_at, canceled_count FROM initiations WHERE id = ? AND organization_id = ? FOR UPDATE',
        [initiationId, organizationId],
      );
      if (!row) return null;
      const base = { initiationId, organizationId, channel: row.channel };
      if (row.canceled_at !== null) {
        return { ...base, status: row.status, canceled: Number(row.canceled_count ?? 0), repeat: true, ended: false };
      }
      const reason = canceledBy(apiKeyId);
      // Not handed over: a batch in flight (its marker written under the shared lock) keeps its
      // queued attempts, which its run sends and records.
      const queued = await db.query<{ affectedRows: number }>(
        "UPDATE attempts SET status = 'canceled', reason = ?, provider_ref = NULL WHERE initiation_id = ? AND status = 'queued' " +
          'AND batch NOT IN (SELECT h.batch FROM handed_over_batches h WHERE h.initiation_id = ?)',
        [reason, initiationId, initiationId],
      );
      const scheduled = await this.followUps.cancelScheduled(initiationId, reason, db);
      const canceled = queued.affectedRows + scheduled;
      const final = FINAL_STATUSES.includes(row.status);
      if (final && canceled === 0) throw nothingLeft();
      await db.query('UPDATE initiations SET canceled_at = ?, canceled_by = ?, canceled_count = ? WHERE id = ?', [
        at,
        apiKeyId,
        canceled,
        initiationId,
      ]);
      // An ended first round keeps its counts; a live one ends now when nothing is in flight, else
      // the last batch in flight ends it (BatchStore.end writes `canceled`).
      if (!final && (await this.anyOpen(db, initiationId))) {
        return { ...base, status: row.status, canceled, repeat: false, ended: false };
      }
      if (final) {
        await db.query("UPDATE initiations SET status = 'canceled' WHERE id = ?", [initiationId]);
      } else {
        const rows = await db.query<Array<{ status: string; n: string }>>(
          'SELECT status, COUNT(*) AS n FROM attempts WHERE initiation_id = ? GROUP BY status',
          [initiationId],
        );
        const count = (s: string) => Number(rows.find((c) => c.status === s)?.n ?? 0);
        const counts = {
          initiated: count('initiated'),
          failed: count('failed'),
          excluded: count('excluded'),
          canceled: count('canceled'),
        };
        await db.query(
          "UPDATE initiations SET status = 'canceled', initiated = ?, failed = ?, completed_at = ? WHERE id = ?",
          [counts.initiated, counts.failed, at, initiationId],
        );
        // The first round's markers only (a follow-up batch in flight keeps its own).
        await db.query(
          'DELETE FROM handed_over_batches WHERE initiation_id = ? AND batch <= (SELECT batch_count FROM initiations WHERE id = ?)',
          [initiationId, initiationId],
        );
        await this.initiationHooks.run(db, { ...base, status: 'canceled' }, at);
        return { ...base, status: 'canceled' as const, canceled, repeat: false, ended: true, counts };
      }
      await this.initiationHooks.run(db, { ...base, status: 'canceled' }, at);
      return { ...base, status: 'canceled' as const, canceled, repeat: false, ended: true };
    });
  }

  private async anyOpen(db: Db, initiationId: string): Promise<boolean> {
    const open = await db.query<unknown[]>(
      `SELECT 1 FROM attempts WHERE initiation_id = ? AND status IN ${OPEN_STATUSES_SQL} LIMIT 1`,
      [initiationId],
    );
    return open.length > 0;
  }
}
