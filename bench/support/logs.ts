import type { Connection } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';
import { outcomesLabelled } from '../../src/initiations/outcomes/outcomes';
import { Api } from './api';

const PER_PAGE = 100;
const RUNS = 5;
/** The last page by `page=` makes MariaDB read and drop every row before it: fewer runs. */
const OFFSET_RUNS = 3;
/** count_only with a campaign and status, and its bare COUNT(*): median of 7 each (issue 20). */
const COUNT_RUNS = 7;
/** The TimePay label of the status filter (the outcomes phase makes about half the entries `completed`). */
const COUNT_STATUS = 'Contacted';

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface Logs {
  total: number;
  perPage: number;
  lastPage: number;
  /** GET /logs?campaign_id&per_page=100 (page 1), ms. */
  firstPageMs: Timing;
  /** The same at the last page, by a cursor naming the last entry of the page before it. */
  lastPageByCursorMs: Timing;
  /** The same at the last page by `page=` (offset), for comparison. */
  lastPageByOffsetMs: Timing;
  /** The next page by page 1's `next_cursor` (the cursor is the server's own). */
  secondPageByCursorMs: Timing;
  /** count_only=true. */
  countOnlyMs: Timing;
  /** lastPageByCursorMs / firstPageMs, medians (issue 20's target: ≤ 2). */
  lastByCursorToFirst: number;
  /** count_only=true with campaign_id and status=COUNT_STATUS, beside the database's own COUNT(*) of that filter. */
  countOnlyByStatus: {
    status: string;
    total: number;
    ms: Timing;
    /** The minimal equivalent, straight on the database (mysql2, no HTTP), same table and indexes. */
    bareCount: { sql: string; matched: number; ms: Timing };
    /** ms.median / bareCount.ms.median (issue 20's target: ≤ 3). */
    ratio: number;
  };
}

interface LogsBody {
  success: boolean;
  data?: Array<{ call_id: string }>;
  total?: number;
  pagination: { page: number; total: number; total_pages: number; has_next: boolean; next_cursor: string | null };
}

const timing = (xs: number[]): Timing => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length };
};

async function timed(api: Api, path: string, runs: number): Promise<{ ms: Timing; body: LogsBody }> {
  const times: number[] = [];
  let body: LogsBody | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    body = await api.expect<LogsBody>([200], 'GET', path);
    times.push(performance.now() - t0);
  }
  return { ms: timing(times), body: body as LogsBody };
}

/**
 * The cursor GET /logs would hand out at the end of page `page - 1` (src/initiations/logs/log-cursor.ts):
 * base64url of `<initiated_at in ms>.<row id>.<page>`, the last entry of the page before, in the
 * logs' order (initiated_at DESC, id DESC). Read from the database with the logs' own filter.
 */
async function cursorFor(db: Connection, organizationId: string, campaignId: string, page: number): Promise<string> {
  const [rows] = await db.query(
    'SELECT id, TIMESTAMPDIFF(MICROSECOND, ?, initiated_at) DIV 1000 AS ms FROM attempts ' +
      'WHERE organization_id = ? AND initiated_at IS NOT NULL AND campaign_id = ? ' +
      'ORDER BY initiated_at DESC, id DESC LIMIT 1 OFFSET ?',
    ['1970-01-01 00:00:00', organizationId, campaignId, (page - 1) * PER_PAGE - 1],
  );
  const row = (rows as Array<{ id: string | number; ms: string | number }>)[0];
  if (!row) throw new Error(`logs: no entry before page ${page}`);
  return Buffer.from(`${row.ms}.${row.id}.${page}`, 'utf8').toString('base64url');
}

/**
 * Logs page times (SPEC §9): page 1, the last page by a computed cursor (keyset: as fast at page
 * 10,000 as at page 1), the last page by `page=`, page 2 by page 1's `next_cursor`, count_only;
 * median of 5 (3 for the offset). Checks the pages are the ones asked for.
 */
