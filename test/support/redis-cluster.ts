import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const START_TIMEOUT_MS = 15_000;
const CLUSTER_OK_TIMEOUT_MS = 30_000;

/** `redis-cli -p port …` on 127.0.0.1, bounded; its stdout. */
export async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 10_000 });
  return stdout;
}

/** Whether something on 127.0.0.1:port takes a TCP connection. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A redis-server child on 127.0.0.1:port, listening when this resolves (killed if it never does). */
export async function startServer(port: number, args: string[], timeoutMs = START_TIMEOUT_MS): Promise<ChildProcess> {
  const child = spawn('redis-server', [...args, '--port', String(port), '--bind', '127.0.0.1'], { stdio: 'ignore' });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${child.exitCode}`);
    if (await accepts(port)) return child;
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not listen on ${port}`);
}

/** SIGKILL, and its exit awaited (at most 5 s); nothing when it is gone already. */
export async function killChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await Promise.race([exited, sleep(5000, undefined, { ref: false })]);
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A real Redis Cluster of three masters (no replicas) on 127.0.0.1, in a temporary directory.
 * `kill(port)` loses a master (SIGKILL); `restart(port)` starts it again with the same
 * nodes.conf, so it rejoins with its slots but without its data (as in production without
 * persistence). `close()` kills every process and removes the directory.
 */
export class RedisClusterHarness {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'outreach-redis-cluster-'));
  private readonly children = new Map<number, ChildProcess>();

  constructor(readonly ports: [number, number, number]) {}

  /** `host:port,…`, as REDIS_CLUSTER_NODES takes it. */
  get nodes(): string {
    return this.ports.map((p) => `127.0.0.1:${p}`).join(',');
  }

  async start(): Promise<void> {
    await Promise.all(this.ports.map((port) => this.startNode(port)));
    await redisCli(
      this.ports[0],
      '--cluster',
      'create',
      ...this.ports.map((p) => `127.0.0.1:${p}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    );
    await this.waitOk();
  }

  /** Until `cluster info` says cluster_state:ok on every node, bounded. */
  async waitOk(timeoutMs = CLUSTER_OK_TIMEOUT_MS): Promise<void> {
    await until(
      'cluster_state:ok on every node',
      async () => {
        const infos = await Promise.all(this.ports.map((p) => redisCli(p, 'cluster', 'info')));
        return infos.every((info) => info.includes('cluster_state:ok'));
      },
      timeoutMs,
    );
  }

  /** The hash slot of `key` (CLUSTER KEYSLOT). */
  async keySlot(key: string): Promise<number> {
    return Number((await redisCli(this.ports[0], 'cluster', 'keyslot', key)).trim());
  }

  /** Every key of every node matching `pattern` (SCAN per node), with the node's port. */
  async scan(pattern: string): Promise<Array<{ port: number; key: string }>> {
    const found: Array<{ port: number; key: string }> = [];
    for (const port of this.ports) {
      if (!this.children.has(port)) continue;
      const out = await redisCli(port, '--scan', '--pattern', pattern);
      for (const key of out.split('\n').filter(Boolean)) found.push({ port, key });
    }
    return found;
  }

  async kill(port: number): Promise<void> {
    const child = this.children.get(port);
    this.children.delete(port);
    await killChild(child);
  }

  /** Starts a killed master again from its nodes.conf and waits until the cluster is ok. */
  async restart(port: number): Promise<void> {
    await this.startNode(port);
    await this.waitOk();
  }

  /** Kills every node (SIGKILL). */
  async stop(): Promise<void> {
    await Promise.all([...this.children.keys()].map((port) => this.kill(port)));
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async startNode(port: number): Promise<void> {
    const child = await startServer(port, [
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      path.join(this.dir, `nodes-${port}.conf`),
      '--cluster-node-timeout',
      '2000',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ]);
    this.children.set(port, child);
  }
}

/**
 * A Redis master and one Sentinel monitoring it (quorum 1) on 127.0.0.1. `close()` kills both
 * and removes the directory.
 */
export class RedisSentinelHarness {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'outreach-redis-sentinel-'));
  private master?: ChildProcess;
  private sentinel?: ChildProcess;

  constructor(
    readonly masterPort: number,
    readonly sentinelPort: number,
    readonly name = 'outreach-test',
  ) {}

  /** `host:port`, as REDIS_SENTINELS takes it. */
  get sentinels(): string {
    return `127.0.0.1:${this.sentinelPort}`;
  }

  async start(): Promise<void> {
    this.master = await startServer(this.masterPort, ['--save', '', '--appendonly', 'no', '--dir', this.dir]);
    // A Sentinel rewrites its configuration file: one of its own in the directory.
    const conf = path.join(this.dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `sentinel monitor ${this.name} 127.0.0.1 ${this.masterPort} 1`,
        `sentinel down-after-milliseconds ${this.name} 5000`,
        '',
      ].join('\n'),
    );
    this.sentinel = await startServer(this.sentinelPort, [conf, '--sentinel', '--dir', this.dir]);
    await until(
      'the Sentinel to name the master',
      async () =>
        (await redisCli(this.sentinelPort, 'sentinel', 'get-master-addr-by-name', this.name)).includes(
          String(this.masterPort),
        ),
      START_TIMEOUT_MS,
    );
  }

  async close(): Promise<void> {
    await Promise.all([killChild(this.sentinel), killChild(this.master)]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
