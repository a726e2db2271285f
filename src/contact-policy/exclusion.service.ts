import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SqlWhere } from '../targeting/filter-query.builder';
import { ContactPolicy, EXCLUSION_REASONS, ExclusionReason, PolicyChannel } from './policy';
import { isInsideWindow, nextOpening } from './windows';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of an attempt cap's rolling window. */
const capSince = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);
/** Up to this many matched customers, attempt caps are probed per customer rather than scanned. */
const PROBE_LIMIT = 100_000;

export type ExcludedCounts = { total: number; byReason: Record<ExclusionReason, number> };

export const noExclusions = (): ExcludedCounts => ({
  total: 0,
  byReason: Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>,
});

export type ExcludedSamples = Record<ExclusionReason, Array<{ customerId: string; phone: string; timezone: string }>>;

export const noSamples = (): ExcludedSamples =>
  Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, []])) as unknown as ExcludedSamples;

export function excludedCounts(rows: Array<{ reason: string | null; n: number | string }>): ExcludedCounts {
  const counts = noExclusions();
  for (const row of rows) {
    const reason = row.reason as ExclusionReason;
    if (!EXCLUSION_REASONS.includes(reason)) continue;
    counts.byReason[reason] += Number(row.n);
    counts.total += Number(row.n);
  }
  return counts;
}

/** What the policy decides for one initiation, before any row is read: the rules that can apply. */
export interface SelectionPlan {
  organizationId: string;
  campaignId: string;
  channel: PolicyChannel;
  where: SqlWhere;
  /** Whether filters narrow the campaign: then the matches are found on the indexes first. */
  narrowed: boolean;
  limit: number | undefined;
  /** The local-time fallback: the campaign's zone. */
  zone: string;
  dnc: boolean;
  /**
   * `probe`: one index range per matched customer on (organization, channel, phone, time), for
   * selections small beside the organization's recent contacts; `scan`: one pass over the recent
   * contacts, grouped by phone, for large ones.
   */
  cap: { count: number; since: Date; strategy: 'probe' | 'scan' } | undefined;
  dedupe: boolean;
  /** Zones whose window is closed now and whose customers are excluded. */
  closed: string[];
  /** Zones closed now whose customers wait for the next opening (`outsideWindow: "schedule"`), by wave. */
  waves: Array<{ at: Date; zones: string[] }>;
}

/**
 * One chunk of a large selection (issue 20): the customers whose row ids lie in (after, through],
 * classified as part of initiation `initiationId`, whose earlier chunks are already written.
 */
export interface SelectionChunk {
  initiationId: string;
  after: string;
  through: string;
}

/** A fragment of SQL with its parameters in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

/**
 * The contact policy inside every initiation (SPEC §7): it decides and returns reasons; the
 * pipeline writes them. At selection, every matched customer is classified in SQL — do-not-contact,
 * attempt cap, outside window, duplicate phone, in that order — as a derived table the pipeline
 * selects from, so a million customers are never held in memory; at dispatch, each batch is
 * checked again with one indexed query per rule.
 */
