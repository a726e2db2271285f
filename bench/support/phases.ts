import autocannon from 'autocannon';
import type { Connection } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { FilterQueryBuilder } from '../../src/targeting/filter-query.builder';
import { parseFilters } from '../../src/targeting/filters';
import { Api } from './api';
import { csvStream, customers } from './data';

export const FILTERS = {
  payment_status: ['bounced', 'pending'],
  language: 'hindi',
  custom: { branch: 'mumbai' },
  emi_due_date: { from: '2025-08-01', to: '2025-08-31' },
};

const FINAL = ['completed', 'partial', 'failed'];
const seconds = (t0: number): number => (performance.now() - t0) / 1000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export interface BulkLoad {
  customers: number;
  seconds: number;
  perSecond: number;
  requestMs: { median: number; max: number; count: number };
}

/** customers/add/bulk, 10,000 records a request, one request at a time. */
export async function bulkLoad(api: Api, campaignId: string, size: number, phoneDigit: number): Promise<BulkLoad> {
  const t0 = performance.now();
  const times: number[] = [];
  for (let start = 0; start < size; start += 10_000) {
    const records = customers(start, Math.min(10_000, size - start), phoneDigit);
    const r0 = performance.now();
    const body = await api.expect<{ results: { successful: number } }>([201], 'POST', '/api/v1/customers/add/bulk', {
      campaignId,
      records,
    });
    times.push(performance.now() - r0);
    if (body.results.successful !== records.length) throw new Error(`bulk add: ${JSON.stringify(body).slice(0, 300)}`);
  }
  const s = seconds(t0);
  return {
    customers: size,
    seconds: s,
    perSecond: size / s,
    requestMs: { median: median(times), max: Math.max(...times), count: times.length },
  };
}

export interface CsvImport {
  customers: number;
  seconds: number;
  perSecond: number;
}

