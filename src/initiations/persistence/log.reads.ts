import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Db } from '../../database/read-replicas';
import type { Channel } from '../../common/channel';
import { isFinal, NOT_FINAL_OUTCOMES, Outcome } from '../outcomes/outcomes';

/** What GET /logs filters on, resolved (ids checked, phones in E.164, times as instants). */
export interface LogFilters {
  channel?: Channel;
  campaignId?: string;
  agentId?: string;
  /** Any of these final outcomes (a TimePay label, or `outcome=`); several filters combine with AND. */
  outcomeSets?: Outcome[][];
  /** No final outcome yet (`Pending`, `outcome=pending`). */
  pending?: boolean;
  /** The outcome exactly (`ringing`, `in_progress`, `sent`: not final). */
  outcome?: Outcome;
  /** A disposition name; the column compares case-insensitively. */
  disposition?: string;
  phone?: string;
  fromPhone?: string;
  /** `initiated_at >= from`. */
  from?: Date;
  /** `initiated_at < before`. */
  before?: Date;
}

/** A position in the logs' order (initiated_at DESC, id DESC): the last entry seen. */
export interface LogKey {
  at: Date;
  id: string;
}

export interface LogRow {
  id: string;
  attemptId: string;
  channel: Channel;
  initiationId: string;
  campaignId: string;
  customerRowId: string;
  externalId: string;
  phone: string;
  fromPhone: string | null;
  initiatedAt: Date;
  outcome: Outcome | null;
  outcomeRank: number;
  durationSec: number | null;
  dispositionId: string | null;
  disposition: string | null;
  summary: string | null;
  recordingUrl: string | null;
  transcriptUrl: string | null;
  extracted: string | null;
}

interface RawLogRow {
  id: string;
  attempt_id: string;
  channel: Channel;
  initiation_id: string;
  campaign_id: string;
  customer_row_id: string;
  external_id: Buffer;
  phone: string;
  from_phone: string | null;
  initiated_at: Date;
  outcome: Outcome | null;
  outcome_rank: number;
  duration_sec: number | null;
  disposition_id: string | null;
  disposition: string | null;
  summary: string | null;
  recording_url: string | null;
  transcript_url: string | null;
  extracted: string | null;
}

const COLUMNS =
  'id, attempt_id, channel, initiation_id, campaign_id, customer_row_id, external_id, phone, from_phone, initiated_at, ' +
  'outcome, outcome_rank, duration_sec, disposition_id, disposition, summary, recording_url, transcript_url, extracted';

function toRow(r: RawLogRow): LogRow {
  return {
    id: String(r.id),
    attemptId: r.attempt_id,
    channel: r.channel,
    initiationId: r.initiation_id,
    campaignId: r.campaign_id,
    customerRowId: String(r.customer_row_id),
    externalId: r.external_id.toString('utf8'),
    phone: r.phone,
    fromPhone: r.from_phone,
    initiatedAt: r.initiated_at,
    outcome: r.outcome,
    outcomeRank: Number(r.outcome_rank),
    durationSec: r.duration_sec === null ? null : Number(r.duration_sec),
    dispositionId: r.disposition_id,
    disposition: r.disposition,
    summary: r.summary,
    recordingUrl: r.recording_url,
    transcriptUrl: r.transcript_url,
    extracted: r.extracted,
  };
}

/**
 * The WHERE of a logs read: always one organization and only attempts handed to a provider
 * (`initiated_at` is set exactly when an attempt becomes `initiated`), newest first on
 * (organization_id, initiated_at, id).
 */
function where(
  organizationId: string,
  f: LogFilters,
  opts: { campaignOwned?: boolean } = {},
): { sql: string; params: unknown[] } {
  // A campaign the caller has checked is the organization's scopes the read by itself: without the
  // organization's column a count reads the campaign's index alone (channel and outcome are in it).
  const scoped = opts.campaignOwned && f.campaignId !== undefined;
  const parts = scoped ? ['initiated_at IS NOT NULL'] : ['organization_id = ?', 'initiated_at IS NOT NULL'];
  const params: unknown[] = scoped ? [] : [organizationId];
  const add = (sql: string, ...values: unknown[]): void => {
    parts.push(sql);
    params.push(...values);
  };
  if (f.from) add('initiated_at >= ?', f.from);
  if (f.before) add('initiated_at < ?', f.before);
  if (f.channel) add('channel = ?', f.channel);
  if (f.campaignId) add('campaign_id = ?', f.campaignId);
  if (f.agentId) {
    add(
      'initiation_id IN (SELECT id FROM initiations WHERE organization_id = ? AND agent_id = ?)',
      organizationId,
      f.agentId,
    );
  }
  // In outcome terms, not outcome_rank: the logs' indexes carry the outcome, so counts stay index-only.
  for (const set of f.outcomeSets ?? []) {
    const finals = set.filter(isFinal);
    if (finals.length === 0) parts.push('FALSE');
    else add('outcome IN (?)', finals);
  }
  if (f.pending) add('(outcome IS NULL OR outcome IN (?))', NOT_FINAL_OUTCOMES);
  if (f.outcome) add('outcome = ?', f.outcome);
  if (f.disposition) add('disposition = ?', f.disposition);
  if (f.phone) add('phone = ?', f.phone);
  if (f.fromPhone) add('from_phone = ?', f.fromPhone);
  return { sql: parts.join(' AND '), params };
}

