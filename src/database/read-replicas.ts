import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, DataSourceOptions, EntityManager, QueryFailedError } from 'typeorm';
import { withDeadline } from '../common/deadline';
import { IntervalTask } from '../common/interval-task';
import { isDependencyUnavailable } from '../common/unavailable';
import { APP_CONFIG, AppConfig, HostPort } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/** What the persistence stores take: anything that runs SQL. */
export type Db = Pick<EntityManager, 'query'>;

/** How often each replica's lag is read, and how long one reading may take. */
export const CHECK_INTERVAL_MS = 2000;
export const CHECK_TIMEOUT_MS = 2000;
/** The longest a read waits for a replica before it is taken for gone (and run on the primary). */
export const REPLICA_QUERY_TIMEOUT_MS = 30_000;

/** What one check of a replica found. */
export type ReplicaStatus =
  | { kind: 'replicating'; lagS: number | null }
  /** The server answered but is no replica (SHOW REPLICA STATUS: no row). */
  | { kind: 'not_a_replica' }
  | { kind: 'down'; error: string };

export type SkipReason = 'unchecked' | 'down' | 'replication_stopped' | 'lagging' | 'not_a_replica';

export type ReplicaHealth = { usable: true; lagS: number } | { usable: false; reason: SkipReason; lagS?: number };

/** Seconds_Behind_Master NULL is replication stopped (a thread not running, or broken): its data may be any age. */
export function judge(status: ReplicaStatus, maxLagS: number): ReplicaHealth {
  if (status.kind === 'down') return { usable: false, reason: 'down' };
  if (status.kind === 'not_a_replica') return { usable: false, reason: 'not_a_replica' };
  if (status.lagS === null) return { usable: false, reason: 'replication_stopped' };
  if (status.lagS > maxLagS) return { usable: false, reason: 'lagging', lagS: status.lagS };
  return { usable: true, lagS: status.lagS };
}

/**
 * Beyond what every dependency's unreachability is (common/unavailable.ts: refused, reset, timed
 * out, lost, too many connections…), what says a replica's server is gone rather than the statement
 * wrong: mysql2's `fatal` mark, a server shutting down (1053) and the client's "can't connect",
 * "gone away" and "lost" (2002, 2003, 2006, 2013).
 */
const GONE_ERRNOS = new Set([1040, 1053, 2002, 2003, 2006, 2013]);

interface DriverError {
  code?: string;
  errno?: number;
  fatal?: boolean;
}

export function isConnectionError(error: unknown): boolean {
  if (isDependencyUnavailable(error)) return true;
  if (typeof error !== 'object' || error === null) return false;
  const e = ((error as { driverError?: DriverError }).driverError ?? error) as DriverError;
  return e.fatal === true || (e.errno !== undefined && GONE_ERRNOS.has(e.errno));
}

/** A short name for an error in a log line: its code, never its message (which could hold anything). */
const errorCode = (error: unknown): string =>
  String((error as DriverError | undefined)?.code ?? (error as Error | undefined)?.name ?? 'error');

export const replicaId = (h: HostPort): string => `${h.host}:${h.port}`;

export interface ReplicaLog {
  skipped(fields: { replica: string; reason: SkipReason; lagS?: number; error?: string }): void;
  inUse(fields: { replica: string; lagS: number }): void;
}

interface Member<T> {
  id: string;
  target: T;
  health: ReplicaHealth;
}

/**
 * Which replica a read may go to: the pure part of `ReplicaReads`, given a checker. A replica is
 * used only after a check found it replicating within `maxLagS`; a check that fails, or a query
 * that lost its connection, skips it until a later check finds it healthy again. Healthy replicas
 * take reads in turn. A log line when a replica is skipped (or skipped for another reason) and when
 * it comes back, never at every check.
 */
export class ReplicaSet<T> {
  private readonly members: Array<Member<T>>;
  private next = 0;

  constructor(
    replicas: Array<{ id: string; target: T }>,
    private readonly maxLagS: number,
    private readonly check: (target: T) => Promise<ReplicaStatus>,
    private readonly log: ReplicaLog,
  ) {
    this.members = replicas.map((r) => ({ ...r, health: { usable: false, reason: 'unchecked' } }));
  }

