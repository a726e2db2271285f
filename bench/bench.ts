/**
 * The performance benchmark of SPEC §5 / issue 8:
 *   npm run bench                          # 10,000, 100,000 and 1,000,000 customers
 *   npm run bench -- --sizes 10000,100000  # chosen sizes
 * For each size, against the real MariaDB/MySQL and Redis on 127.0.0.1, in a database and Bull
 * prefix of its own (dropped at the end): the built API and worker as separate processes
 * (`node dist/src/main.js`, APP_ROLE=api / worker) and an in-process voice runner that accepts
 * every call at once. Measures bulk load, CSV import, a filtered dryRun, a full initiation to its
 * final report with each process's peak RSS, the final outcome event of every attempt of it
 * posted to the API (signed, 1,000 a request), the logs' page 1 and last page and count_only beside
 * its bare COUNT(*), SPEC §5's floor (a narrow scratch table in a scratch database) and a floor
 * shaped like the product's schema, the time to the first call at the runner, the API's
 * responsiveness during the full initiation against the idle service (issue 20), and API latency
 * under 50 concurrent small initiations. Prints a table and writes bench/results/*.json.
 * `--skip outcomes,logs` leaves phases out.
 * `BENCH_WORKERS=3` runs three worker processes (CPU summed, peak RSS of the largest).
 * Any other environment variable (DISPATCH_CONCURRENCY, DB_POOL_SIZE, ...) reaches both processes.
 */
import Redis from 'ioredis';
import { Connection, createConnection } from 'mysql2/promise';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { allowAllDay } from '../test/support/contact-policy';
import { Api } from './support/api';
import { customers } from './support/data';
import { measureFloor } from './support/floor';
import { responsiveDuring, responsiveIdle, responsiveRatios } from './support/responsive';
import { measureSpecFloor, specFloorDatabase } from './support/spec-floor';
import { LeanRunner } from './support/lean-runner';
import { logPages } from './support/logs';
import { eventsWhileDispatching, postOutcomes } from './support/outcomes';
import { bulkLoad, csvImport, dryRun, fullInitiation, latency } from './support/phases';
import { AppProcess, cpuSeconds, databasePid, startApp } from './support/processes';

const DB = {
  host: process.env.DB_HOST ?? '127.0.0.1',
  port: Number(process.env.DB_PORT ?? 3306),
  user: process.env.DB_USER ?? 'root',
  password: process.env.DB_PASSWORD ?? '',
};
const REDIS = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) };
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;
/** Signs the runner's batches and its events (SPEC §9): both processes have it. */
const VOICE_RUNNER_SECRET = `bench-runner-${randomBytes(16).toString('hex')}`;
/** Requests of 1,000 outcome events in flight at once. */
const OUTCOME_CONCURRENCY = Number(process.env.BENCH_OUTCOME_CONCURRENCY ?? 4);
/** Worker processes beside the one API process (docs/deployment.md's capacity table: 1, 2, 3). */
const BENCH_WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
if (!Number.isInteger(BENCH_WORKERS) || BENCH_WORKERS < 1 || BENCH_WORKERS > 8) {
  throw new Error(`BENCH_WORKERS must be 1-8: ${process.env.BENCH_WORKERS}`);
}
const BATCH_SIZE = Number(process.env.BATCH_SIZE ?? 500);
const LATENCY = {
  connections: Number(process.env.BENCH_LATENCY_CONNECTIONS ?? 50),
  duration: Number(process.env.BENCH_LATENCY_SECONDS ?? 30),
  customers: 1_000,
  // One batch per initiation; BENCH_LATENCY_LIMIT=500 makes it a full one.
  limit: Number(process.env.BENCH_LATENCY_LIMIT ?? 500),
  // async: Prefer: respond-async (202 once the attempts are written and queued); sync: wait for the report.
  respondAsync: (process.env.BENCH_LATENCY_MODE ?? 'async') !== 'sync',
};
/** Requests of 1,000 events posted while the full initiation dispatches (timed; 0 = none). */
const DISPATCH_PROBES = Number(process.env.BENCH_DISPATCH_PROBES ?? 10);
const MB = 1024 * 1024;
/** Customers of the other campaign the responsiveness probes dryRun (one batch of them). */
const RESPONSIVE_CUSTOMERS = 1_000;

