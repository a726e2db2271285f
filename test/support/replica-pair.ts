import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Connection, createConnection } from 'mysql2/promise';

const MARIADBD = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].find((p) => existsSync(p)) ?? 'mariadbd';
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((p) => existsSync(p));
/** Every wait of the harness is bounded by this. */
const WAIT_MS = 20_000;

interface Server {
  name: 'primary' | 'replica';
  dir: string;
  port: number;
  serverId: number;
  process?: ChildProcess;
}

/**
 * A MariaDB primary and a replica of it, as two `mariadbd` children on 127.0.0.1 with data
 * directories of their own (the shared server at :3306 has no binary log). Root has no password
 * and is the replication user: test-only servers, bound to loopback, removed by `close()`.
 */
export class ReplicaPair {
  private constructor(
    readonly primary: Server,
    readonly replica: Server,
    private readonly root: string,
  ) {}

  /** Starts both servers and replication (GTID, from the primary's first transaction); ports P and P+1. */
  static async start(primaryPort: number, replicaPort = primaryPort + 1): Promise<ReplicaPair> {
    if (!INSTALL_DB) throw new Error('mariadb-install-db not found: the replica tests need the MariaDB server package');
    const root = await mkdtemp(join(tmpdir(), 'outreach-replica-pair-'));
    const pair = new ReplicaPair(
      { name: 'primary', dir: join(root, 'primary'), port: primaryPort, serverId: 1 },
      { name: 'replica', dir: join(root, 'replica'), port: replicaPort, serverId: 2 },
      root,
    );
    try {
      // One at a time: two bootstraps at once can collide on their temporary tables in the same tmpdir.
      await pair.install(pair.primary);
      await pair.install(pair.replica);
      await Promise.all([pair.launch(pair.primary), pair.launch(pair.replica)]);
      await pair.onReplica(async (c) => {
        await c.query(
          "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ?, MASTER_USER = 'root', MASTER_PASSWORD = '', " +
            'MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1',
          [primaryPort],
        );
        await c.query('START SLAVE');
      });
      await pair.waitReplicating();
      return pair;
    } catch (error) {
      await pair.close();
      throw error;
    }
  }

