import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the fake provider servers share: a node:http server on 127.0.0.1 (port 0), its sockets
 * tracked so `close()` ends keep-alive connections at once and jest can exit, and delays that
 * `release()` ends early so no timer outlives a test.
 */
export abstract class HttpFake {
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly waits = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  private readonly handling = new Set<Promise<void>>();
  url = '';

  protected abstract handle(req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): Promise<void>;

  async start(): Promise<string> {
    const server = http.createServer((req, res) => this.receive(req, res));
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.release();
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once every request received so far has been answered. */
  async settled(): Promise<void> {
    await Promise.all([...this.handling]);
  }

  /** Ends every pending delay now (the answers then go to clients that may have given up). */
  protected release(): void {
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.done();
    }
    this.waits.clear();
  }

  protected sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wait = {
        timer: setTimeout(() => {
          this.waits.delete(wait);
          resolve();
        }, ms),
        done: resolve,
      };
      this.waits.add(wait);
    });
  }

  protected send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    raw?: string,
    headers: Record<string, string> = {},
  ): void {
    if (res.destroyed) return;
    const text = raw ?? JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  private receive(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const task = this.handle(req, Buffer.concat(chunks), res)
        .catch((error: unknown) => this.send(res, 500, { error: String(error) }))
        .finally(() => this.handling.delete(task));
      this.handling.add(task);
    });
  }
}