  /** Every replica checked once (a checker that throws counts as down). */
  async checkAll(): Promise<void> {
    await Promise.all(
      this.members.map(async (m) => {
        const status = await this.check(m.target).catch((error: unknown): ReplicaStatus => ({
          kind: 'down',
          error: errorCode(error),
        }));
        this.set(m, judge(status, this.maxLagS), status.kind === 'down' ? status.error : undefined);
      }),
    );
  }

  /** A healthy replica, in turn; undefined when there is none (the read goes to the primary). */
  pick(): { id: string; target: T } | undefined {
    for (let i = 0; i < this.members.length; i++) {
      const m = this.members[(this.next + i) % this.members.length];
      if (m.health.usable) {
        this.next = (this.next + i + 1) % this.members.length;
        return { id: m.id, target: m.target };
      }
    }
    return undefined;
  }

  /** A query on it failed at the connection level: skipped until a check finds it back. */
  markDown(id: string, error: unknown): void {
    const m = this.members.find((x) => x.id === id);
    if (m) this.set(m, { usable: false, reason: 'down' }, errorCode(error));
  }

  targets(): T[] {
    return this.members.map((m) => m.target);
  }

  health(id: string): ReplicaHealth | undefined {
    return this.members.find((x) => x.id === id)?.health;
  }

  private set(m: Member<T>, health: ReplicaHealth, error?: string): void {
    const before = m.health;
    m.health = health;
    if (health.usable) {
      if (!before.usable) this.log.inUse({ replica: m.id, lagS: health.lagS });
    } else if (before.usable || before.reason !== health.reason) {
      this.log.skipped({
        replica: m.id,
        reason: health.reason,
        ...(health.lagS !== undefined && { lagS: health.lagS }),
        ...(error !== undefined && { error }),
      });
    }
  }
}

type CallbackPool = {
  query(options: { sql: string; timeout: number }, done: (error: Error | null, rows: unknown) => void): void;
};

/**
 * A check's statement with a timeout of its own (CHECK_TIMEOUT_MS, not the reads' 30 s): mysql2
 * ends the query and drops its connection when it passes, so a frozen replica's checks do not pile
 * up one hung connection every tick. Through the driver's pool (mysql2's own errors, `errno` on them).
 */
function checkQuery(ds: DataSource, sql: string): Promise<Array<Record<string, unknown>>> {
  const pool = (ds.driver as unknown as { pool: CallbackPool }).pool;
  return new Promise((resolve, reject) =>
    pool.query({ sql, timeout: CHECK_TIMEOUT_MS }, (error, rows) =>
      error ? reject(error) : resolve(rows as Array<Record<string, unknown>>),
    ),
  );
}

/** One replica: its own small data source (TypeORM's, so results and errors are exactly the primary's). */
class Replica {
  private connecting?: Promise<DataSource>;

  constructor(readonly dataSource: DataSource) {}

