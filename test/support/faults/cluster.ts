import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Connection, createConnection } from 'mysql2/promise';
import request from 'supertest';
import { ADMIN_TOKEN, bearer } from '../app';
import { allowAllDay } from '../contact-policy';
import { bulkAdd, createCampaign, loanRecord } from '../factories';
import { OrgSetup, setupOrg } from '../outreach';
import { AppProcess } from './app-process';
import { waitUntil } from './wait';

const DB = {
  host: process.env.TEST_DB_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_DB_PORT ?? 3306),
  user: process.env.TEST_DB_USER ?? 'root',
  password: process.env.TEST_DB_PASSWORD ?? '',
};
const SHARED_REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 6379);

/**
 * Settings that make faults show within seconds: batches of 100, locks that lapse 4 s after a
 * worker dies, a stalled check and a recovery sweep every second. Everything else is the
 * production code path, in separate processes.
 */
const FAST: Record<string, string> = {
  LOG_LEVEL: 'warn',
  DB_POOL_SIZE: '5',
  ADMIN_API_TOKEN: ADMIN_TOKEN,
  BATCH_SIZE: '100',
  DISPATCH_CONCURRENCY: '2',
  DISPATCH_BACKOFF_MS: '200',
  RECOVERY_INTERVAL_MS: '1000',
  RECOVERY_GRACE_MS: '2000',
  QUEUE_LOCK_DURATION_MS: '4000',
  QUEUE_LOCK_RENEW_MS: '1000',
  QUEUE_STALLED_INTERVAL_MS: '1000',
  QUEUE_WATCHDOG_INTERVAL_MS: '2000',
  SHUTDOWN_GRACE_MS: '10000',
  INITIATION_SYNC_TIMEOUT_MS: '60000',
  VOICE_RUNNER_TIMEOUT_MS: '5000',
  SMS_GATEWAY_TIMEOUT_MS: '5000',
  RATE_LIMIT_PER_MINUTE: '100000',
  INITIATE_RATE_LIMIT_PER_MINUTE: '100000',
};

/**
 * Process environment that sends calls to the fake runner, each process under a URL of its own
 * (`<runner>/<process name>/v1/calls/batch`), so the runner's log shows which process sent what.
 */
export const viaRunner =
  (runner: { url: string }) =>
  (name: string): Record<string, string> => ({ VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: `${runner.url}/${name}` });

export interface ClusterOptions {
  /** Where the processes find the database (a TcpProxy port to cut it); the real server by default. */
  dbPort?: number;
  /** The database server itself when it is not the shared one (a ReplicaPair's primary): processes, db() and close() use it. */
  dbServerPort?: number;
  /** A private redis-server's port; the shared Redis (own key prefix) by default. */
  redisPort?: number;
  /** Env of every process (providers); `env(name)` may add per-process values. */
  env: (name: string) => Record<string, string>;
}

/**
 * One deployment under test: API and worker processes of the built app sharing a throwaway
 * database and a Bull prefix of their own. `close()` kills every process and drops the database.
 */
export class Cluster {
  readonly id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  readonly dbName = `outreach_faults_${this.id}`;
  readonly prefix = `outreach_faults_${this.id}`;
  readonly processes: AppProcess[] = [];
  private connection?: Connection;

  constructor(private readonly options: ClusterOptions) {}

  /** The database server the deployment uses (the shared one unless `dbServerPort` says otherwise). */
  private get server(): typeof DB {
    return this.options.dbServerPort === undefined ? DB : { ...DB, host: '127.0.0.1', port: this.options.dbServerPort };
  }

  async start(name: string, role: 'api' | 'worker' | 'all', env: Record<string, string> = {}): Promise<AppProcess> {
    const app = await AppProcess.start(name, {
      ...FAST,
      APP_ROLE: role,
      DB_HOST: this.server.host,
      DB_PORT: String(this.options.dbPort ?? this.server.port),
      DB_USER: DB.user,
      DB_PASSWORD: DB.password,
      DB_NAME: this.dbName,
      REDIS_HOST: '127.0.0.1',
      REDIS_PORT: String(this.options.redisPort ?? SHARED_REDIS_PORT),
      QUEUE_PREFIX: this.prefix,
      ...this.options.env(name),
      ...env,
    });
    this.processes.push(app);
    return app;
  }

