import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Channel } from '../../common/channel';
import { recordContacts } from '../../contact-policy/contact-log';
import { transactionWithRetry } from '../../database/retry';
import type { EventSource } from '../attempt-event.entity';
import { OPEN_STATUSES_SQL, REASON_MAX, REF_MAX } from '../attempt.entity';
import type { AttemptStatus } from '../attempt.entity';
import { LIVE_STATUSES_SQL } from '../initiation.entity';
import { FINAL_RANK, outcomeRank } from '../outcomes/outcomes';
import { FinalOutcome, OutcomeHooks } from '../outcomes/outcome-hooks';
import type { ApplyOptions, ProviderEvent } from '../outcomes/provider-event';

type Db = Pick<EntityManager, 'query'>;

/** An attempt as the outcome path reads it (locked). */
interface AttemptState {
  id: string;
  attemptId: string;
  providerRef: string | null;
  initiationId: string;
  organizationId: string;
  status: AttemptStatus;
  rank: number;
  phone: string;
}

/** Where one attempt stands while a request's events are weighed. */
interface Standing {
  state: AttemptState;
  /** The event that moves the outcome, if any does. */
  event?: ProviderEvent;
  rank: number;
  /** The earliest `at` among its events: when the provider had it at the latest. */
  firstAt: Date;
  ref?: string;
}

/** A final outcome this call wrote (for the metrics, the caller's log and the outcome hooks). */
export type WrittenOutcome = FinalOutcome;

export interface StoredEvents {
  /** Events stored for the first time. */
  stored: number;
  /** Events of known attempts (stored or duplicate). */
  known: number;
  /** The ids (or refs) no attempt of the channel answers to, once each, in request order. */
  unknown: string[];
  /** Final outcomes written now (first time). */
  finals: WrittenOutcome[];
  /** Attempts an event proved handed over while still queued: now `initiated`. */
  handedOver: number;
}

/** Text columns: a provider's free text is cut to the column, never fails the write. */
const URL_MAX = 2048;
const TEXT_MAX = 65_535;
const DISPOSITION_MAX = 255;
/** VARCHAR(n) counts characters. */
const cut = (value: string | undefined, max: number): string | null =>
  value === undefined ? null : value.slice(0, max);
/** TEXT holds 65,535 bytes, not characters: a Hindi summary is 3 bytes a letter (and strict mode refuses more). */
function cutBytes(value: string | undefined, maxBytes: number): string | null {
  if (value === undefined) return null;
  if (Buffer.byteLength(value, 'utf8') <= maxBytes) return value;
  // The first maxBytes bytes, less the character they cut through (decoded as U+FFFD).
  let text = Buffer.from(value, 'utf8').subarray(0, maxBytes).toString('utf8');
  if (text.endsWith('\uFFFD') && !value.startsWith(text)) text = text.slice(0, -1);
  while (Buffer.byteLength(text, 'utf8') > maxBytes) text = text.slice(0, -1);
  return text;
}
/** JSON kept whole or not at all: cut JSON would not read back. */
function jsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  return Buffer.byteLength(text, 'utf8') <= TEXT_MAX ? text : JSON.stringify({ truncated: true });
}
/** duration_sec is INT UNSIGNED. */
const DURATION_MAX = 4_294_967_295;

/** `SELECT ? AS a, ? AS b UNION ALL SELECT ?, ? …`: a derived table of values to join an UPDATE with. */
function valuesTable(columns: string[], rows: unknown[][]): { sql: string; params: unknown[] } {
  const first = `SELECT ${columns.map((c) => `? AS ${c}`).join(', ')}`;
  const rest = `SELECT ${columns.map(() => '?').join(', ')}`;
  return {
    sql: [first, ...rows.slice(1).map(() => rest)].join(' UNION ALL '),
    params: rows.flat(),
  };
}

/**
 * Where provider events are written (SPEC §9; with `persistence/` the one home of SQL on
 * `attempts` and its side tables). One request of events is one transaction of a few statements,
 * whatever its size: the attempts read and locked, every event inserted (a duplicate — the same
 * attempt, event and `at` — is kept once), the hand-overs an event proved, then each attempt's
 * outcome moved forward only. The dispatcher's own write (`BatchStore.recordAccepted`) changes only
 * attempts still open, and this path only moves `queued`/`sending` to `initiated` under the same
 * row locks: whichever comes first wins the status, neither overwrites the other's outcome.
 */
