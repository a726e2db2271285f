import type { ChildProcess } from 'node:child_process';
import { killChild, startServer } from '../redis-cluster';
import { freePort } from './app-process';

/**
 * A private, throwaway redis-server on 127.0.0.1 (nothing persisted), so a test can kill and
 * restart it without touching the Redis other tests share.
 */
export class RedisServer {
  port = 0;
  private child?: ChildProcess;

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.child = await startServer(this.port, ['--save', '', '--appendonly', 'no'], 10_000);
  }

  /** Kills it at once (SIGKILL): everything it held is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await killChild(child);
  }
}
