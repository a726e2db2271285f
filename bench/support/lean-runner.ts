import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * The voice runner of SPEC §6 reduced to what a benchmark needs: every call of every batch is
 * accepted at once, nothing is recorded but counts (the test fakes keep every request body,
 * which would grow with the campaign and load this process). The batches' `X-Signature`
 * (VOICE_RUNNER_SECRET, which the benchmark sets for the signed outcome events) is not checked.
 */
export class LeanRunner {
  requests = 0;
  calls = 0;
  /** performance.now() when the first batch since `resetFirstBatch()` arrived (its request's head; same clock as the bench's). */
  firstBatchAt?: number;
  private readonly sockets = new Set<Socket>();
  private server?: http.Server;
  url = '';

  async start(): Promise<string> {
    const server = http.createServer((req, res) => {
      if (req.method === 'POST') this.firstBatchAt ??= performance.now();
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests += 1;
        let results: Array<{ attemptId: string; accepted: true; callId: string }> = [];
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { calls?: Array<{ attemptId: string }> };
          results = (body.calls ?? []).map((c) => ({
            attemptId: c.attemptId,
            accepted: true,
            callId: `call-${c.attemptId}`,
          }));
        } catch {
          res.writeHead(400).end();
          return;
        }
        this.calls += results.length;
        const text = JSON.stringify({ results });
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
      });
    });
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** Forgets the first batch seen: the next request is the first again. */
  resetFirstBatch(): void {
    this.firstBatchAt = undefined;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
