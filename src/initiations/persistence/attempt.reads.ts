import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, In, LessThan } from 'typeorm';
import type { Channel } from '../../common/channel';
import { ExcludedCounts, excludedCounts } from '../../contact-policy/exclusion.service';
import { Attempt, AttemptStatus, OPEN_STATUSES, OPEN_STATUSES_SQL } from '../attempt.entity';
import { Initiation, LIVE_STATUSES_SQL, ScheduleWave } from '../initiation.entity';
import { FINAL_RANK, Outcome } from '../outcomes/outcomes';

type Db = Pick<EntityManager, 'query'>;

/** A live initiation of this process's queue prefix, as recovery reads it. */
export interface LiveInitiation {
  id: string;
  organizationId: string;
  channel: Channel;
  schedule: ScheduleWave[] | null;
  /** A selection still being written: the last batch released (later ones are not sent yet). */
  releasedUpTo?: number;
}

/**
 * The reads of `attempts` (with `persistence/` the one home of its SQL): counts, open batches,
 * failures and exclusions for the report, pages for the attempts list, and what recovery looks for.
 */
@Injectable()
export class AttemptReads {
  constructor(private readonly dataSource: DataSource) {}

  /** How many attempts of an initiation are in each status (a full count: only when it ends). */
  async counts(initiationId: string, upToBatch?: number): Promise<(status: AttemptStatus) => number> {
    // With `upToBatch` (the first round's `batch_count`): the first round only, not its follow-ups.
    const rows = await this.dataSource.query<Array<{ status: string; n: string }>>(
      `SELECT status, COUNT(*) AS n FROM attempts WHERE initiation_id = ?${upToBatch === undefined ? '' : ' AND batch <= ?'} GROUP BY status`,
      upToBatch === undefined ? [initiationId] : [initiationId, upToBatch],
    );
    return (status) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  }

  /**
   * The batches of an initiation that still have an open attempt, in order: one dive per batch into
   * (initiation_id, status, batch) — a loose index scan, "Using index for group-by", which MariaDB
   * picks only when the GROUP BY names the whole index prefix — never a read of every open attempt.
   */
  async openBatches(initiationId: string, db: Db = this.dataSource): Promise<number[]> {
    const rows = await db.query<Array<{ batch: number }>>(
      `SELECT batch FROM attempts WHERE initiation_id = ? AND status IN ${OPEN_STATUSES_SQL} GROUP BY initiation_id, status, batch`,
      [initiationId],
    );
    return [...new Set(rows.map((r) => Number(r.batch)))].sort((x, y) => x - y);
  }