  private async install(server: Server): Promise<void> {
    await promisify(execFile)(INSTALL_DB!, [
      '--no-defaults',
      '--user=root',
      `--datadir=${join(server.dir, 'data')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
  }

  private async launch(server: Server): Promise<void> {
    const args = [
      '--no-defaults',
      '--user=root',
      `--datadir=${join(server.dir, 'data')}`,
      `--port=${server.port}`,
      `--socket=${join(server.dir, 'sock')}`,
      `--pid-file=${join(server.dir, 'pid')}`,
      `--log-error=${join(server.dir, 'error.log')}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--server-id=${server.serverId}`,
      '--innodb-buffer-pool-size=64M',
      '--max-connections=200',
      ...(server.name === 'primary'
        ? [`--log-bin=${join(server.dir, 'data', 'bin')}`, '--binlog-format=ROW']
        : [`--relay-log=${join(server.dir, 'data', 'relay')}`]),
    ];
    const child = spawn(MARIADBD, args, { stdio: 'ignore' });
    server.process = child;
    child.once('exit', () => {
      if (server.process === child) server.process = undefined;
    });
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (!server.process) throw new Error(`${server.name} mariadbd exited at start (see ${server.dir}/error.log)`);
      try {
        const c = await this.connect(server);
        await c.end();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(100);
      }
    }
  }

  private connect(server: Server): Promise<Connection> {
    return createConnection({ host: '127.0.0.1', port: server.port, user: 'root', connectTimeout: 2000 });
  }

  private async on<T>(server: Server, work: (c: Connection) => Promise<T>): Promise<T> {
    const c = await this.connect(server);
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  }

  onPrimary<T>(work: (c: Connection) => Promise<T>): Promise<T> {
    return this.on(this.primary, work);
  }

  /** On the replica directly; with `SET sql_log_bin = 0` nothing it writes could travel anywhere. */
  onReplica<T>(work: (c: Connection) => Promise<T>): Promise<T> {
    return this.on(this.replica, async (c) => {
      await c.query('SET sql_log_bin = 0');
      return work(c);
    });
  }

  async replicaStatus(): Promise<Record<string, unknown> | undefined> {
    return this.onReplica(async (c) => {
      const [rows] = await c.query('SHOW SLAVE STATUS');
      return (rows as Array<Record<string, unknown>>)[0];
    });
  }

  /** Both threads running and nothing behind. */
  async waitReplicating(): Promise<void> {
    await this.until(async () => {
      const s = await this.replicaStatus();
      return s?.Slave_IO_Running === 'Yes' && s.Slave_SQL_Running === 'Yes' && Number(s.Seconds_Behind_Master) === 0;
    }, 'replication running');
  }

  /** Every transaction the primary has committed so far has been applied on the replica. */
  async waitCaughtUp(): Promise<void> {
    const pos = await this.onPrimary(async (c) => {
      const [rows] = await c.query('SELECT @@gtid_binlog_pos AS pos');
      return String((rows as Array<{ pos: string }>)[0].pos);
    });
    if (pos === '') return;
    await this.onReplica(async (c) => {
      const [rows] = await c.query('SELECT MASTER_GTID_WAIT(?, ?) AS r', [pos, WAIT_MS / 1000]);
      if (Number((rows as Array<{ r: number }>)[0].r) !== 0) throw new Error(`replica did not reach ${pos}`);
    });
  }

  /** STOP SLAVE SQL_THREAD: events still arrive, none is applied (Seconds_Behind_Master is NULL). */
  async pauseReplication(): Promise<void> {
    await this.onReplica((c) => c.query('STOP SLAVE SQL_THREAD'));
  }

  async resumeReplication(): Promise<void> {
    await this.onReplica((c) => c.query('START SLAVE'));
    await this.waitReplicating();
  }

  /** MASTER_DELAY: each event applied this many seconds after the primary wrote it (0: at once again). */
  async delayReplication(seconds: number): Promise<void> {
    await this.onReplica(async (c) => {
      await c.query('STOP SLAVE');
      await c.query('CHANGE MASTER TO MASTER_DELAY = ?', [seconds]);
      await c.query('START SLAVE');
    });
  }

  /** Until the replica reports itself at least this far behind (a delayed event waiting). */
  async waitLagging(atLeastS: number): Promise<void> {
    await this.until(async () => Number((await this.replicaStatus())?.Seconds_Behind_Master ?? -1) >= atLeastS, 'lag');
  }

  /**
   * Until the replica reports itself at most this far behind. Applied (MASTER_GTID_WAIT) is not yet
   * reported: MariaDB's Seconds_Behind_Master keeps the last late event's lag for a moment after it
   * ran, until the SQL thread sees it has caught up.
   */
  async waitLagAtMost(seconds: number): Promise<void> {
    await this.until(async () => {
      const lag = (await this.replicaStatus())?.Seconds_Behind_Master;
      return lag !== null && lag !== undefined && Number(lag) <= seconds;
    }, 'lag back');
  }

  /** SIGSTOP: the replica keeps its connections open and answers nothing (a hung server). */
  freezeReplica(): void {
    this.replica.process?.kill('SIGSTOP');
  }

  thawReplica(): void {
    this.replica.process?.kill('SIGCONT');
  }

  /** The replica's process killed (SIGKILL: a crash, not a shutdown). */
  async stopReplica(): Promise<void> {
    const child = this.replica.process;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** The replica started again on its data directory; replication resumes where it stopped. */
  async startReplica(): Promise<void> {
    if (this.replica.process) return;
    await this.launch(this.replica);
    await this.waitReplicating();
  }

  private async until(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!(await check().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  /** Both servers killed and their directories removed. */
  async close(): Promise<void> {
    for (const server of [this.replica, this.primary]) {
      const child = server.process;
      if (!child) continue;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      // Unref'd: the bound must not keep the test process alive once the server has exited.
      await Promise.race([exited, sleep(WAIT_MS, undefined, { ref: false })]);
    }
    await rm(this.root, { recursive: true, force: true });
  }
}