@Injectable()
export class ExclusionService {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads what can apply: the campaign's local zones, whether any number is listed or capped. */
  async plan(
    input: Pick<
      SelectionPlan,
      'organizationId' | 'campaignId' | 'channel' | 'where' | 'narrowed' | 'limit' | 'zone'
    > & {
      matched: number;
    },
    policy: ContactPolicy,
    now: Date,
  ): Promise<SelectionPlan> {
    const rules = policy[input.channel];
    const since = capSince(now, rules.maxAttempts.days);
    const [dnc, capped, zoneRows] = await Promise.all([
      this.dataSource.query<unknown[]>(
        "SELECT 1 FROM do_not_contact WHERE organization_id = ? AND channel IN (?, 'all') LIMIT 1",
        [input.organizationId, input.channel],
      ),
      this.dataSource.query<unknown[]>(
        'SELECT 1 FROM contact_log WHERE organization_id = ? AND channel = ? AND contacted_at >= ? LIMIT 1',
        [input.organizationId, input.channel, since],
      ),
      // Every zone the campaign's customers can have. Grouped by the whole index
      // (campaign_id, timezone, phone_timezone): a loose index scan, a few dives even at a million.
      this.dataSource.query<Array<{ timezone: string | null; phone_timezone: string | null }>>(
        'SELECT timezone, phone_timezone FROM customers WHERE campaign_id = (SELECT sc.id FROM campaigns sc WHERE sc.id = ? AND sc.organization_id = ?) ' +
          'GROUP BY campaign_id, timezone, phone_timezone',
        [input.campaignId, input.organizationId],
      ),
    ]);
    const zones = new Set(zoneRows.map((r) => r.timezone ?? r.phone_timezone ?? input.zone));
    const closed: string[] = [];
    const waves = new Map<number, string[]>();
    for (const zone of zones) {
      if (isInsideWindow(rules.window, zone, now)) continue;
      const opens = policy.outsideWindow === 'schedule' ? nextOpening(rules.window, zone, now) : null;
      if (opens) waves.set(opens.getTime(), [...(waves.get(opens.getTime()) ?? []), zone]);
      else closed.push(zone);
    }
    return {
      ...input,
      dnc: dnc.length > 0,
      cap:
        capped.length > 0
          ? { count: rules.maxAttempts.count, since, strategy: input.matched <= PROBE_LIMIT ? 'probe' : 'scan' }
          : undefined,
      dedupe: policy.dedupePhone,
      closed,
      waves: [...waves.entries()].sort(([a], [b]) => a - b).map(([at, z]) => ({ at: new Date(at), zones: z })),
    };
  }

