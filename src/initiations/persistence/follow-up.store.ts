import { Injectable } from '@nestjs/common';
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
    const initiationIds = [...new Set(finals.map((f) => f.initiationId))].sort();
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
      const parents = due.map((f) => f.attemptRowId);
      // INSERT IGNORE: a follow-up this round already has (unique key) is kept as it is.
      await db.query(
        'INSERT IGNORE INTO attempts (attempt_id, initiation_id, organization_id, campaign_id, channel, customer_row_id, ' +
          'external_id, phone, batch, wave, status, retry_number, retry_of, due_at) ' +
          "SELECT CONCAT('att_', LOWER(HEX(RANDOM_BYTES(12)))), a.initiation_id, a.organization_id, a.campaign_id, a.channel, " +
          "a.customer_row_id, a.external_id, a.phone, 0, 0, 'scheduled', a.retry_number + 1, a.attempt_id, ? " +
          'FROM attempts a WHERE a.id IN (?) AND a.initiation_id = ? AND a.retry_number < ? ORDER BY a.id',
        [dueAt, parents, row.id, retry.maxAttempts],
      );
      const fresh = await db.query<
        Array<{ attempt_id: string; retry_of: string; retry_number: number; organization_id: string }>
      >(
        // (status, due_at): the rows due at exactly this instant, those written just now among them.
        'SELECT attempt_id, retry_of, retry_number, organization_id FROM attempts FORCE INDEX (idx_attempts_status_due) ' +
          "WHERE status = 'scheduled' AND due_at = ? AND initiation_id = ? AND retry_of IN (?) ORDER BY id",
        [dueAt, row.id, due.map((f) => f.attemptId)],
      );
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

  /** Initiations of this queue prefix with a follow-up due by `now` (oldest due first), at most `limit`. */
  async initiationsDue(now: Date, limit: number, queuePrefix: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ initiation_id: string }>>(
      'SELECT a.initiation_id FROM attempts a FORCE INDEX (idx_attempts_status_due) JOIN initiations i ON i.id = a.initiation_id ' +
        "WHERE a.status = 'scheduled' AND a.due_at <= ? AND i.queue_prefix = ? GROUP BY a.initiation_id ORDER BY MIN(a.due_at) LIMIT ?",
      [now, queuePrefix, limit],
    );
    return rows.map((r) => r.initiation_id);
  }

  /** The next due time of an initiation's scheduled follow-ups after `now`, if any. */
  async nextDue(initiationId: string, after: Date): Promise<Date | null> {
    const [row] = await this.dataSource.query<Array<{ d: Date | null }>>(
      "SELECT MIN(due_at) AS d FROM attempts WHERE status = 'scheduled' AND initiation_id = ? AND due_at > ?",
      [initiationId, after],
    );
    return row?.d ? new Date(row.d) : null;
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
          canceled_at: Date | null;
        }>
      >(
        'SELECT id, organization_id, campaign_id, channel, status, batch_size, canceled_at FROM initiations WHERE id = ? FOR UPDATE',
        [initiationId],
      );
      if (!i || i.canceled_at || i.status === 'canceled') return { initiation: null, batches: [], deferred: 0 };
      const initiation: FollowUpInitiation = {
        id: i.id,
        organizationId: i.organization_id,
        campaignId: i.campaign_id,
        channel: i.channel,
        status: i.status,
        batchSize: Number(i.batch_size),
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
   * Follow-up batches of this queue prefix with queued attempts (their job may have been lost),
   * due before `before`: `(initiationId, batch)` pairs, at most `limit`.
   */
  async openBatches(
    before: Date,
    limit: number,
    queuePrefix: string,
  ): Promise<Array<{ initiationId: string; organizationId: string; channel: Channel; batch: number }>> {
    const rows = await this.dataSource.query<
      Array<{ initiation_id: string; organization_id: string; channel: Channel; batch: number }>
    >(
      'SELECT a.initiation_id, a.organization_id, a.channel, a.batch FROM attempts a FORCE INDEX (idx_attempts_status_due) ' +
        "JOIN initiations i ON i.id = a.initiation_id WHERE a.status = 'queued' AND a.due_at <= ? AND i.queue_prefix = ? " +
        'GROUP BY a.initiation_id, a.organization_id, a.channel, a.batch ORDER BY a.initiation_id, a.batch LIMIT ?',
      [before, queuePrefix, limit],
    );
    return rows.map((r) => ({
      initiationId: r.initiation_id,
      organizationId: r.organization_id,
      channel: r.channel,
      batch: Number(r.batch),
    }));
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
