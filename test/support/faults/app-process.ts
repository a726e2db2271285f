import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/src/main.js');
const TAIL_CHARS = 20_000;
/** Log lines kept whole (`logLines`), for specs that read what an operator would. */
const MAX_LINES = 20_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A free TCP port on 127.0.0.1 (the OS picks it; released before use). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The process exited before it answered /health (a dependency it could not reach, a bad variable). */
export class StartFailure extends Error {
  constructor(
    name: string,
    readonly exit: Exit,
    readonly logs: string,
  ) {
    super(`${name} exited while starting\n${logs}`);
  }
}

/** The built app (`node dist/src/main.js`) as a child process, with the tail of its output kept for failures. */
export class AppProcess {
  readonly exited: Promise<Exit>;
  exit?: Exit;
  /** Every complete line the process wrote to stdout (its JSON logs), the first MAX_LINES. */
  readonly logLines: string[] = [];
  private tail = '';
  private partial = '';

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer): void => {
      this.tail = (this.tail + chunk.toString('utf8')).slice(-TAIL_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (this.partial + chunk.toString('utf8')).split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) if (this.logLines.length < MAX_LINES) this.logLines.push(line);
    });
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  static async start(name: string, env: Record<string, string>): Promise<AppProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new AppProcess(name, port, child);
    await app.waitLive(60_000);
    return app;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  logs(): string {
    return `----- ${this.name} (pid ${this.pid}, ${this.running ? 'running' : `exited ${JSON.stringify(this.exit)}`})\n${this.tail}`;
  }

  /** Sends `signal` and waits for the exit; SIGKILL after `timeoutMs` if it has not exited. */
  async kill(signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 30_000): Promise<Exit> {
    if (!this.running) return this.exited;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  private async waitLive(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new StartFailure(this.name, this.exit ?? { code: null, signal: null }, this.logs());
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await this.kill();
    throw new Error(`${this.name} did not answer /health within ${timeoutMs} ms\n${this.logs()}`);
  }
}