  /**
   * Every matched customer as a derived table `x (id, external_id, phone_number, zone, wave,
   * reason, pick)`: `reason` is the first rule it breaks (NULL when none), `pick` its rank among
   * those left (NULL when excluded), `wave` 0 for now or the delayed wave it waits for.
   */
  classified(plan: SelectionPlan, extra: string[] = [], chunk?: SelectionChunk): Sql {
    const params: unknown[] = [];
    const zone = 'COALESCE(c.timezone, c.phone_timezone, ?)';
    const rules: string[] = [];
    if (plan.dnc) {
      rules.push(
        "WHEN EXISTS (SELECT 1 FROM do_not_contact d WHERE d.organization_id = ? AND d.phone = c.phone_number AND d.channel IN (?, 'all')) THEN 'do_not_contact'",
      );
      params.push(plan.organizationId, plan.channel);
    }
    if (plan.cap?.strategy === 'scan') rules.push("WHEN k.phone IS NOT NULL THEN 'attempt_cap'");
    if (plan.cap?.strategy === 'probe') {
      rules.push(
        "WHEN (SELECT COUNT(*) FROM contact_log l FORCE INDEX (idx_contact_log_phone) WHERE l.organization_id = ? AND l.channel = ? AND l.phone = c.phone_number AND l.contacted_at >= ?) >= ? THEN 'attempt_cap'",
      );
      params.push(plan.organizationId, plan.channel, plan.cap.since, plan.cap.count);
    }
    if (plan.closed.length > 0) {
      rules.push(`WHEN ${zone} IN (?) THEN 'outside_window'`);
      params.push(plan.zone, plan.closed);
    }
    const reason = rules.length > 0 ? `CASE ${rules.join(' ')} END` : 'CAST(NULL AS CHAR(16))';
    const waveCases = plan.waves.map((_, i) => `WHEN ${zone} IN (?) THEN ${i + 1}`);
    const waveParams = plan.waves.flatMap((w) => [plan.zone, w.zones]);
    const wave = waveCases.length > 0 ? `CASE ${waveCases.join(' ')} ELSE 0 END` : '0';
    // Phones at or over the cap in the rolling window: one range scan of the recent contacts.
    const capJoin =
      plan.cap?.strategy === 'scan'
        ? 'LEFT JOIN (SELECT phone FROM contact_log FORCE INDEX (idx_contact_log_recent) WHERE organization_id = ? AND channel = ? AND contacted_at >= ? GROUP BY phone HAVING COUNT(*) >= ?) k ON k.phone = c.phone_number'
        : '';
    const capParams =
      plan.cap?.strategy === 'scan' ? [plan.organizationId, plan.channel, plan.cap.since, plan.cap.count] : [];
    const carried = extra.map((col) => `, c.${col}`).join('');
    const select = `SELECT c.id, c.external_id, c.phone_number${carried}, ${zone} AS zone, ${wave} AS wave, ${reason} AS rule_reason `;
    const head = [plan.zone, ...waveParams, ...params];
    // Narrowing filters are answered by the indexes alone (as the count is); only the matches'
    // rows are then read, by primary key, in key order (pages in sequence, read-ahead). The LIMIT
    // keeps the optimizer from merging the two and keeps the order.
    // A chunk of a large selection: the customers whose row ids lie in (after, through].
    const range = chunk ? ' AND c.id > ? AND c.id <= ?' : '';
    const rangeParams = chunk ? [chunk.after, chunk.through] : [];
    const m = plan.narrowed
      ? `${select}FROM (SELECT c.id FROM customers c WHERE ${plan.where.sql}${range} ORDER BY c.id LIMIT 18446744073709551615) ids ` +
        `JOIN customers c ON c.id = ids.id ${capJoin}`
      : `${select}FROM customers c ${capJoin} WHERE ${plan.where.sql}${range}`;
    const mParams = plan.narrowed
      ? [...head, ...plan.where.params, ...rangeParams, ...capParams]
      : [...head, ...capParams, ...plan.where.params, ...rangeParams];
    // Duplicate phone: a later customer (creation order) with the phone of one that was not excluded.
    // Across chunks: the phone of an earlier chunk's customer that was not excluded by a rule (its
    // attempt has a batch, or is itself a duplicate) — through the organization's phone index and
    // the attempt's (initiation, customer) key, one dive each.
    const earlier =
      plan.dedupe && chunk && chunk.after !== '0'
        ? {
            // The customers with the phone first (a few), then each one's attempt by key: the other
            // order walks every attempt written so far for each customer of the chunk (quadratic).
            sql:
              'WHEN EXISTS (SELECT 1 FROM customers c2 FORCE INDEX (idx_customers_org_phone) ' +
              'STRAIGHT_JOIN attempts a2 FORCE INDEX (uq_attempts_initiation_customer_retry) ON a2.initiation_id = ? AND a2.customer_row_id = c2.id ' +
              "WHERE c2.organization_id = ? AND c2.phone_number = m.phone_number AND c2.id <= ? AND a2.phone = m.phone_number AND (a2.batch > 0 OR a2.reason = 'duplicate_phone')) THEN 'duplicate_phone' ",
            params: [chunk.initiationId, plan.organizationId, chunk.after],
          }
        : { sql: '', params: [] };
    const deduped = plan.dedupe
      ? `CASE WHEN m.rule_reason IS NOT NULL THEN m.rule_reason WHEN ROW_NUMBER() OVER (PARTITION BY m.rule_reason IS NULL, m.phone_number ORDER BY m.id) > 1 THEN 'duplicate_phone' ${earlier.sql}END`
      : 'm.rule_reason';
    const d = `SELECT m.id, m.external_id, m.phone_number${extra.map((col) => `, m.${col}`).join('')}, m.zone, m.wave, ${deduped} AS reason FROM (${m}) m`;
    // Without a limit every customer left is picked: no rank (and no sort) is needed.
    const pick =
      plan.limit === undefined
        ? 'NULL'
        : 'CASE WHEN d.reason IS NULL THEN ROW_NUMBER() OVER (PARTITION BY d.reason IS NULL ORDER BY d.id) END';
    const x = `SELECT d.*, ${pick} AS pick FROM (${d}) d`;
    return { sql: `(${x}) x`, params: [...earlier.params, ...mParams] };
  }