  logs(): string {
    return this.processes.map((p) => p.logs()).join('\n');
  }

  /** The database, directly (not through any proxy): what the tests compare the providers' logs with. */
  async db(): Promise<Connection> {
    this.connection ??= await createConnection({ ...this.server, database: this.dbName, supportBigNumbers: true });
    return this.connection;
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.kill('SIGKILL')));
    await this.connection?.end().catch(() => undefined);
    const admin = await createConnection(this.server);
    try {
      await admin.query(`DROP DATABASE IF EXISTS \`${this.dbName}\``);
    } finally {
      await admin.end();
    }
    if (this.options.redisPort === undefined) await dropKeys(this.prefix);
  }
}

async function dropKeys(prefix: string): Promise<void> {
  const redis = new Redis({ host: '127.0.0.1', port: SHARED_REDIS_PORT, lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The API of a spawned process, as the shared test helpers expect it. */
export function remoteApi(api: AppProcess): Parameters<typeof setupOrg>[0] {
  const http = request(api.url);
  return {
    http,
    async createOrg(name = 'Fault Org') {
      const res = await http
        .post('/api/v1/admin/organizations')
        .set(bearer(ADMIN_TOKEN))
        .send({ name })
        .timeout(15_000);
      if (res.status !== 201) throw new Error(`org create failed: ${res.status} ${JSON.stringify(res.body)}`);
      const data = res.body.data as { id: string; apiKey: string; apiKeyId?: string };
      return { id: data.id, apiKey: data.apiKey, apiKeyId: data.apiKeyId ?? '' };
    },
  };
}

export interface Audience extends OrgSetup {
  campaignId: string;
}

/** A fresh organization (windows open all day) and a campaign of `customers` distinct phones. */
export async function audience(api: AppProcess, customers: number): Promise<Audience> {
  const target = remoteApi(api);
  const org = await setupOrg(target, { variables: ['first_name'], body: 'Hi {{first_name}}' });
  await allowAllDay(api.url, org.key);
  const campaignId = await createCampaign(target, org.key);
  await bulkAdd(
    target,
    org.key,
    campaignId,
    Array.from({ length: customers }, (_, i) => loanRecord(i + 1)),
  );
  return { ...org, campaignId };
}

export interface InitiationView {
  initiationId: string;
  status: string;
  results: { customersSelected: number; initiated: number; failed: number; batchesProcessed: number };
}

export async function initiationView(api: AppProcess, key: string, id: string): Promise<InitiationView> {
  const res = await request(api.url).get(`/api/v1/initiations/${id}`).set(bearer(key)).timeout(10_000);
  if (res.status !== 200) throw new Error(`GET initiation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as InitiationView;
}

const FINAL = ['completed', 'partial', 'failed'];

/**
 * A call initiation of the audience's campaign with `Prefer: respond-async`: its 202 expected, its
 * id returned.
 */
export async function initiateAsync(api: AppProcess, crowd: Audience, timeoutMs = 60_000): Promise<string> {
  const res = await request(api.url)
    .post(`/api/v1/initiate/${crowd.campaignId}/calls`)
    .set(bearer(crowd.key))
    .set('Prefer', 'respond-async')
    .send({ agentId: crowd.agentId, dispositionId: crowd.dispositionId })
    .timeout(timeoutMs);
  if (res.status !== 202) throw new Error(`initiate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.initiationId as string;
}

/**
 * Waits (bounded) until GET /api/v1/initiations/:id reports a final status; given several API
 * processes, asks each in turn.
 */
export function waitForEnd(
  cluster: Cluster,
  api: AppProcess | AppProcess[],
  key: string,
  id: string,
  timeoutMs = 90_000,
): Promise<InitiationView> {
  const apis = Array.isArray(api) ? api : [api];
  let turn = 0;
  return waitUntil(
    `initiation ${id} to end`,
    () => initiationView(apis[turn++ % apis.length], key, id),
    (v) => FINAL.includes(v.status),
    timeoutMs,
    () => cluster.logs(),
  );
}
