/**
 * Rate limits, black box (issue: security hardening).
 *   npm run build && npm run bench:rate-limit
 * Starts two API processes of the built app (dist/) on one Redis and one database of their own
 * (outreach_bench_rl_<random>, dropped at the end), then:
 *   1. hammers one key across both processes with autocannon and counts 200s and 429s (the limit
 *      must hold for the pair, not per process), checking the 429 envelope and Retry-After;
 *   2. measures GET /api/v1/auth/whoami (key lookup + Redis-counted limit) against GET /health
 *      (neither) with limits set out of reach.
 * Against 127.0.0.1 only; nothing is initiated, so the contact policy's calling window does not matter.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { join } from 'node:path';

const ADMIN = `bench-admin-${randomBytes(8).toString('hex')}`;
const DB = `outreach_bench_rl_${randomBytes(3).toString('hex')}`;
const PREFIX = `outreach_bench_rl_${randomBytes(3).toString('hex')}`;

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never became ready`);
}

async function start(port: number, env: Record<string, string>): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DB_NAME: DB,
      QUEUE_PREFIX: PREFIX,
      ADMIN_API_TOKEN: ADMIN,
      LOG_LEVEL: 'silent',
      APP_ROLE: 'api',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url);
  return { url, proc };
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await exited;
}

async function newKey(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/admin/organizations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Bench' }),
  });
  return ((await res.json()) as { data: { apiKey: string } }).data.apiKey;
}

function cannon(url: string, key: string | undefined, opts: { duration?: number; amount?: number }) {
  return autocannon({
    url,
    connections: 10,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
    headers: key ? { Authorization: `Bearer ${key}` } : {},
  });
}

async function main(): Promise<void> {
  const procs: ChildProcess[] = [];
  try {
    // 1. Limit 600/min shared by two processes: 1,500 requests, 750 to each.
    const a = await start(3411, { RATE_LIMIT_PER_MINUTE: '600' });
    procs.push(a.proc);
    const b = await start(3412, { RATE_LIMIT_PER_MINUTE: '600' });
    procs.push(b.proc);
    const key = await newKey(a.url);
    const [ra, rb] = await Promise.all([
      cannon(`${a.url}/api/v1/auth/whoami`, key, { amount: 750 }),
      cannon(`${b.url}/api/v1/auth/whoami`, key, { amount: 750 }),
    ]);
    const ok = ra['2xx'] + rb['2xx'];
    const limited = ra.statusCodeStats?.['429']?.count ?? 0;
    const limitedB = rb.statusCodeStats?.['429']?.count ?? 0;
    console.log(
      `shared limit (600/min, 2 processes, 1500 requests): ${ok} answered 200 (${ra['2xx']} + ${rb['2xx']}), ${limited + limitedB} answered 429`,
    );
    const res = await fetch(`${b.url}/api/v1/auth/whoami`, { headers: { Authorization: `Bearer ${key}` } });
    console.log(`next request: ${res.status}, Retry-After ${res.headers.get('retry-after')}, ${await res.text()}`);
    for (const p of procs.splice(0)) await stop(p);

    // 2. Cost of the limited, authenticated path with the limits out of reach.
    const c = await start(3413, { RATE_LIMIT_PER_MINUTE: '100000000' });
    procs.push(c.proc);
    const fast = await newKey(c.url);
    await cannon(`${c.url}/health`, undefined, { duration: 3 }); // warm-up
    for (const [label, path, k] of [
      ['GET /health (no auth, no limit)', '/health', undefined],
      ['GET /api/v1/auth/whoami (key lookup + Redis limit)', '/api/v1/auth/whoami', fast],
    ] as const) {
      const r = await cannon(`${c.url}${path}`, k, { duration: 10 });
      console.log(
        `${label}: ${Math.round(r.requests.average)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`,
      );
    }
  } finally {
    for (const p of procs) await stop(p);
    const db = await createConnection({
      host: process.env.DB_HOST ?? '127.0.0.1',
      port: Number(process.env.DB_PORT ?? 3306),
      user: process.env.DB_USER ?? 'root',
      password: process.env.DB_PASSWORD ?? '',
    });
    await db.query(`DROP DATABASE IF EXISTS \`${DB}\``);
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
