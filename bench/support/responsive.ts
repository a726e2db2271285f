import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Api } from './api';

/** One of each probe this often while the initiation runs, ms. */
const EVERY_MS = Number(process.env.BENCH_RESPONSIVE_EVERY_MS ?? 200);
/** At most this many of each probe while it runs. */
const MAX_PROBES = Number(process.env.BENCH_RESPONSIVE_MAX ?? 300);
/** And for at most this long, s (the initiation may run on past it). */
const MAX_SECONDS = Number(process.env.BENCH_RESPONSIVE_SECONDS ?? 600);
/** Idle runs of each probe (after one untimed warm-up). */
const IDLE_RUNS = 21;
/** One full batch: the one-batch dryRun. */
const ONE_BATCH = 500;

const FINAL = ['completed', 'partial', 'failed'];

export interface Percentiles {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than 200, or none (counted, timed like the others). */
  non200: number;
}

export interface ResponsiveTarget {
  /** A finished initiation whose report the probes read. */
  initiationId: string;
  /** The other campaign of the one-batch dryRun. */
  campaignId: string;
  ids: { agentId: string; dispositionId: string };
}

export interface ResponsiveIdle extends ResponsiveTarget {
  report: Percentiles;
  dryRun: Percentiles;
}

export interface ResponsiveDuring {
  everyMs: number;
  seconds: number;
  report: Percentiles;
  dryRun: Percentiles;
}

/** Nearest-rank percentile. */
const rank = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

function percentiles(times: number[], non200: number): Percentiles {
  const s = [...times].sort((a, b) => a - b);
  return { count: s.length, p50Ms: rank(s, 50), p99Ms: rank(s, 99), maxMs: s[s.length - 1] ?? 0, non200 };
}

class Probe {
  readonly times: number[] = [];
  non200 = 0;

  constructor(private readonly send: () => Promise<number>) {}

  async once(): Promise<void> {
    const t0 = performance.now();
    // No answer at all (a reset connection) counts like an answer other than 200.
    const status = await this.send().catch(() => 0);
    this.times.push(performance.now() - t0);
    if (status !== 200) this.non200 += 1;
  }

  result(): Percentiles {
    return percentiles(this.times, this.non200);
  }
}

/** GET /initiations/:id of the finished one, and the one-batch dryRun on the other campaign. */
function probes(api: Api, target: ResponsiveTarget): { report: Probe; dryRun: Probe } {
  return {
    report: new Probe(async () => (await api.request('GET', `/api/v1/initiations/${target.initiationId}`)).status),
    dryRun: new Probe(
      async () =>
        (
          await api.request('POST', `/api/v1/initiate/${target.campaignId}/calls?dryRun=true`, {
            ...target.ids,
            limit: ONE_BATCH,
          })
        ).status,
    ),
  };
}

/**
 * The idle half of issue 20's "responsive while it runs": a small initiation of one batch on
 * `campaignId` (run to its final report: the initiation the probes read), then on the idle
 * service IDLE_RUNS of each probe, one after the other.
 */
export async function responsiveIdle(
  api: Api,
  campaignId: string,
  ids: { agentId: string; dispositionId: string },
): Promise<ResponsiveIdle> {
  const accepted = await api.expect<{ data: { initiationId: string } }>(
    [202],
    'POST',
    `/api/v1/initiate/${campaignId}/calls`,
    { ...ids, limit: ONE_BATCH },
    { Prefer: 'respond-async' },
  );
  const initiationId = accepted.data.initiationId;
  const deadline = performance.now() + 60_000;
  for (;;) {
    const body = await api.expect<{ data: { status: string } }>([200], 'GET', `/api/v1/initiations/${initiationId}`);
    if (FINAL.includes(body.data.status)) break;
    if (performance.now() > deadline) throw new Error(`the warm-up initiation is still ${body.data.status} after 60 s`);
    await sleep(100);
  }
  const target = { initiationId, campaignId, ids };
  // One untimed run of each first (connections, caches), then the timed ones.
  const warm = probes(api, target);
  await warm.report.once();
  await warm.dryRun.once();
  if (warm.report.non200 + warm.dryRun.non200 > 0) throw new Error('the responsiveness probes do not answer 200');
  const p = probes(api, target);
  for (let i = 0; i < IDLE_RUNS; i++) {
    await p.report.once();
    await p.dryRun.once();
  }
  return { ...target, report: p.report.result(), dryRun: p.dryRun.result() };
}

/**
 * The busy half: while the initiation runs (`ended` says when it has ended), one of each probe
 * every EVERY_MS, one after the other; at most MAX_PROBES of each and MAX_SECONDS.
 */
export async function responsiveDuring(
  api: Api,
  target: ResponsiveTarget,
  ended: () => boolean,
): Promise<ResponsiveDuring> {
  const p = probes(api, target);
  const t0 = performance.now();
  while (!ended() && p.report.times.length < MAX_PROBES && performance.now() - t0 < MAX_SECONDS * 1000) {
    const r0 = performance.now();
    await p.report.once();
    if (ended()) break;
    await p.dryRun.once();
    const left = EVERY_MS - (performance.now() - r0);
    if (left > 0) await sleep(left);
  }
  return {
    everyMs: EVERY_MS,
    seconds: (performance.now() - t0) / 1000,
    report: p.report.result(),
    dryRun: p.dryRun.result(),
  };
}

/** p99 during / p50 idle for both probes (issue 20's target: ≤ 3). */
export function responsiveRatios(
  idle: ResponsiveIdle,
  during: ResponsiveDuring,
): { report: number | undefined; dryRun: number | undefined } {
  const ratio = (busy: Percentiles, quiet: Percentiles): number | undefined =>
    busy.count > 0 && quiet.p50Ms > 0 ? busy.p99Ms / quiet.p50Ms : undefined;
  return { report: ratio(during.report, idle.report), dryRun: ratio(during.dryRun, idle.dryRun) };
}