/**
 * The index a page walks, newest first: a campaign's own (campaign_id, initiated_at[, id]) when it
 * names one, the organization's (organization_id, initiated_at, id) otherwise. Left to MariaDB it
 * prefers a `ref` on organization_id that reads every later entry before a cursor's position. A
 * phone names a few entries: (organization_id, phone) finds them, and sorting them is cheap.
 */
function indexFor(f: LogFilters): string {
  if (f.phone) return '';
  return f.campaignId ? 'FORCE INDEX (idx_attempts_campaign_initiated)' : 'FORCE INDEX (idx_attempts_org_initiated)';
}

/** The reads behind GET /logs and GET /communication/* (with `persistence/` the one home of SQL on `attempts`). */
@Injectable()
export class LogReads {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page, newest first: after `after` by key (a cursor: one index dive however deep), else at
   * `offset` (page numbers: MariaDB reads and drops the rows before it).
   */
  async page(
    organizationId: string,
    filters: LogFilters,
    at: { limit: number; after?: LogKey; offset?: number },
    db: Db = this.dataSource,
  ): Promise<LogRow[]> {
    const w = where(organizationId, filters);
    let sql = `SELECT ${COLUMNS} FROM attempts ${indexFor(filters)} WHERE ${w.sql}`;
    const params = [...w.params];
    if (at.after) {
      // The bound on initiated_at alone is what makes it a range: the row form, or an OR without
      // it, has MariaDB walk the organization's entries from the newest (1 s at 180,000, not 1 ms).
      sql += ' AND initiated_at <= ? AND (initiated_at < ? OR id < ?)';
      params.push(at.after.at, at.after.at, at.after.id);
    }
    sql += ' ORDER BY initiated_at DESC, id DESC LIMIT ?';
    params.push(at.limit);
    if (!at.after && at.offset) {
      sql += ' OFFSET ?';
      params.push(at.offset);
    }
    return (await db.query<RawLogRow[]>(sql, params)).map(toRow);
  }

  /** How many entries the filters match. */
  async count(
    organizationId: string,
    filters: LogFilters,
    opts: { campaignOwned?: boolean } = {},
    db: Db = this.dataSource,
  ): Promise<number> {
    const w = where(organizationId, filters, opts);
    const [row] = await db.query<Array<{ n: string }>>(
      `SELECT COUNT(*) AS n FROM attempts ${indexFor(filters)} WHERE ${w.sql}`,
      w.params,
    );
    return Number(row.n);
  }

  /** One entry by attempt id, if it is the organization's, of that channel, and was handed over. */
  async one(
    organizationId: string,
    attemptId: string,
    channel: Channel,
    db: Db = this.dataSource,
  ): Promise<LogRow | null> {
    const [row] = await db.query<RawLogRow[]>(
      `SELECT ${COLUMNS} FROM attempts WHERE attempt_id = ? AND organization_id = ? AND channel = ? AND initiated_at IS NOT NULL`,
      [attemptId, organizationId, channel],
    );
    return row ? toRow(row) : null;
  }

  /** The agent of each initiation of a page (null for SMS). */
  async agents(
    organizationId: string,
    initiationIds: string[],
    db: Db = this.dataSource,
  ): Promise<Map<string, string | null>> {
    if (initiationIds.length === 0) return new Map();
    const rows = await db.query<Array<{ id: string; agent_id: string | null }>>(
      'SELECT id, agent_id FROM initiations WHERE organization_id = ? AND id IN (?)',
      [organizationId, initiationIds],
    );
    return new Map(rows.map((r) => [r.id, r.agent_id]));
  }
}