export async function logPages(
  api: Api,
  db: Connection,
  scope: { organizationId: string; campaignId: string },
  expected: number,
): Promise<Logs> {
  const base = `/api/v1/logs?campaign_id=${encodeURIComponent(scope.campaignId)}&per_page=${PER_PAGE}`;
  const first = await timed(api, base, RUNS);
  const total = first.body.pagination.total;
  if (total !== expected) throw new Error(`logs: total ${total}, ${expected} attempts initiated`);
  if ((first.body.data ?? []).length !== Math.min(PER_PAGE, total))
    throw new Error(`logs: page 1 has ${first.body.data?.length} entries`);
  const lastPage = Math.max(1, Math.ceil(total / PER_PAGE));
  const onLast = total - (lastPage - 1) * PER_PAGE;

  const check = (what: string, body: LogsBody, page: number, entries: number): void => {
    const n = (body.data ?? []).length;
    if (body.pagination.page !== page || n !== entries)
      throw new Error(`logs: ${what} answered page ${body.pagination.page} with ${n} entries (${page}, ${entries})`);
  };
  let byCursor = first;
  let second = first;
  if (lastPage > 1) {
    const cursor = await cursorFor(db, scope.organizationId, scope.campaignId, lastPage);
    byCursor = await timed(api, `${base}&cursor=${cursor}`, RUNS);
    check('the last page by cursor', byCursor.body, lastPage, onLast);
    if (byCursor.body.pagination.has_next) throw new Error('logs: the last page by cursor has a next page');
    second = await timed(api, `${base}&cursor=${first.body.pagination.next_cursor}`, RUNS);
    check('page 2 by next_cursor', second.body, 2, Math.min(PER_PAGE, total - PER_PAGE));
  }
  const byOffset = await timed(api, `${base}&page=${lastPage}`, OFFSET_RUNS);
  check('the last page by page=', byOffset.body, lastPage, onLast);
  if (lastPage > 1) {
    const ids = (b: LogsBody): string => (b.data ?? []).map((e) => e.call_id).join(',');
    if (ids(byOffset.body) !== ids(byCursor.body))
      throw new Error('logs: the last page differs by cursor and by page=');
  }
  const count = await timed(
    api,
    `/api/v1/logs?campaign_id=${encodeURIComponent(scope.campaignId)}&count_only=true`,
    RUNS,
  );
  if (count.body.total !== total) throw new Error(`logs: count_only answered ${count.body.total}, ${total} listed`);
  const byStatus = await timed(
    api,
    `/api/v1/logs?campaign_id=${encodeURIComponent(scope.campaignId)}&status=${encodeURIComponent(COUNT_STATUS)}&count_only=true`,
    COUNT_RUNS,
  );
  const bare = await bareCount(db, scope.campaignId);
  if (byStatus.body.total !== bare.matched)
    throw new Error(`logs: count_only by status answered ${byStatus.body.total}, its bare COUNT(*) ${bare.matched}`);
  return {
    total,
    perPage: PER_PAGE,
    lastPage,
    firstPageMs: first.ms,
    lastPageByCursorMs: byCursor.ms,
    lastPageByOffsetMs: byOffset.ms,
    secondPageByCursorMs: second.ms,
    countOnlyMs: count.ms,
    lastByCursorToFirst: byCursor.ms.median / first.ms.median,
    countOnlyByStatus: {
      status: COUNT_STATUS,
      total: byStatus.body.total ?? 0,
      ms: byStatus.ms,
      bareCount: bare,
      ratio: byStatus.ms.median / bare.ms.median,
    },
  };
}

/**
 * The database's own count of count_only's filter (campaign_id and status; LogReads.count adds
 * `initiated_at IS NOT NULL`, which every attempt with a final `Contacted` outcome has, and forces
 * the campaign's logs index): the minimal COUNT(*), the index left to MariaDB, timed COUNT_RUNS
 * times on the bench's own connection.
 */
async function bareCount(db: Connection, campaignId: string): Promise<{ sql: string; matched: number; ms: Timing }> {
  const sql = 'SELECT COUNT(*) AS n FROM attempts WHERE campaign_id = ? AND outcome IN (?)';
  const outcomes = outcomesLabelled(COUNT_STATUS);
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < COUNT_RUNS; i++) {
    const t0 = performance.now();
    const [rows] = await db.query(sql, [campaignId, outcomes]);
    times.push(performance.now() - t0);
    matched = Number((rows as Array<{ n: string | number }>)[0].n);
  }
  return { sql, matched, ms: timing(times) };
}
