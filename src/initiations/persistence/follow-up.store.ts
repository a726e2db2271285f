import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Channel } from '../../common/channel';
import type { RetryPolicy } from '../../common/retry-policy';
import { transactionWithRetry } from '../../database/retry';
import { REASON_MAX } from '../attempt.entity';
import type { ScheduledFollowUp } from '../follow-up-hooks';
import type { FinalOutcome } from '../outcomes/outcome-hooks';

type Db = Pick<EntityManager, 'query'>;

/** A scheduled follow-up due now, as the dispatch reads it (to check the contact policy again). */
export interface DueFollowUp {
  rowId: string;
  attemptId: string;
  phone: string;
  customerRowId: string;
}

/** An initiation as the follow-ups' dispatch needs it. */
export interface FollowUpInitiation {
  id: string;
  organizationId: string;
  campaignId: string;
  channel: Channel;
  status: string;
  batchSize: number;
  /** The first round's batches (follow-up batches come after). */
  batchCount: number;
}

/** The follow-ups of an initiation, as its report counts them (SPEC §10). */
export interface FollowUpCounts {
  scheduled: number;
  initiated: number;
  failed: number;
  excluded: number;
}

/**
 * The follow-ups' SQL (SPEC §10; with `persistence/` the one home of SQL on `attempts`): a final
 * outcome in the initiation's `retry.on` writes a `scheduled` attempt of the same customer (one per
 * round: unique (initiation, customer, retry_number)); when due, the follow-ups of an initiation are
 * numbered into batches after its last one and become `queued` (only rows still `scheduled`
 * change, under the initiation's row lock, so two workers never batch one twice); the batches are
 * then dispatched like any other. The first round's batches are 1..`batch_count`; follow-up batches
 * come after.
 */