@Injectable()
export class OutcomeStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hooks: OutcomeHooks,
  ) {}

  async apply(
    channel: Channel,
    source: EventSource,
    events: ProviderEvent[],
    now: Date,
    timeoutS: number,
    opts: { sameEventIsDuplicate?: boolean; withOrganizations?: ApplyOptions['withOrganizations'] } = {},
  ): Promise<StoredEvents> {
    if (events.length === 0) return { stored: 0, known: 0, unknown: [], finals: [], handedOver: 0 };
    // Row ids first, without locks: the transaction then locks by primary key in id order, the
    // one order every writer of these rows can share (a lock through attempt_id's index follows
    // the random ids). The same read names each attempt's organization, for the caller's own
    // lookups before the transaction (voice dispositions): no second read of the same rows.
    const { rowIds, organizationOf } = await this.rowIds(this.dataSource, channel, events);
    const ready = opts.withOrganizations ? await opts.withOrganizations(organizationOf) : events;
    return transactionWithRetry(this.dataSource, (manager) =>
      this.applyIn(manager, channel, source, ready, rowIds, now, timeoutS, opts.sameEventIsDuplicate === true),
    );
  }

  private async applyIn(
    db: Db,
    channel: Channel,
    source: EventSource,
    events: ProviderEvent[],
    rowIds: string[],
    now: Date,
    timeoutS: number,
    sameEventIsDuplicate: boolean,
  ): Promise<StoredEvents> {
    const states = await this.lock(db, rowIds);
    const byId = new Map(states.map((s) => [s.attemptId, s]));
    const byRef = new Map(
      states.filter((s) => s.providerRef !== null && channel === 'sms').map((s) => [s.providerRef as string, s]),
    );
    const stateOf = (e: ProviderEvent): AttemptState | undefined =>
      e.attemptId !== undefined
        ? byId.get(e.attemptId)
        : e.providerRef !== undefined
          ? byRef.get(e.providerRef)
          : undefined;

    const unknown = new Set<string>();
    const known: Array<{ event: ProviderEvent; state: AttemptState }> = [];
    for (const event of events) {
      const state = stateOf(event);
      if (state) known.push({ event, state });
      else unknown.add(event.attemptId ?? event.providerRef ?? '');
    }
    if (known.length === 0) return { stored: 0, known: 0, unknown: [...unknown], finals: [], handedOver: 0 };

    const stored = await this.insertEvents(db, source, known, now, sameEventIsDuplicate);

    // Per attempt, in request order: the first event that ranks above what is stored wins, and the
    // first final one ends it (a later final, a repeat, a late `ringing` change nothing).
    const best = new Map<string, Standing>();
    for (const { event, state } of known) {
      let b = best.get(state.id);
      if (!b) {
        b = { state, rank: state.rank, firstAt: event.at, ref: event.providerRef };
        best.set(state.id, b);
      }
      if (event.at < b.firstAt) b.firstAt = event.at;
      b.ref ??= event.providerRef;
      const rank = outcomeRank(event.event);
      if (b.rank < FINAL_RANK && rank > b.rank) {
        b.event = event;
        b.rank = rank;
      }
    }

    const handedOver = await this.handOver(
      db,
      channel,
      [...best.values()].filter((b) => b.state.status === 'queued' || b.state.status === 'sending'),
      now,
      timeoutS,
    );
    const moves = [...best.values()].flatMap((b) =>
      b.event && b.state.status !== 'excluded' ? [{ state: b.state, event: b.event, rank: b.rank }] : [],
    );
    await this.moveOutcomes(db, moves);
    const finals: FinalOutcome[] = moves
      .filter((m) => m.rank === FINAL_RANK)
      .map((m) => ({
        attemptRowId: m.state.id,
        attemptId: m.state.attemptId,
        initiationId: m.state.initiationId,
        organizationId: m.state.organizationId,
        channel,
        status: m.state.status,
        outcome: m.event.event,
        at: m.event.at,
      }));
    // In this transaction: what reacts to an outcome (follow-ups, webhooks) is written with it.
    await this.hooks.run(db, finals, now);
    return { stored, known: known.length, unknown: [...unknown], finals, handedOver };
  }

  /**
   * The row ids of the channel's attempts the events name (by attempt id, or SMS by ref alone), and
   * the organization of each attempt id found.
   */
  private async rowIds(
    db: Db,
    channel: Channel,
    events: ProviderEvent[],
  ): Promise<{ rowIds: string[]; organizationOf: Map<string, string> }> {
    const ids = [...new Set(events.flatMap((e) => (e.attemptId !== undefined ? [e.attemptId] : [])))];
    // By ref alone only SMS (Twilio's callbacks name a message by sid; `sms_ref` is their index).
    const refs =
      channel === 'sms'
        ? [...new Set(events.flatMap((e) => (e.attemptId === undefined && e.providerRef ? [e.providerRef] : [])))]
        : [];
    const found: string[] = [];
    const organizationOf = new Map<string, string>();
    if (ids.length > 0) {
      const rows = await db.query<Array<{ id: string; attempt_id: string; organization_id: string }>>(
        'SELECT id, attempt_id, organization_id FROM attempts WHERE channel = ? AND attempt_id IN (?)',
        [channel, ids],
      );
      for (const r of rows) {
        found.push(String(r.id));
        organizationOf.set(r.attempt_id, r.organization_id);
      }
    }
    if (refs.length > 0) {
      const rows = await db.query<Array<{ id: string }>>(
        'SELECT id FROM attempts WHERE channel = ? AND sms_ref IN (?)',
        [channel, refs],
      );
      found.push(...rows.map((r) => String(r.id)));
    }
    return { rowIds: [...new Set(found)], organizationOf };
  }

  /** Those attempts, locked by primary key in id order. */
  private async lock(db: Db, rowIds: string[]): Promise<AttemptState[]> {
    if (rowIds.length === 0) return [];
    const rows = await db.query<
      Array<{
        id: string;
        attempt_id: string;
        provider_ref: string | null;
        initiation_id: string;
        organization_id: string;
        status: AttemptStatus;
        outcome_rank: number;
        phone: string;
      }>
    >(
      'SELECT id, attempt_id, provider_ref, initiation_id, organization_id, status, outcome_rank, phone ' +
        'FROM attempts WHERE id IN (?) ORDER BY id FOR UPDATE',
      [rowIds],
    );
    return rows.map((r) => ({
      id: String(r.id),
      attemptId: r.attempt_id,
      providerRef: r.provider_ref,
      initiationId: r.initiation_id,
      organizationId: r.organization_id,
      status: r.status,
      rank: Number(r.outcome_rank),
      phone: r.phone,
    }));
  }

  /** Every event into the history; a duplicate (attempt, event, at) is ignored. Returns how many were new. */
  private async insertEvents(
    db: Db,
    source: EventSource,
    known: Array<{ event: ProviderEvent; state: AttemptState }>,
    now: Date,
    sameEventIsDuplicate: boolean,
  ): Promise<number> {
    let fresh = known;
    if (sameEventIsDuplicate) {
      const rows = await db.query<Array<{ attempt_row_id: string; event: string }>>(
        'SELECT attempt_row_id, event FROM attempt_events WHERE attempt_row_id IN (?)',
        [[...new Set(known.map((k) => k.state.id))]],
      );
      const seen = new Set(rows.map((r) => `${String(r.attempt_row_id)}:${r.event}`));
      fresh = known.filter(({ event, state }) => {
        const key = `${state.id}:${event.event}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (fresh.length === 0) return 0;
    }
    const result = await db.query<{ affectedRows: number }>(
      'INSERT IGNORE INTO attempt_events (attempt_row_id, event, at, source, payload, received_at) VALUES ?',
      [fresh.map(({ event, state }) => [state.id, event.event, event.at, source, jsonText(event.payload), now])],
    );
    return result.affectedRows;
  }

  /**
   * Queued (or claimed) attempts an event proves the provider has: `initiated` from the first
   * event's time, with the provider's ref, counted and logged as the dispatcher would have; the
   * dispatcher's later write finds them no longer open and leaves them.
   */
  private async handOver(db: Db, channel: Channel, proved: Standing[], now: Date, timeoutS: number): Promise<number> {
    if (proved.length === 0) return 0;
    // The provider's own time, unless it is implausible (a skewed clock): later than now, or earlier
    // than the channel's whole outcome timeout ago — that would back-date the start in logs and
    // make the sweep look at once. Then the time it reached us.
    const earliest = now.getTime() - timeoutS * 1000;
    const at = (p: Standing): Date => (p.firstAt > now || p.firstAt.getTime() < earliest ? now : p.firstAt);
    const values = valuesTable(
      ['row_id', 'ref', 'handed_at', 'check_at'],
      proved.map((p) => [
        p.state.id,
        p.ref?.slice(0, REF_MAX) ?? null,
        at(p),
        new Date(at(p).getTime() + timeoutS * 1000),
      ]),
    );
    await db.query(
      `UPDATE attempts a JOIN (${values.sql}) v ON a.id = v.row_id ` +
        "SET a.status = 'initiated', a.reason = NULL, a.provider_ref = v.ref, a.sms_ref = IF(a.channel = 'sms', v.ref, NULL), " +
        'a.initiated_at = v.handed_at, a.check_at = v.check_at ' +
        `WHERE a.status IN ${OPEN_STATUSES_SQL}`,
      values.params,
    );
    const byInitiation = new Map<string, { organizationId: string; phones: string[] }>();
    for (const p of proved) {
      const entry = byInitiation.get(p.state.initiationId) ?? { organizationId: p.state.organizationId, phones: [] };
      entry.phones.push(p.state.phone);
      byInitiation.set(p.state.initiationId, entry);
      p.state.status = 'initiated';
    }
    for (const [initiationId, { organizationId, phones }] of [...byInitiation].sort(([a], [b]) => (a < b ? -1 : 1))) {
      await recordContacts(db, organizationId, channel, phones, now);
      await db.query(
        `UPDATE initiations SET initiated = initiated + ? WHERE id = ? AND status IN ${LIVE_STATUSES_SQL}`,
        [phones.length, initiationId],
      );
    }
    return proved.length;
  }

  /** Each attempt's outcome forward to the event that won; a final one with its fields, once. */
  private async moveOutcomes(
    db: Db,
    moves: Array<{ state: AttemptState; event: ProviderEvent; rank: number }>,
  ): Promise<void> {
    if (moves.length === 0) return;
    const values = valuesTable(
      [
        'row_id',
        'rnk',
        'outcome',
        'outcome_at',
        'reason',
        'duration',
        'disp_id',
        'disp',
        'summary',
        'rec',
        'tr',
        'ext',
      ],
      moves.map(({ state, event, rank }) => {
        const final = rank === FINAL_RANK;
        return [
          state.id,
          rank,
          event.event,
          event.at,
          final ? cut(event.reason, REASON_MAX) : null,
          final && event.durationSec !== undefined
            ? Math.min(DURATION_MAX, Math.max(0, Math.round(event.durationSec)))
            : null,
          final ? (event.disposition?.id ?? null) : null,
          final ? cut(event.disposition?.name, DISPOSITION_MAX) : null,
          final ? cutBytes(event.summary, TEXT_MAX) : null,
          final ? cut(event.recordingUrl, URL_MAX) : null,
          final ? cut(event.transcriptUrl, URL_MAX) : null,
          final ? jsonText(event.extracted) : null,
        ];
      }),
    );
    const final = `v.rnk = ${FINAL_RANK}`;
    await db.query(
      `UPDATE attempts a JOIN (${values.sql}) v ON a.id = v.row_id SET ` +
        'a.outcome = v.outcome, a.outcome_at = v.outcome_at, ' +
        `a.outcome_reason = IF(${final}, v.reason, a.outcome_reason), a.duration_sec = IF(${final}, v.duration, a.duration_sec), ` +
        `a.disposition_id = IF(${final}, v.disp_id, a.disposition_id), a.disposition = IF(${final}, v.disp, a.disposition), ` +
        `a.summary = IF(${final}, v.summary, a.summary), a.recording_url = IF(${final}, v.rec, a.recording_url), ` +
        `a.transcript_url = IF(${final}, v.tr, a.transcript_url), a.extracted = IF(${final}, v.ext, a.extracted), ` +
        `a.check_at = IF(${final}, NULL, a.check_at), a.outcome_rank = v.rnk ` +
        `WHERE a.outcome_rank < v.rnk AND a.outcome_rank < ${FINAL_RANK}`,
      values.params,
    );
  }
}