  /** The condition on `x` that a customer is selected (not excluded, within `limit`). */
  picked(plan: SelectionPlan): Sql {
    return plan.limit === undefined
      ? { sql: 'x.reason IS NULL', params: [] }
      : { sql: 'x.pick <= ?', params: [plan.limit] };
  }

  /** Up to `per` excluded customers of each reason, in creation order. */
  async samples(
    plan: SelectionPlan,
    per: number,
    db: Pick<EntityManager, 'query'> = this.dataSource,
  ): Promise<ExcludedSamples> {
    const x = this.classified(plan);
    const rows = await db.query<
      Array<{ reason: ExclusionReason; external_id: Buffer; phone_number: string; zone: string }>
    >(
      'SELECT y.reason, y.external_id, y.phone_number, y.zone FROM (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.reason ORDER BY x.id) AS rn ' +
        `FROM ${x.sql} WHERE x.reason IS NOT NULL) y WHERE y.rn <= ? ORDER BY y.reason, y.id`,
      [...x.params, per],
    );
    const out = noSamples();
    for (const r of rows) {
      out[r.reason].push({ customerId: r.external_id.toString('utf8'), phone: r.phone_number, timezone: r.zone });
    }
    return out;
  }

  /**
   * The dispatch-time check of one batch (SPEC §7), over the open attempts the dispatcher has just
   * read: each still inside its window, under its cap and not on the do-not-contact list, else
   * excluded with the reason — never sent late. Two indexed queries for the whole batch (the
   * windows are computed here). Returns the attempts to exclude, by reason (the pipeline writes them).
   */
  async recheck(
    organizationId: string,
    channel: PolicyChannel,
    rows: Array<{ attemptId: string; phone: string; zone: string }>,
    policy: ContactPolicy,
    now: Date,
  ): Promise<Map<ExclusionReason, string[]>> {
    const excluded = new Map<ExclusionReason, string[]>();
    if (rows.length === 0) return excluded;
    const rules = policy[channel];
    const phones = [...new Set(rows.map((r) => r.phone))];
    const [listed, used] = await Promise.all([
      this.dataSource.query<Array<{ phone: string }>>(
        "SELECT DISTINCT phone FROM do_not_contact WHERE organization_id = ? AND phone IN (?) AND channel IN (?, 'all')",
        [organizationId, phones, channel],
      ),
      this.dataSource.query<Array<{ phone: string; n: string }>>(
        'SELECT phone, COUNT(*) AS n FROM contact_log FORCE INDEX (idx_contact_log_phone) WHERE organization_id = ? AND channel = ? AND phone IN (?) AND contacted_at >= ? GROUP BY phone',
        [organizationId, channel, phones, capSince(now, rules.maxAttempts.days)],
      ),
    ]);
    const onList = new Set(listed.map((r) => r.phone));
    const count = new Map(used.map((r) => [r.phone, Number(r.n)]));
    const open = new Map<string, boolean>();
    const exclude = (reason: ExclusionReason, id: string): void => {
      excluded.set(reason, [...(excluded.get(reason) ?? []), id]);
    };
    for (const row of rows) {
      if (!open.has(row.zone)) open.set(row.zone, isInsideWindow(rules.window, row.zone, now));
      if (onList.has(row.phone)) exclude('do_not_contact', row.attemptId);
      else if ((count.get(row.phone) ?? 0) >= rules.maxAttempts.count) exclude('attempt_cap', row.attemptId);
      else if (!open.get(row.zone)) exclude('outside_window', row.attemptId);
      // This batch's own sends count towards the cap of a phone it holds twice (dedupePhone off).
      else count.set(row.phone, (count.get(row.phone) ?? 0) + 1);
    }
    return excluded;
  }
}
