import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Db } from '../../database/read-replicas';
import type { Channel } from '../../common/channel';
import type { EventSource } from '../attempt-event.entity';
import { FINAL_RANK, finalOutcomes, Outcome } from '../outcomes/outcomes';

/** `{pending, <every final outcome of the channel>: n}`: all keys always present (SPEC §9). */
export type OutcomeCounts = Record<string, number>;

/** An attempt, as the history and the logs' single reads find it (tenant-scoped). */
export interface AttemptRef {
  rowId: string;
  attemptId: string;
  channel: Channel;
}

export interface EventRow {
  id: string;
  event: Outcome;
  at: Date;
  source: EventSource;
  payload: string | null;
  receivedAt: Date;
}

/** A half-open range of `initiated_at` (either end may be open). */
export interface InitiatedRange {
  from?: Date;
  /** Exclusive. */
  before?: Date;
}

export interface CampaignStatsRows {
  /** Initiated attempts by channel and final outcome (`null`: none yet). */
  byOutcome: Array<{ channel: Channel; outcome: Outcome | null; n: number; durations: number; durationSum: number }>;
  byDisposition: Array<{ dispositionId: string | null; name: string; count: number }>;
}

/** A JSON text a provider sent (`extracted`, an event's payload), as an object; null when none or not an object. */
export function parseObjectText(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function emptyCounts(channel: Channel): OutcomeCounts {
  return Object.fromEntries([['pending', 0], ...finalOutcomes(channel).map((o) => [o, 0])]) as OutcomeCounts;
}

const rangeSql = (range: InitiatedRange): { sql: string; params: Date[] } => {
  const parts: string[] = [];
  const params: Date[] = [];
  if (range.from) {
    parts.push('AND initiated_at >= ?');
    params.push(range.from);
  }
  if (range.before) {
    parts.push('AND initiated_at < ?');
    params.push(range.before);
  }
  return { sql: parts.join(' '), params };
};

/**
 * The reads of outcomes (with `persistence/` the one home of SQL on `attempts` and
 * `attempt_events`): an initiation's counts, an attempt's history, a campaign's stats.
 */
@Injectable()
export class OutcomeReads {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * An initiation's initiated attempts by final outcome, and those still pending. Three index-only
   * or small reads, never a read of every attempt: the finals by outcome from
   * (initiation_id, outcome_rank, outcome); less the finals of attempts that failed at dispatch or
   * were excluded (they keep their status, SPEC §9: few rows, read by (initiation_id, status));
   * pending = initiated attempts (counted on (initiation_id, status, batch)) less their finals.
   */
  async initiationCounts(initiationId: string, channel: Channel): Promise<OutcomeCounts> {
    const counts = emptyCounts(channel);
    const finals = await this.dataSource.query<Array<{ outcome: string; n: string }>>(
      'SELECT outcome, COUNT(*) AS n FROM attempts FORCE INDEX (idx_attempts_initiation_outcome) ' +
        'WHERE initiation_id = ? AND outcome_rank = ? GROUP BY outcome',
      [initiationId, FINAL_RANK],
    );
    const notInitiated = await this.dataSource.query<Array<{ outcome: string; n: string }>>(
      'SELECT outcome, COUNT(*) AS n FROM attempts FORCE INDEX (idx_attempts_initiation_status_batch) ' +
        "WHERE initiation_id = ? AND status IN ('failed', 'excluded') AND outcome_rank = ? GROUP BY outcome",
      [initiationId, FINAL_RANK],
    );
    const [initiated] = await this.dataSource.query<Array<{ n: string }>>(
      "SELECT COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND status = 'initiated'",
      [initiationId],
    );
    let finalOfInitiated = 0;
    for (const row of finals) {
      if (!(row.outcome in counts)) continue;
      const n = Number(row.n) - Number(notInitiated.find((r) => r.outcome === row.outcome)?.n ?? 0);
      counts[row.outcome] = n;
      finalOfInitiated += n;
    }
    counts.pending = Math.max(0, Number(initiated.n) - finalOfInitiated);
    return counts;
  }

  /** The organization's attempt by public id (another organization's is unknown). */
  async attempt(organizationId: string, attemptId: string): Promise<AttemptRef | null> {
    const [row] = await this.dataSource.query<Array<{ id: string; attempt_id: string; channel: Channel }>>(
      'SELECT id, attempt_id, channel FROM attempts WHERE attempt_id = ? AND organization_id = ?',
      [attemptId, organizationId],
    );
    return row ? { rowId: String(row.id), attemptId: row.attempt_id, channel: row.channel } : null;
  }

  /** One page of an attempt's history in arrival order (id order), and its length. */
  async events(
    attemptRowId: string,
    page: { offset: number; limit: number },
    db: Db = this.dataSource,
  ): Promise<{ rows: EventRow[]; total: number }> {
    const rows = await db.query<
      Array<{ id: string; event: Outcome; at: Date; source: EventSource; payload: string | null; received_at: Date }>
    >(
      'SELECT id, event, at, source, payload, received_at FROM attempt_events WHERE attempt_row_id = ? ORDER BY id LIMIT ? OFFSET ?',
      [attemptRowId, page.limit, page.offset],
    );
    const [count] = await db.query<Array<{ n: string }>>(
      'SELECT COUNT(*) AS n FROM attempt_events WHERE attempt_row_id = ?',
      [attemptRowId],
    );
    return {
      total: Number(count.n),
      rows: rows.map((r) => ({
        id: String(r.id),
        event: r.event,
        at: r.at,
        source: r.source,
        payload: r.payload,
        receivedAt: r.received_at,
      })),
    };
  }

  /**
   * A campaign's initiated attempts (`initiated_at` set: handed to a provider) in a range of
   * hand-over times, by channel and final outcome, and the dispositions their outcomes reported.
   * Both read the range of (campaign_id, initiated_at).
   */
  async campaignStats(
    organizationId: string,
    campaignId: string,
    range: InitiatedRange,
    db: Db = this.dataSource,
  ): Promise<CampaignStatsRows> {
    const r = rangeSql(range);
    const where =
      'FROM attempts WHERE campaign_id = ? AND organization_id = ? AND initiated_at IS NOT NULL ' +
      `AND status = 'initiated' ${r.sql}`;
    const params = [campaignId, organizationId, ...r.params];
    const outcomes = await db.query<
      Array<{ channel: Channel; outcome: Outcome | null; n: string; durations: string; duration_sum: string | null }>
    >(
      `SELECT channel, IF(outcome_rank = ${FINAL_RANK}, outcome, NULL) AS outcome, COUNT(*) AS n, ` +
        `COUNT(duration_sec) AS durations, SUM(duration_sec) AS duration_sum ${where} GROUP BY 1, 2`,
      params,
    );
    const dispositions = await db.query<Array<{ disposition_id: string | null; name: string; n: string }>>(
      `SELECT disposition_id, MIN(disposition) AS name, COUNT(*) AS n ${where} AND channel = 'calls' AND disposition IS NOT NULL ` +
        // The column compares case-insensitively: a provider's `Callback` and `callback` are one.
        'GROUP BY disposition_id, disposition ORDER BY n DESC, name LIMIT 100',
      params,
    );
    return {
      byOutcome: outcomes.map((o) => ({
        channel: o.channel,
        outcome: o.outcome,
        n: Number(o.n),
        durations: Number(o.durations),
        durationSum: Number(o.duration_sum ?? 0),
      })),
      byDisposition: dispositions.map((d) => ({ dispositionId: d.disposition_id, name: d.name, count: Number(d.n) })),
    };
  }
}