type ResponsiveDuringResult = Awaited<ReturnType<typeof responsiveDuring>>;
/** a / b, when both were measured. */
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a !== undefined && b !== undefined && b > 0 ? a / b : undefined;

/** Interrupted (Ctrl-C, timeout): stop the processes and drop the database before exiting. */
let onSignal: (() => Promise<void>) | undefined;
/** Gives the server back the buffer pool it had (BENCH_BUFFER_POOL_MB). */
let restorePool: () => Promise<void> = () => Promise.resolve();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: cleaning up`);
    void (onSignal ?? (() => Promise.resolve()))()
      .then(() => restorePool())
      .finally(() => process.exit(130));
  });
}

const PHASES = [
  'bulk',
  'csv',
  'dryrun',
  'responsive',
  'initiation',
  'outcomes',
  'logs',
  'specfloor',
  'floor',
  'latency',
] as const;
type Phase = (typeof PHASES)[number];

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/**
 * `--skip csv,latency`: phases left out (the full initiation and the schema floor need `bulk`; the
 * outcomes, the logs and the responsiveness during the initiation need the initiation; SPEC §5's
 * floor needs nothing).
 */
function skippedFromArgs(argv: string[]): Set<Phase> {
  const raw = option(argv, 'skip');
  const skipped = new Set((raw ? raw.split(',') : []) as Phase[]);
  for (const p of skipped) if (!PHASES.includes(p)) throw new Error(`--skip takes ${PHASES.join(', ')}: ${p}`);
  if (skipped.has('bulk')) for (const p of ['dryrun', 'initiation', 'floor'] as const) skipped.add(p);
  if (skipped.has('initiation')) for (const p of ['outcomes', 'logs', 'responsive'] as const) skipped.add(p);
  return skipped;
}

function sizesFromArgs(argv: string[]): number[] {
  const raw = option(argv, 'sizes');
  const sizes = (raw ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes must be positive integers: ${raw}`);
  return sizes;
}

/**
 * How fast this machine is today, to compare runs on different machines (session machines of the
 * same size differ by 2x and more): one core of Node hashing, and the database's own CPU.
 */
async function speed(db: Connection): Promise<{ nodeSha256Ms: number; databaseSha2Ms: number }> {
  const t0 = performance.now();
  const block = Buffer.alloc(64, 7);
  for (let i = 0; i < 200_000; i++) createHash('sha256').update(block).digest();
  const t1 = performance.now();
  await db.query("SELECT BENCHMARK(1000000, SHA2('outreach', 256))");
  const t2 = performance.now();
  return { nodeSha256Ms: Math.round(t1 - t0), databaseSha2Ms: Math.round(t2 - t1) };
}

const poolBytes = async (db: Connection): Promise<number> => {
  const [rows] = await db.query('SELECT @@innodb_buffer_pool_size AS b');
  return Number((rows as Array<{ b: string }>)[0].b);
};

/** Resizes InnoDB's buffer pool (online in MariaDB ≥ 10.2 and MySQL ≥ 5.7) and waits for it. */
async function resizePool(db: Connection, bytes: number): Promise<void> {
  await db.query('SET GLOBAL innodb_buffer_pool_size = ?', [bytes]);
  for (let i = 0; i < 600; i++) {
    const [rows] = await db.query("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'");
    const status = (rows as Array<{ Value: string }>)[0]?.Value ?? '';
    // Empty before any resize; "Completed resizing buffer pool at …" after one.
    if ((await poolBytes(db)) === bytes && (status === '' || status.startsWith('Completed'))) return;
    await sleep(100);
  }
  throw new Error(`the buffer pool did not reach ${bytes} bytes`);
}

/**
 * BENCH_BUFFER_POOL_MB: run with a buffer pool of this size (the server's own is restored at the
 * end). Unset, the server's setting is used as found.
 */
async function sizePool(db: Connection): Promise<void> {
  const mb = process.env.BENCH_BUFFER_POOL_MB;
  if (!mb) return;
  if (!/^[1-9][0-9]*$/.test(mb)) throw new Error(`BENCH_BUFFER_POOL_MB must be a number of MiB: ${mb}`);
  const before = await poolBytes(db);
  await resizePool(db, Number(mb) * MB);
  restorePool = async () => {
    restorePool = () => Promise.resolve();
    const conn = await createConnection(DB);
    try {
      await resizePool(conn, before);
    } finally {
      await conn.end();
    }
  };
}