  /** Initialized on first use (and again after a failed start): a replica down at boot is only skipped. */
  ready(): Promise<DataSource> {
    if (this.dataSource.isInitialized) return Promise.resolve(this.dataSource);
    this.connecting ??= this.dataSource.initialize().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  async status(): Promise<ReplicaStatus> {
    const ds = await this.ready();
    let rows: Array<Record<string, unknown>>;
    try {
      rows = await checkQuery(ds, 'SHOW REPLICA STATUS');
    } catch (error) {
      // MariaDB before 10.5 and MySQL before 8.0.22 know only the older words.
      if ((error as DriverError).errno !== 1064) throw error;
      rows = await checkQuery(ds, 'SHOW SLAVE STATUS');
    }
    if (rows.length === 0) return { kind: 'not_a_replica' };
    const lag = rows[0].Seconds_Behind_Source ?? rows[0].Seconds_Behind_Master;
    return { kind: 'replicating', lagS: lag === null || lag === undefined ? null : Number(lag) };
  }

  async close(): Promise<void> {
    await this.connecting?.catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * The one way to run a read that may lag (SPEC §1: lists, logs, stats, audience previews, dry
 * runs): on a healthy replica of DB_READ_HOSTS, else on the primary. Writes, the initiation
 * pipeline and every read-after-write use the DataSource as before.
 *
 * Each replica has a small data source of its own (`dataSourceOptions` with the replica's host:
 * same charset, time zone, number and date handling, entities) rather than the primary data
 * source's `slaves`: that PoolCluster picks a slave by pattern, not one we know is healthy, and
 * drops a node for good after 5 failed connections (mysql2 `removeNodeErrorCount`,
 * `restoreNodeTimeout` 0). Health is a `SHOW REPLICA STATUS` every CHECK_INTERVAL_MS, bounded by
 * CHECK_TIMEOUT_MS (the user needs REPLICA MONITOR, or REPLICATION CLIENT on MySQL; without it the
 * check fails and the replica is skipped). A read that fails on a replica runs again on the
 * primary; a connection-level failure also marks the replica down: a replica that died is never
 * an error of the request. Without DB_READ_HOSTS (and in a worker) every read is the primary's,
 * and nothing runs.
 */
@Injectable()
export class ReplicaReads implements Db, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReplicaReads.name);
  private readonly replicas: ReplicaSet<Replica>;
  private readonly ticker = new IntervalTask(
    () => this.checkNow(),
    (error: unknown) => this.logger.warn({ err: error }, 'Read replica check failed; will try again'),
  );

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const options = { ...config.db, readHosts: [], poolSize: Math.min(config.db.poolSize, 5) };
    this.replicas = new ReplicaSet(
      this.hosts().map((h) => ({
        id: replicaId(h),
        target: new Replica(
          new DataSource({
            ...dataSourceOptions({ ...config, db: { ...options, host: h.host, port: h.port } }),
            // A replica that stops answering (frozen, cut off) ends its reads here, not never:
            // mysql2 drops the connection (a connection-level error), and the read runs on the primary.
            enableQueryTimeout: true,
            maxQueryExecutionTime: REPLICA_QUERY_TIMEOUT_MS,
          } as DataSourceOptions),
        ),
      })),
      config.db.readMaxLagS,
      (replica) => withDeadline(replica.status(), CHECK_TIMEOUT_MS, 'replica check'),
      {
        skipped: (fields) => this.logger.warn(fields, 'Read replica skipped: reads go to the primary'),
        inUse: (fields) => this.logger.log(fields, 'Read replica in use'),
      },
    );
  }

  /** The replicas this process reads: none in a worker (nothing it reads may lag). */
  private hosts(): HostPort[] {
    return this.config.role === 'worker' ? [] : this.config.db.readHosts;
  }

  onApplicationBootstrap(): void {
    if (this.hosts().length === 0) return;
    // The first check now (not awaited: a replica down at boot only delays its use), then on the timer.
    void this.checkNow().catch(() => undefined);
    this.ticker.start(CHECK_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
    await Promise.all(this.replicas.targets().map((r) => r.close()));
  }

  /** Every replica checked now (the timer does this every CHECK_INTERVAL_MS). */
  checkNow(): Promise<void> {
    return this.replicas.checkAll();
  }

  /** What the last check (or a failed read) found of a replica, by `host:port`. */
  health(id: string): ReplicaHealth | undefined {
    return this.replicas.health(id);
  }

  /** Where the next read would go: a replica's `host:port`, or `primary`. */
  target(): string {
    return this.replicas.pick()?.id ?? 'primary';
  }

  async query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.run((db) => db.query<T>(sql, parameters));
  }

  /**
   * `work` on a healthy replica's manager, else on the primary's. It must only read, and may run
   * twice: a database error on the replica runs it again on the primary. Other errors (a
   * DomainError thrown by `work`) are its own.
   */
  async run<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    const picked = this.replicas.pick();
    if (!picked) return work(this.dataSource.manager);
    let manager: EntityManager;
    try {
      manager = (await picked.target.ready()).manager;
    } catch (error) {
      this.replicas.markDown(picked.id, error);
      return work(this.dataSource.manager);
    }
    try {
      return await work(manager);
    } catch (error) {
      if (isConnectionError(error)) this.replicas.markDown(picked.id, error);
      else if (!(error instanceof QueryFailedError)) throw error;
      else
        this.logger.warn(
          { replica: picked.id, error: errorCode(error) },
          'Read failed on a replica; run on the primary',
        );
      return work(this.dataSource.manager);
    }
  }
}

/** ReplicaReads for every module (one set of pools and one timer per process). */
@Global()
@Module({ providers: [ReplicaReads], exports: [ReplicaReads] })
export class ReadReplicasModule {}