@Injectable()
export class FollowUpStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inside the outcome's transaction: a follow-up for each final outcome its initiation's `retry`
   * asks for, while the customer has fewer than `maxAttempts` follow-ups and the initiation is not
   * canceled (read under the initiation's row lock: a cancel committing meanwhile is seen).
   * Returns what was written.
   */
  async schedule(db: Db, finals: FinalOutcome[], now: Date): Promise<ScheduledFollowUp[]> {
    const named = [...new Set(finals.map((f) => f.initiationId))].sort();
    // `retry` is written with the initiation and never changes: read without a lock first, so the
    // events of an initiation without follow-ups never queue behind each other on its row.
    const withRetry = await db.query<Array<{ id: string }>>(
      'SELECT id FROM initiations WHERE id IN (?) AND retry IS NOT NULL ORDER BY id',
      [named],
    );
    if (withRetry.length === 0) return [];
    const initiationIds = withRetry.map((r) => r.id);
    const rows = await db.query<Array<{ id: string; status: string; retry: string | null; canceled_at: Date | null }>>(
      'SELECT id, status, retry, canceled_at FROM initiations WHERE id IN (?) AND retry IS NOT NULL ORDER BY id FOR UPDATE',
      [initiationIds],
    );
    const written: ScheduledFollowUp[] = [];
    for (const row of rows) {
      // Canceled: `canceled_at` is set at once, the status only once the batches in flight finish.
      if (row.canceled_at || row.status === 'canceled' || row.retry === null) continue;
      const retry = JSON.parse(row.retry) as RetryPolicy;
      const due = finals.filter((f) => f.initiationId === row.id && retry.on.includes(f.outcome));
      if (due.length === 0) continue;
      const dueAt = new Date(now.getTime() + retry.afterSeconds * 1000);
      // Public ids made here (as RANDOM_BYTES would, 12 bytes), so what was written is read back by them.
      const ids = new Map(due.map((f) => [f.attemptRowId, `att_${randomBytes(12).toString('hex')}`]));
      const idOf = `CASE a.id ${due.map(() => 'WHEN ? THEN ?').join(' ')} END`;
      // INSERT IGNORE: a follow-up this round already has (unique key) is kept as it is.
      await db.query(
        'INSERT IGNORE INTO attempts (attempt_id, initiation_id, organization_id, campaign_id, channel, customer_row_id, ' +
          'external_id, phone, batch, wave, status, retry_number, retry_of, due_at) ' +
          `SELECT ${idOf}, a.initiation_id, a.organization_id, a.campaign_id, a.channel, ` +
          "a.customer_row_id, a.external_id, a.phone, 0, 0, 'scheduled', a.retry_number + 1, a.attempt_id, ? " +
          'FROM attempts a WHERE a.id IN (?) AND a.initiation_id = ? AND a.retry_number < ? ORDER BY a.id',
        [...[...ids].flat(), dueAt, [...ids.keys()], row.id, retry.maxAttempts],
      );
      const fresh = await db.query<
        Array<{ attempt_id: string; retry_of: string; retry_number: number; organization_id: string }>
      >(
        'SELECT attempt_id, retry_of, retry_number, organization_id FROM attempts WHERE attempt_id IN (?) ORDER BY id',
        [[...ids.values()]],
      );
      if (fresh.length > 0) {
        await db.query('UPDATE initiations SET follow_up_at = LEAST(COALESCE(follow_up_at, ?), ?) WHERE id = ?', [
          dueAt,
          dueAt,
          row.id,
        ]);
      }
      for (const f of fresh) {
        written.push({
          organizationId: f.organization_id,
          initiationId: row.id,
          attemptId: f.attempt_id,
          retryOf: f.retry_of,
          retryNumber: Number(f.retry_number),
          dueAt,
        });
      }
    }
    return written;
  }

  /**
   * Initiations of this queue prefix whose follow-ups the sweep should look at by `now` (a
   * follow-up due, or follow-up batches to check), earliest first: a range of their own index.
   */
  async initiationsDue(now: Date, limit: number, queuePrefix: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM initiations FORCE INDEX (idx_initiations_follow_up_at) WHERE follow_up_at <= ? AND queue_prefix = ? ' +
        'ORDER BY follow_up_at LIMIT ?',
      [now, queuePrefix, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * When the sweep next looks at the initiation: its earliest scheduled follow-up, or `recheckAt`
   * while follow-up batches are still open (a lost job is re-enqueued then); null when neither.
   * Under the row lock that `schedule` takes, so a follow-up scheduled meanwhile is not overlooked.
   * Returns the next due follow-up.
   */
  async reschedule(initiationId: string, recheckAt: Date): Promise<Date | null> {
    return transactionWithRetry(this.dataSource, async (manager) => {
      const [i] = await manager.query<Array<{ batch_count: number; selecting: number }>>(
        'SELECT batch_count, selecting FROM initiations WHERE id = ? FOR UPDATE',
        [initiationId],
      );
      if (!i) return null;
      // Still being selected (issue 20): its unreleased batches are no follow-ups; look again later.
      if (Number(i.selecting) === 1) {
        await manager.query('UPDATE initiations SET follow_up_at = ? WHERE id = ?', [recheckAt, initiationId]);
        return recheckAt;
      }
      const [next] = await manager.query<Array<{ d: Date | null }>>(
        "SELECT MIN(due_at) AS d FROM attempts WHERE initiation_id = ? AND status = 'scheduled'",
        [initiationId],
      );
      const due = next?.d ? new Date(next.d) : null;
      const open = (await this.openBatches(initiationId, Number(i.batch_count), manager)).length > 0;
      const at = [due, open ? recheckAt : null].filter((d): d is Date => d !== null);
      const followUpAt = at.length === 0 ? null : new Date(Math.min(...at.map((d) => d.getTime())));
      await manager.query('UPDATE initiations SET follow_up_at = ? WHERE id = ?', [followUpAt, initiationId]);
      return due;
    });
  }

  /**
   * Batches the follow-ups of one initiation due by `now`, in one transaction under its row lock:
   * `check` (the contact policy, now) may defer some to a later time (still `scheduled`); the rest
   * are numbered into batches of `batch_size` after the initiation's last batch and become
   * `queued` — only those still `scheduled`. Returns the initiation and the new batches.
   */
  async batchDue(
    initiationId: string,
    now: Date,
    limit: number,
    check: (initiation: FollowUpInitiation, due: DueFollowUp[]) => Promise<Map<string, Date>>,
  ): Promise<{ initiation: FollowUpInitiation | null; batches: number[]; deferred: number }> {
    return transactionWithRetry(this.dataSource, async (manager) => {
      const [i] = await manager.query<
        Array<{
          id: string;
          organization_id: string;
          campaign_id: string;
          channel: Channel;
          status: string;
          batch_size: number;
          batch_count: number;
          canceled_at: Date | null;
          selecting: number;
        }>
      >(
        'SELECT id, organization_id, campaign_id, channel, status, batch_size, batch_count, canceled_at, selecting FROM initiations WHERE id = ? FOR UPDATE',
        [initiationId],
      );
      if (!i || i.canceled_at || i.status === 'canceled') return { initiation: null, batches: [], deferred: 0 };
      // A selection still being written (issue 20) numbers its own batches: follow-ups wait for its end.
      if (Number(i.selecting) === 1) return { initiation: null, batches: [], deferred: 0 };
      const initiation: FollowUpInitiation = {
        id: i.id,
        organizationId: i.organization_id,
        campaignId: i.campaign_id,
        channel: i.channel,
        status: i.status,
        batchSize: Number(i.batch_size),
        batchCount: Number(i.batch_count),
      };
      const rows = await manager.query<
        Array<{ id: string; attempt_id: string; phone: string; customer_row_id: string }>
      >(
        "SELECT id, attempt_id, phone, customer_row_id FROM attempts WHERE initiation_id = ? AND status = 'scheduled' AND due_at <= ? ORDER BY id LIMIT ? FOR UPDATE",
        [initiationId, now, limit],
      );
      if (rows.length === 0) return { initiation, batches: [], deferred: 0 };
      const due = rows.map((r) => ({
        rowId: String(r.id),
        attemptId: r.attempt_id,
        phone: r.phone,
        customerRowId: String(r.customer_row_id),
      }));
      const later = await check(initiation, due);
      const byTime = new Map<number, string[]>();
      for (const [rowId, at] of later) byTime.set(at.getTime(), [...(byTime.get(at.getTime()) ?? []), rowId]);
      for (const [at, ids] of byTime) {
        await manager.query("UPDATE attempts SET due_at = ? WHERE id IN (?) AND status = 'scheduled'", [
          new Date(at),
          ids,
        ]);
      }
      const now_ = due.filter((d) => !later.has(d.rowId));
      const [{ b }] = await manager.query<Array<{ b: number | null }>>(
        'SELECT MAX(batch) AS b FROM attempts WHERE initiation_id = ?',
        [initiationId],
      );
      const first = Number(b ?? 0) + 1;
      const batches: number[] = [];
      for (let k = 0; k * initiation.batchSize < now_.length; k++) {
        const ids = now_.slice(k * initiation.batchSize, (k + 1) * initiation.batchSize).map((d) => d.rowId);
        await manager.query(
          "UPDATE attempts SET status = 'queued', batch = ? WHERE id IN (?) AND status = 'scheduled'",
          [first + k, ids],
        );
        batches.push(first + k);
      }
      return { initiation, batches, deferred: later.size };
    });
  }

  /**
   * The initiation's follow-up batches (after the first round's `batch_count`) with an open
   * attempt: dives into (initiation_id, status, batch), as AttemptReads.openBatches.
   */
  async openBatches(initiationId: string, batchCount: number, db: Db = this.dataSource): Promise<number[]> {
    const rows = await db.query<Array<{ batch: number }>>(
      "SELECT batch FROM attempts WHERE initiation_id = ? AND status IN ('queued', 'sending') AND batch > ? " +
        'GROUP BY initiation_id, status, batch',
      [initiationId, batchCount],
    );
    return [...new Set(rows.map((r) => Number(r.batch)))].sort((x, y) => x - y);
  }

  /**
   * The follow-ups of an initiation by status (`scheduled`: waiting now). Batched follow-ups are
   * those of batches after the first round's (`batch_count`): ranges of (initiation, status, batch).
   */
  async counts(initiation: { id: string; batchCount: number }, db: Db = this.dataSource): Promise<FollowUpCounts> {
    const rows = await db.query<Array<{ status: string; n: string }>>(
      "SELECT status, COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND (status = 'scheduled' " +
        "OR (status IN ('initiated', 'failed', 'excluded') AND batch > ?)) GROUP BY status",
      [initiation.id, initiation.batchCount],
    );
    const n = (s: string): number => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { scheduled: n('scheduled'), initiated: n('initiated'), failed: n('failed'), excluded: n('excluded') };
  }

  /**
   * Cancel (SPEC §10): every follow-up of the initiation still waiting ends `canceled` with the
   * reason; returns how many. Run in the cancel's transaction (`db`, CancelStore), which holds the
   * initiation's row lock and sets `canceled_at`: `schedule` reads it under that lock, so no
   * follow-up is scheduled afterwards.
   */
  async cancelScheduled(initiationId: string, reason: string, db: Db = this.dataSource): Promise<number> {
    const result = await db.query<{ affectedRows: number }>(
      "UPDATE attempts SET status = 'canceled', reason = ? WHERE initiation_id = ? AND status = 'scheduled'",
      [reason.slice(0, REASON_MAX), initiationId],
    );
    return result.affectedRows;
  }
}