async function machine(db: Connection): Promise<Record<string, unknown>> {
  const [rows] = await db.query('SELECT VERSION() AS v');
  const redis = new Redis({ ...REDIS, lazyConnect: true });
  await redis.connect();
  const info = await redis.info('server');
  redis.disconnect();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    database: (rows as Array<{ v: string }>)[0].v,
    redis: /redis_version:(\S+)/.exec(info)?.[1],
    node: process.version,
    bufferPoolMiB: Math.round((await poolBytes(db)) / MB),
    speed: await speed(db),
  };
}

async function dropAll(db: Connection, dbName: string, prefix: string): Promise<void> {
  await db.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
  const redis = new Redis({ ...REDIS, lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const DB_PID = databasePid();

/**
 * Peak RSS (MB) of both processes over `fn`, measured from a fresh VmHWM, and the CPU seconds
 * each of them and the database server used meanwhile (the machine is shared: CPU seconds say
 * where the work went even when the wall clock is stretched by other load).
 */
async function watched<T>(
  apps: AppProcess[],
  fn: () => Promise<T>,
): Promise<{
  value: T;
  peakMB: Record<string, number>;
  cpuSeconds: Record<string, number>;
  rssEvery5sMB: Record<string, number[]>;
}> {
  for (const app of apps) app.memory.resetPhase();
  const pids: Array<[string, number]> = [...apps.map((a): [string, number] => [a.role, a.pid])];
  if (DB_PID) pids.push(['database', DB_PID]);
  const before = pids.map(([, pid]) => cpuSeconds(pid));
  const value = await fn();
  // By role: the CPU of all BENCH_WORKERS workers summed, the peak RSS of the largest one (a per-process target).
  const cpu: Record<string, number> = {};
  pids.forEach(([name, pid], i) => (cpu[name] = (cpu[name] ?? 0) + cpuSeconds(pid) - before[i]));
  for (const name of Object.keys(cpu)) cpu[name] = Math.round(cpu[name] * 10) / 10;
  const peakMB: Record<string, number> = {};
  for (const a of apps) peakMB[a.role] = Math.max(peakMB[a.role] ?? 0, Math.round(a.memory.peak() / MB));
  const rssEvery5sMB = Object.fromEntries(apps.map((a) => [a.role, a.memory.timeline.map((b) => Math.round(b / MB))]));
  return { value, peakMB, cpuSeconds: cpu, rssEvery5sMB };
}

async function runSize(size: number, run: string, logDir: string, skip: Set<Phase>) {
  const dbName = `outreach_bench_${run}_${size}`;
  const prefix = dbName;
  const runner = new LeanRunner();
  const apps: AppProcess[] = [];
  const loadBefore = os.loadavg();
  const db = await createConnection({ ...DB, database: undefined });
  const cleanUp = async (): Promise<void> => {
    for (const app of apps.reverse()) await app.stop();
    await runner.close();
    await db.query(`DROP DATABASE IF EXISTS \`${specFloorDatabase()}\``);
    await dropAll(db, dbName, prefix);
    await db.end();
  };
  onSignal = cleanUp;
  try {
    await runner.start();
    const env = {
      DB_NAME: dbName,
      QUEUE_PREFIX: prefix,
      ADMIN_API_TOKEN: ADMIN_TOKEN,
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      INITIATE_RATE_LIMIT_PER_MINUTE: '100000000',
    };
    // The API migrates the new database; the worker starts on the migrated schema.
    const api = await startApp('api', env, path.join(logDir, `${run}-api-${size}.log`));
    apps.push(api);
    for (let w = 1; w <= BENCH_WORKERS; w++) {
      const name = w === 1 ? 'worker' : `worker${w}`;
      apps.push(await startApp('worker', env, path.join(logDir, `${run}-${name}-${size}.log`)));
    }
    await db.query(`USE \`${dbName}\``);

    const admin = new Api(api.url, ADMIN_TOKEN);
    const org = await admin.expect<{ data: { id: string; apiKey: string } }>(
      [201],
      'POST',
      '/api/v1/admin/organizations',
      { name: `Bench ${size}` },
    );
    const keys = [org.data.apiKey];
    for (let i = 0; i < 4; i++) {
      const k = await admin.expect<{ data: { apiKey: string } }>(
        [201],
        'POST',
        `/api/v1/admin/organizations/${org.data.id}/api-keys`,
      );
      keys.push(k.data.apiKey);
    }
    const client = new Api(api.url, keys[0]);
    await allowAllDay(api.url, keys[0]);
    // The latency test calls the same 500 customers hundreds of times: lift the attempt cap of the
    // contact policy (SPEC §7) for this throwaway organization.
    const cap = await client.request('PUT', '/api/v1/contact-policy', {
      calls: { maxAttempts: { count: 1_000_000, days: 1 } },
    });
    if (cap.status !== 200) throw new Error(`contact policy: ${JSON.stringify(cap.body)}`);
    const campaign = (name: string) =>
      client
        .expect<{ data: { id: string } }>([201], 'POST', '/api/v1/campaigns/create', {
          name,
          description: 'benchmark',
          campaignType: 'emi',
          startDate: '2025-08-01',
          startTime: '09:00',
          endDate: '2025-08-31',
          endTime: '18:00',
          languages: ['hindi'],
          region: 'west',
        })
        .then((b) => b.data.id);
    const main = await campaign('bulk');
    const csv = await campaign('csv');
    const small = await campaign('latency');
    // The other campaign of the responsiveness probes (a one-batch dryRun) while the main one initiates.
    const responsive = skip.has('responsive') ? undefined : await campaign('responsive');
    const agent = await client.expect<{ data: { id: string } }>([201], 'POST', '/api/v1/agents', {
      name: 'EMI reminder',
      variables: ['first_name', 'loan_id'],
    });
    const disposition = await client.expect<{ data: { id: string } }>([201], 'POST', '/api/v1/dispositions', {
      name: 'Promise to pay',
    });
    for (let i = 1; i <= 3; i++) {
      await client.expect([201], 'POST', '/api/v1/phone-numbers', {
        number: `+91800000000${i}`,
        capabilities: ['voice'],
      });
    }
    const ids = { agentId: agent.data.id, dispositionId: disposition.data.id };

    const phase = async <T>(
      name: Phase,
      fn: () => Promise<T>,
    ): Promise<(T & { peakMB: Record<string, number>; cpuSeconds: Record<string, number> }) | undefined> => {
      if (skip.has(name)) return undefined;
      console.log(`[${size}] ${name} …`);
      const { value, peakMB, cpuSeconds, rssEvery5sMB } = await watched(apps, fn);
      console.log(`[${size}] ${name}: ${JSON.stringify({ ...value, peakMB, cpuSeconds, rssEvery5sMB })}`);
      return { ...value, peakMB, cpuSeconds, rssEvery5sMB };
    };
    const bulk = await phase('bulk', () => bulkLoad(client, main, size, 9));
    const csvLoad = await phase('csv', () => csvImport(client, csv, size, 8));
    await client.expect([201], 'POST', '/api/v1/customers/add/bulk', {
      campaignId: small,
      records: customers(0, LATENCY.customers, 7),
    });
    if (responsive)
      await client.expect([201], 'POST', '/api/v1/customers/add/bulk', {
        campaignId: responsive,
        records: customers(0, RESPONSIVE_CUSTOMERS, 6),
      });
    await db.query('ANALYZE TABLE customers, customer_fields');
    const dry = await phase('dryrun', () => dryRun(client, db, { organizationId: org.data.id, campaignId: main }, ids));
    // On the idle service: a one-batch initiation of the other campaign, then its report and a
    // one-batch dryRun, timed.
    const idle = responsive ? await phase('responsive', () => responsiveIdle(client, responsive, ids)) : undefined;
    const loadAtInitiation = os.loadavg();
    runner.resetFirstBatch();
    const initiation = await phase('initiation', () =>
      fullInitiation(
        client,
        main,
        ids,
        size,
        (initiationId, ended) =>
          skip.has('outcomes') || DISPATCH_PROBES === 0
            ? Promise.resolve(undefined)
            : eventsWhileDispatching(
                db,
                { url: api.url, secret: VOICE_RUNNER_SECRET, initiationId },
                ended,
                DISPATCH_PROBES,
              ),
        {
          firstBatchAt: () => runner.firstBatchAt,
          // The same two requests, from the initiate request to the final report.
          alongside: idle ? (ended) => responsiveDuring(client, idle, ended) : undefined,
        },
      ),
    );
    if (initiation && runner.calls < size)
      throw new Error(`the runner received ${runner.calls} calls for ${size} customers`);
    const [orgRow] = await db.query('SELECT organization_id AS o FROM campaigns WHERE id = ?', [main]);
    const organizationId = (orgRow as Array<{ o: string }>)[0].o;
    const outcomes = await phase('outcomes', () =>
      postOutcomes(db, {
        url: api.url,
        secret: VOICE_RUNNER_SECRET,
        initiationId: initiation!.initiationId,
        concurrency: OUTCOME_CONCURRENCY,
      }),
    );
    const logs = await phase('logs', () =>
      logPages(client, db, { organizationId, campaignId: main }, initiation!.initiated),
    );
    const specFloor = await phase('specfloor', () => measureSpecFloor(DB, size));
    const floor = await phase('floor', () => measureFloor(db, { organizationId, campaignId: main }, BATCH_SIZE));
    const lat = await phase('latency', () =>
      latency(api.url, keys, small, ids, LATENCY.limit, db, {
        connections: LATENCY.connections,
        duration: LATENCY.duration,
        respondAsync: LATENCY.respondAsync,
      }),
    );
    const during = initiation?.alongside as ResponsiveDuringResult | undefined;
    const firstCall = initiation?.firstCallSeconds;
    return {
      size,
      loadAverage: { before: loadBefore, atInitiation: loadAtInitiation, after: os.loadavg() },
      bulk,
      csv: csvLoad,
      dryRun: dry,
      initiation: initiation && {
        ...initiation,
        alongside: undefined,
        firstCallToSpecFloorInsert: ratio(firstCall, specFloor?.insertSeconds),
        firstCallToFloorInsert: ratio(firstCall, floor?.insertSeconds),
      },
      outcomes: outcomes && {
        ...outcomes,
        ratioToSpecFloorUpdate: ratio(outcomes.seconds, specFloor?.updateSeconds),
        ratioToFloorUpdate: ratio(outcomes.seconds, floor?.updateSeconds),
      },
      logs,
      specFloor: specFloor && { ...specFloor, ratio: ratio(initiation?.seconds, specFloor.seconds) },
      floor: floor && { ...floor, ratio: ratio(initiation?.seconds, floor.seconds) },
      responsive: idle && {
        idle,
        during,
        p99DuringToP50Idle: during ? responsiveRatios(idle, during) : undefined,
      },
      latency: lat,
    };
  } finally {
    onSignal = undefined;
    await cleanUp();
  }
}

type SizeResult = Awaited<ReturnType<typeof runSize>>;

function table(results: SizeResult[]): string {
  const rows: Array<[string, (r: SizeResult) => string]> = [
    ['bulk add: customers/s', (r) => r.bulk!.perSecond.toFixed(0)],
    [
      'bulk add: ms per 10,000 (median / max)',
      (r) => `${r.bulk!.requestMs.median.toFixed(0)} / ${r.bulk!.requestMs.max.toFixed(0)}`,
    ],
    ['CSV import: customers/s', (r) => r.csv!.perSecond.toFixed(0)],
    [
      'peak RSS during loads, MB (api / worker)',
      (r) =>
        `${Math.max(r.bulk!.peakMB.api, r.csv!.peakMB.api)} / ${Math.max(r.bulk!.peakMB.worker, r.csv!.peakMB.worker)}`,
    ],
    ['filtered dryRun: matched', (r) => String(r.dryRun!.totalMatched)],
    ['filtered dryRun: ms (median / max)', (r) => `${r.dryRun!.ms.median.toFixed(1)} / ${r.dryRun!.ms.max.toFixed(1)}`],
    [
      'its filter as a bare COUNT(*): ms (median / max)',
      (r) => `${r.dryRun!.countMs.median.toFixed(1)} / ${r.dryRun!.countMs.max.toFixed(1)}`,
    ],
    ['filtered dryRun / bare COUNT(*)', (r) => (r.dryRun!.ms.median / r.dryRun!.countMs.median).toFixed(2)],
    ['initiation: s to 202', (r) => r.initiation!.acceptedSeconds.toFixed(2)],
    ['initiation: s to final report', (r) => r.initiation!.seconds.toFixed(2)],
    ['initiation: customers/s', (r) => r.initiation!.perSecond.toFixed(0)],
    ['initiation: peak RSS MB (api / worker)', (r) => `${r.initiation!.peakMB.api} / ${r.initiation!.peakMB.worker}`],
    [
      'initiation: CPU s (api / worker / database)',
      (r) =>
        `${r.initiation!.cpuSeconds.api} / ${r.initiation!.cpuSeconds.worker} / ${r.initiation!.cpuSeconds.database ?? '–'}`,
    ],
    [
      // docs/deployment.md's capacity table: what one core of each does, whatever shares the machine.
      'initiation: customers per CPU s (worker / database)',
      (r) =>
        `${(r.size / r.initiation!.cpuSeconds.worker).toFixed(0)} / ${r.initiation!.cpuSeconds.database ? (r.size / r.initiation!.cpuSeconds.database).toFixed(0) : '–'}`,
    ],
    [
      'SPEC floor: INSERT…SELECT + UPDATE, s',
      (r) =>
        `${r.specFloor!.insertSeconds.toFixed(2)} + ${r.specFloor!.updateSeconds.toFixed(2)} = ${r.specFloor!.seconds.toFixed(2)}`,
    ],
    ['SPEC floor: CPU s (database)', (r) => String(r.specFloor!.cpuSeconds.database ?? '–')],
    [
      'schema floor: INSERT…SELECT + UPDATE, s',
      (r) =>
        `${r.floor!.insertSeconds.toFixed(2)} + ${r.floor!.updateSeconds.toFixed(2)} = ${r.floor!.seconds.toFixed(2)}`,
    ],
    ['schema floor: CPU s (database)', (r) => String(r.floor!.cpuSeconds.database ?? '–')],
    ['initiation / SPEC floor', (r) => r.specFloor!.ratio!.toFixed(2)],
    ['  initiation / schema floor', (r) => r.floor!.ratio!.toFixed(2)],
    ['time to first call, s', (r) => r.initiation!.firstCallSeconds!.toFixed(2)],
    ['time to first call / SPEC floor INSERT', (r) => r.initiation!.firstCallToSpecFloorInsert!.toFixed(2)],
    ['  time to first call / schema floor INSERT', (r) => r.initiation!.firstCallToFloorInsert!.toFixed(2)],
    [
      'outcomes: events (+ repeats) in requests',
      (r) => `${r.outcomes!.attempts} (+${r.outcomes!.duplicatesPosted}) in ${r.outcomes!.requests}`,
    ],
    [
      'events while dispatching: requests of 1,000, ms (median / max)',
      (r) => {
        const d = r.initiation?.during as { requests: number; requestMs: { median: number; max: number } } | undefined;
        return d ? `${d.requests}: ${d.requestMs.median.toFixed(0)} / ${d.requestMs.max.toFixed(0)}` : '–';
      },
    ],
    ['outcomes: s', (r) => r.outcomes!.seconds.toFixed(2)],
    ['outcomes: events/s', (r) => r.outcomes!.perSecond.toFixed(0)],
    [
      'outcomes: ms a request (median / max)',
      (r) => `${r.outcomes!.requestMs.median.toFixed(0)} / ${r.outcomes!.requestMs.max.toFixed(0)}`,
    ],
    ['outcomes: peak RSS MB (api / worker)', (r) => `${r.outcomes!.peakMB.api} / ${r.outcomes!.peakMB.worker}`],
    [
      'outcomes: CPU s (api / worker / database)',
      (r) =>
        `${r.outcomes!.cpuSeconds.api} / ${r.outcomes!.cpuSeconds.worker} / ${r.outcomes!.cpuSeconds.database ?? '–'}`,
    ],
    ['outcomes / SPEC floor UPDATE', (r) => r.outcomes!.ratioToSpecFloorUpdate!.toFixed(2)],
    ['  outcomes / schema floor UPDATE', (r) => r.outcomes!.ratioToFloorUpdate!.toFixed(2)],
    [
      'logs ms: page 1 / last by cursor / last by page=',
      (r) =>
        `${r.logs!.firstPageMs.median.toFixed(0)} / ${r.logs!.lastPageByCursorMs.median.toFixed(0)} / ${r.logs!.lastPageByOffsetMs.median.toFixed(0)}`,
    ],
    [
      'logs ms: page 2 by next_cursor / count_only',
      (r) => `${r.logs!.secondPageByCursorMs.median.toFixed(0)} / ${r.logs!.countOnlyMs.median.toFixed(0)}`,
    ],
    ['logs: last page by cursor / page 1', (r) => r.logs!.lastByCursorToFirst.toFixed(2)],
    [
      'logs count_only campaign+status / bare COUNT(*): ms',
      (r) =>
        `${r.logs!.countOnlyByStatus.ms.median.toFixed(1)} / ${r.logs!.countOnlyByStatus.bareCount.ms.median.toFixed(1)}`,
    ],
    ['logs count_only campaign+status: matched', (r) => String(r.logs!.countOnlyByStatus.total)],
    ['logs count_only campaign+status / bare COUNT(*)', (r) => r.logs!.countOnlyByStatus.ratio.toFixed(2)],
    [
      'idle p50 ms: GET initiation / 1-batch dryRun',
      (r) => `${r.responsive!.idle.report.p50Ms.toFixed(1)} / ${r.responsive!.idle.dryRun.p50Ms.toFixed(1)}`,
    ],
    [
      'during initiation: probes (GET / dryRun), non-200',
      (r) => {
        const d = r.responsive!.during!;
        return `${d.report.count} / ${d.dryRun.count}, ${d.report.non200 + d.dryRun.non200}`;
      },
    ],
    [
      'during initiation: GET initiation p50 / p99 ms',
      (r) => `${r.responsive!.during!.report.p50Ms.toFixed(1)} / ${r.responsive!.during!.report.p99Ms.toFixed(1)}`,
    ],
    [
      'during initiation: 1-batch dryRun p50 / p99 ms',
      (r) => `${r.responsive!.during!.dryRun.p50Ms.toFixed(1)} / ${r.responsive!.during!.dryRun.p99Ms.toFixed(1)}`,
    ],
    [
      'p99 during / p50 idle: GET initiation / dryRun',
      (r) =>
        `${r.responsive!.p99DuringToP50Idle!.report!.toFixed(2)} / ${r.responsive!.p99DuringToP50Idle!.dryRun!.toFixed(2)}`,
    ],
    ['latency: requests/s', (r) => r.latency!.perSecond.toFixed(1)],
    ['latency: p50 / p99 ms', (r) => `${r.latency!.p50Ms} / ${r.latency!.p99Ms}`],
    ['latency: non-2xx / errors', (r) => `${r.latency!.non2xx} / ${r.latency!.errors}`],
    ['latency: backlog drained in, s', (r) => r.latency!.drainSeconds.toFixed(1)],
    ['latency: peak RSS MB (api / worker)', (r) => `${r.latency!.peakMB.api} / ${r.latency!.peakMB.worker}`],
    [
      'load average (1 min) before / at initiation',
      (r) => `${r.loadAverage.before[0].toFixed(2)} / ${r.loadAverage.atInitiation[0].toFixed(2)}`,
    ],
  ];
  const head = ['customers', ...results.map((r) => r.size.toLocaleString('en-US'))];
  // A skipped phase has no figures: its cells read '–'.
  const cell = (f: (r: SizeResult) => string, r: SizeResult): string => {
    try {
      return f(r);
    } catch {
      return '–';
    }
  };
  const lines = [head, ...rows.map(([label, f]) => [label, ...results.map((r) => cell(f, r))])];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines
    .map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
    .join('\n');
}

async function main(): Promise<void> {
  const sizes = sizesFromArgs(process.argv.slice(2));
  const skip = skippedFromArgs(process.argv.slice(2));
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const outDir = path.join('bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const root = await createConnection(DB);
  await sizePool(root);
  const info = await machine(root);
  console.log(`machine: ${JSON.stringify(info)}; sizes ${sizes.join(', ')}; logs in ${outDir}/`);
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await runSize(size, run, outDir, skip));
  } finally {
    await root.end();
    // A failed restore is reported; it must not lose a finished run's figures.
    await restorePool().catch((error: unknown) => console.error('could not restore the buffer pool:', error));
  }
  const report = {
    date: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    workers: BENCH_WORKERS,
    machine: info,
    results,
  };
  const file = path.join(outDir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${table(results)}\n\nresults: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
