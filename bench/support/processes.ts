import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** VmRSS and VmHWM (peak) of a process, in bytes, from /proc. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * Tracks one process's peak resident memory per phase: VmHWM is reset at the start of a phase
 * (`clear_refs` 5, Linux ≥ 4.0) and VmRSS is also sampled every 100 ms, in case the reset is not
 * permitted. The peak of a phase is the larger of the two.
 */
export class MemoryWatch {
  private phasePeak = 0;
  private timer?: NodeJS.Timeout;
  private ticks = 0;
  resettable = true;
  /** VmRSS every 5 s since the phase began (bytes): shows whether memory grows with the run. */
  timeline: number[] = [];

  constructor(readonly pid: number) {}

  start(): void {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Starts a new phase; returns nothing. Read the phase's peak with `peak()`. */
  resetPhase(): void {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
    } catch {
      this.resettable = false;
    }
    this.phasePeak = memoryOf(this.pid).rss;
    this.ticks = 0;
    this.timeline = [this.phasePeak];
  }

  /** Peak RSS in this phase (bytes). */
  peak(): number {
    this.sample();
    const { hwm } = memoryOf(this.pid);
    return this.resettable ? Math.max(this.phasePeak, hwm) : this.phasePeak;
  }

  private sample(): void {
    try {
      const { rss } = memoryOf(this.pid);
      this.phasePeak = Math.max(this.phasePeak, rss);
      if (++this.ticks % 50 === 0) this.timeline.push(rss);
    } catch {
      // the process has exited
    }
  }
}

export interface AppProcess {
  role: 'api' | 'worker';
  url: string;
  pid: number;
  memory: MemoryWatch;
  stop(): Promise<void>;
}

/** Node flags for one role's process: BENCH_NODE_ARGS (both), BENCH_API_NODE_ARGS / BENCH_WORKER_NODE_ARGS. */
function nodeArgs(role: 'api' | 'worker'): string[] {
  const own = role === 'api' ? process.env.BENCH_API_NODE_ARGS : process.env.BENCH_WORKER_NODE_ARGS;
  return [process.env.BENCH_NODE_ARGS, own].flatMap((v) => (v ? v.split(/\s+/).filter(Boolean) : []));
}

/** Starts `node dist/src/main.js` with APP_ROLE=role, logs to logFile; resolves when /health answers. */
export async function startApp(
  role: 'api' | 'worker',
  env: Record<string, string>,
  logFile: string,
): Promise<AppProcess> {
  const port = await freePort();
  const log = createWriteStream(logFile, { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs(role), path.join('dist', 'src', 'main.js')], {
    env: { ...process.env, ...env, APP_ROLE: role, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`${role} exited with code ${exited} (see ${logFile})`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${role} did not answer /health within 60 s (see ${logFile})`);
    }
    await sleep(200);
  }
  const memory = new MemoryWatch(child.pid ?? 0);
  memory.start();
  return {
    role,
    url,
    pid: child.pid ?? 0,
    memory,
    async stop() {
      memory.stop();
      if (exited !== undefined) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The database server's pid on this machine, if it runs here (its CPU is part of every figure). */
export function databasePid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm === 'mariadbd' || comm === 'mysqld') return Number(entry);
    } catch {
      // gone
    }
  }
  return undefined;
}