  /** Whether the batch still has an attempt without an outcome. */
  async isOpen(initiationId: string, batch: number): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM attempts WHERE initiation_id = ? AND batch = ? AND status IN ${OPEN_STATUSES_SQL} LIMIT 1`,
      [initiationId, batch],
    );
    return rows.length > 0;
  }

  /** An initiation's excluded attempts by reason (few rows: the range of its `excluded` index entries). */
  async excluded(initiationId: string, db: Db = this.dataSource, upToBatch?: number): Promise<ExcludedCounts> {
    // With `upToBatch` (the first round's `batch_count`): the first round only, not its follow-ups.
    return excludedCounts(
      await db.query<Array<{ reason: string | null; n: string }>>(
        `SELECT reason, COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND status = 'excluded'${upToBatch === undefined ? '' : ' AND batch <= ?'} GROUP BY reason`,
        upToBatch === undefined ? [initiationId] : [initiationId, upToBatch],
      ),
    );
  }

  /** Excluded attempts of each initiation of a page: one indexed count, not one per initiation. */
  async excludedByInitiation(initiationIds: string[], db: Db = this.dataSource): Promise<Map<string, number>> {
    if (initiationIds.length === 0) return new Map();
    const rows = await db.query<Array<{ initiation_id: string; n: string }>>(
      "SELECT initiation_id, COUNT(*) AS n FROM attempts WHERE initiation_id IN (?) AND status = 'excluded' GROUP BY initiation_id",
      [initiationIds],
    );
    return new Map(rows.map((e) => [e.initiation_id, Number(e.n)]));
  }

  /** Failed attempts by batch and reason, in batch order (the report's `errors`). */
  async failures(
    initiationId: string,
    db: Db = this.dataSource,
  ): Promise<Array<{ batch: number; reason: string | null; count: number }>> {
    const rows = await db.query<Array<{ batch: number; reason: string | null; n: string }>>(
      "SELECT batch, reason, COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND status = 'failed' GROUP BY batch, reason ORDER BY batch, reason",
      [initiationId],
    );
    return rows.map((f) => ({ batch: Number(f.batch), reason: f.reason, count: Number(f.n) }));
  }

  /**
   * One page of an initiation's attempts. `queued` includes `sending` (an internal claim). Batch
   * order, then creation order: what the indexes (initiation, batch) and (initiation, status,
   * batch) already hold, so a page never sorts the whole initiation. `outcome` narrows to that
   * outcome, or with `pending` to initiated attempts without a final one (SPEC §9); those read
   * (initiation_id, outcome_rank, outcome).
   */
  async page(
    initiationId: string,
    query: { offset: number; limit: number; status?: AttemptStatus; outcome?: Outcome | 'pending' },
  ): Promise<{ rows: Attempt[]; total: number }> {
    const where: FindOptionsWhere<Attempt> = { initiationId };
    if (query.status) where.status = query.status === 'queued' ? In([...OPEN_STATUSES]) : query.status;
    if (query.outcome === 'pending') {
      if (query.status && query.status !== 'initiated') return { rows: [], total: 0 };
      where.status = 'initiated';
      where.outcomeRank = LessThan(FINAL_RANK);
    } else if (query.outcome) {
      where.outcome = query.outcome;
    }
    const [rows, total] = await this.dataSource.getRepository(Attempt).findAndCount({
      where,
      order: { batch: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return { rows, total };
  }

  /** One attempt by its row id (attempts.id). */
  async byRowId(rowId: string): Promise<Attempt | null> {
    return this.dataSource.getRepository(Attempt).findOneBy({ id: rowId });
  }

  /**
   * How many events each of these attempts has stored (webhooks' `sequence` of a final outcome:
   * its position in the attempt's history), read in the transaction that wrote them.
   */
  async eventCounts(db: Db, rowIds: string[]): Promise<Map<string, number>> {
    if (rowIds.length === 0) return new Map();
    const rows = await db.query<Array<{ attempt_row_id: string; n: string }>>(
      'SELECT attempt_row_id, COUNT(*) AS n FROM attempt_events WHERE attempt_row_id IN (?) GROUP BY attempt_row_id',
      [rowIds],
    );
    return new Map(rows.map((r) => [String(r.attempt_row_id), Number(r.n)]));
  }

  /**
   * Live initiations of this queue prefix older than the grace with no open attempt left: their
   * last batch wrote its outcomes but not the final status.
   */
  async endedButLive(queuePrefix: string, graceMs: number): Promise<Array<{ id: string; channel: Channel }>> {
    return this.dataSource.query<Array<{ id: string; channel: Channel }>>(
      `SELECT i.id, i.channel FROM initiations i WHERE i.status IN ${LIVE_STATUSES_SQL} AND i.queue_prefix = ? AND i.selecting = 0 ` +
        'AND i.created_at < NOW(3) - INTERVAL ? MICROSECOND ' +
        `AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.initiation_id = i.id AND a.status IN ${OPEN_STATUSES_SQL} AND a.batch <= i.batch_count) LIMIT 1000`,
      [queuePrefix, graceMs * 1000],
    );
  }

  /** Live initiations of this queue prefix older than the grace, delayed waves last. */
  async live(queuePrefix: string, graceMs: number): Promise<LiveInitiation[]> {
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        organization_id: string;
        channel: Channel;
        schedule: string | null;
        selecting: number;
        batch_count: number;
      }>
    >(
      `SELECT id, organization_id, channel, schedule, selecting, batch_count FROM initiations WHERE status IN ${LIVE_STATUSES_SQL} ` +
        'AND queue_prefix = ? AND created_at < NOW(3) - INTERVAL ? MICROSECOND ' +
        // Delayed waves last: their many waiting batches must not crowd out a lost batch due now.
        "ORDER BY status = 'scheduled', id LIMIT 1000",
      [queuePrefix, graceMs * 1000],
    );
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      channel: r.channel,
      schedule: r.schedule === null ? null : (JSON.parse(r.schedule) as ScheduleWave[]),
      // Still selecting (issue 20): only its batches up to batch_count are released.
      releasedUpTo: Number(r.selecting) === 1 ? Number(r.batch_count) : undefined,
    }));
  }

  /**
   * Streamed selections (issue 20) whose writer stopped: still selecting, untouched for longer
   * than the grace (each chunk, and each batch's counts, move `updated_at`).
   */
  async stalledSelections(queuePrefix: string, graceMs: number): Promise<Initiation[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM initiations WHERE selecting = 1 AND queue_prefix = ? AND updated_at < NOW(3) - INTERVAL ? MICROSECOND LIMIT 10',
      [queuePrefix, graceMs * 1000],
    );
    if (rows.length === 0) return [];
    return this.dataSource.getRepository(Initiation).findBy({ id: In(rows.map((r) => r.id)) });
  }
}