export async function csvImport(api: Api, campaignId: string, size: number, phoneDigit: number): Promise<CsvImport> {
  const t0 = performance.now();
  const answer = await api.streamPost(
    `/api/v1/campaigns/${campaignId}/customers/import`,
    'text/csv',
    csvStream(size, phoneDigit),
  );
  const s = seconds(t0);
  const results = answer.body.results as { successful?: number } | undefined;
  if (answer.status !== 201 || results?.successful !== size) {
    throw new Error(`CSV import answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  return { customers: size, seconds: s, perSecond: size / s };
}

export interface DryRun {
  totalMatched: number;
  ms: { median: number; min: number; max: number; runs: number };
  /** The database's own `SELECT COUNT(*)` of the same filter (the product's WHERE), same indexes, same run. */
  countMs: { median: number; min: number; max: number; runs: number; matched: number };
}

/** The filtered dryRun of the initiate route, timed 7 times (the first is cold). */
export async function dryRun(
  api: Api,
  db: Connection,
  scope: { organizationId: string; campaignId: string },
  ids: { agentId: string; dispositionId: string },
): Promise<DryRun> {
  const { campaignId } = scope;
  const times: number[] = [];
  let totalMatched = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const body = await api.expect<{ data: { totalMatched: number } }>(
      [200],
      'POST',
      `/api/v1/initiate/${campaignId}/calls?dryRun=true`,
      { ...ids, filters: FILTERS },
    );
    times.push(performance.now() - t0);
    totalMatched = body.data.totalMatched;
  }
  return {
    totalMatched,
    ms: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: 7 },
    countMs: await bareCount(db, scope),
  };
}

/**
 * SPEC §5's comparison for the dryRun: the FilterQueryBuilder's own WHERE as a bare COUNT(*),
 * straight on the database (no HTTP, no contact policy), timed 7 times like the dryRun.
 */
async function bareCount(
  db: Connection,
  scope: { organizationId: string; campaignId: string },
): Promise<DryRun['countMs']> {
  // where() builds SQL only; the DataSource is never asked.
  const { sql, params } = new FilterQueryBuilder(undefined as unknown as DataSource).where(
    scope,
    parseFilters(FILTERS).filters,
  );
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const [rows] = await db.query(`SELECT COUNT(*) AS n FROM customers c WHERE ${sql}`, params);
    times.push(performance.now() - t0);
    matched = Number((rows as Array<{ n: string | number }>)[0].n);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: 7, matched };
}

export interface Initiation {
  initiationId: string;
  customers: number;
  initiated: number;
  failed: number;
  acceptedSeconds: number;
  seconds: number;
  perSecond: number;
  finalStatus: string;
  /**
   * Time to first call (issue 20): from the moment the initiate request is sent to the arrival of
   * the first batch at the runner, s (undefined when no batch arrived or no clock was given).
   */
  firstCallSeconds?: number;
  /** What `during` measured while the initiation ran. */
  during?: unknown;
  /** What `options.alongside` measured from the request to the final report. */
  alongside?: unknown;
}

export interface InitiationOptions {
  /** Runs from the moment the request is sent until the final report (told when it has ended). */
  alongside?: (ended: () => boolean) => Promise<unknown>;
  /** performance.now() of the first batch at the runner since the request, if one has arrived. */
  firstBatchAt?: () => number | undefined;
}

/**
 * A full initiation (no filters) with Prefer: respond-async, polled to its final report. `during`
 * runs beside it from the 202 on, `options.alongside` from the moment the request is sent, each
 * told when the initiation has ended; their results are kept.
 */
export async function fullInitiation(
  api: Api,
  campaignId: string,
  ids: { agentId: string; dispositionId: string },
  expected: number,
  during?: (initiationId: string, ended: () => boolean) => Promise<unknown>,
  options: InitiationOptions = {},
): Promise<Initiation> {
  let ended = false;
  const t0 = performance.now();
  const request = api.expect<{ data: { initiationId: string } }>(
    [202],
    'POST',
    `/api/v1/initiate/${campaignId}/calls`,
    ids,
    { Prefer: 'respond-async' },
  );
  const along = options.alongside?.(() => ended);
  try {
    const accepted = await request;
    const acceptedSeconds = seconds(t0);
    const id = accepted.data.initiationId;
    const beside = during?.(id, () => ended);
    for (;;) {
      const body = await api.expect<{ data: { status: string; results: { initiated: number; failed: number } } }>(
        [200],
        'GET',
        `/api/v1/initiations/${id}`,
      );
      if (FINAL.includes(body.data.status)) {
        const s = seconds(t0);
        ended = true;
        const firstAt = options.firstBatchAt?.();
        const duringResult = await beside;
        const alongResult = await along;
        const { initiated, failed } = body.data.results;
        if (initiated + failed !== expected)
          throw new Error(`initiation ended with ${initiated + failed} of ${expected}`);
        return {
          initiationId: id,
          customers: expected,
          initiated,
          failed,
          acceptedSeconds,
          seconds: s,
          perSecond: expected / s,
          finalStatus: body.data.status,
          ...(firstAt !== undefined && { firstCallSeconds: (firstAt - t0) / 1000 }),
          ...(beside && { during: duringResult }),
          ...(along && { alongside: alongResult }),
        };
      }
      // A report reads the initiation's counters and open batches (no count of its attempts), so
      // polling costs little (~25 ms of database a poll at 1,000,000): every 100 ms for the first
      // 3 s (small runs end within a poll of their final status), then every 500 ms.
      await sleep(performance.now() - t0 < 3000 ? 100 : 500);
    }
  } finally {
    // A failed initiation ends what runs alongside too (the success path has awaited it already).
    ended = true;
    await along?.catch(() => undefined);
  }
}

export interface Latency {
  connections: number;
  durationSeconds: number;
  respondAsync: boolean;
  customersPerInitiation: number;
  requests: number;
  non2xx: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  drainSeconds: number;
}

/**
 * 50 clients sending small initiations (one batch each: `limit`), with Prefer: respond-async
 * unless told otherwise, and no Idempotency-Key (each request is a new initiation), for 30 s. Then waits for the workers
 * to finish the backlog, so the next phase starts on a quiet queue.
 */
export async function latency(
  url: string,
  apiKeys: string[],
  campaignId: string,
  ids: { agentId: string; dispositionId: string },
  limit: number,
  db: Connection,
  options: { connections: number; duration: number; respondAsync: boolean },
): Promise<Latency> {
  let n = 0;
  const result = await autocannon({
    url: `${url}/api/v1/initiate/${campaignId}/calls`,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: 'POST',
        // Spread over several keys, as several callers would be (and under per-key rate limits).
        setupRequest: (req) => ({
          ...req,
          headers: {
            Authorization: `Bearer ${apiKeys[n++ % apiKeys.length]}`,
            'Content-Type': 'application/json',
            ...(options.respondAsync ? { Prefer: 'respond-async' } : {}),
          },
          body: JSON.stringify({ ...ids, limit }),
        }),
      },
    ],
  });
  const d0 = performance.now();
  for (;;) {
    const [rows] = await db.query("SELECT COUNT(*) AS n FROM initiations WHERE status IN ('queued', 'running')");
    if (Number((rows as Array<{ n: number }>)[0].n) === 0) break;
    await sleep(250);
  }
  return {
    connections: options.connections,
    durationSeconds: options.duration,
    respondAsync: options.respondAsync,
    customersPerInitiation: limit,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    drainSeconds: seconds(d0),
  };
}
