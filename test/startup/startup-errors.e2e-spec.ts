import { spawn } from 'node:child_process';
import { AddressInfo, createServer, Socket } from 'node:net';
import path from 'node:path';
import { freePort } from '../support/faults/app-process';
import { testEnv } from '../support/env';

const ROOT = path.resolve(__dirname, '../..');
const TIMEOUT_MS = 30_000;

interface Run {
  code: number | null;
  stderr: string;
  stdout: string;
}

/** `src/main.ts` as `npm start` runs it (transpiled on the fly, no build), bounded. */
function start(env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...testEnv({ LOG_LEVEL: 'info', ...env }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${TIMEOUT_MS} ms\n${stdout}\n${stderr}`));
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A Redis that refuses the password given, on a free port of 127.0.0.1: every command is answered
 * with Redis's own WRONGPASS error (RESP). A socket server, not a redis-server, so `npm test` needs
 * no Redis binary beside the Redis it runs against.
 */
async function redisWithPassword(): Promise<{ port: number; stop: () => void }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.on('data', () => socket.write('-WRONGPASS invalid username-password pair or user is disabled.\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    stop: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** One line on stderr, no stack trace, nothing else; exit code 1. */
function expectOneLine(run: Run): string {
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).toBe('');
  return lines[0];
}

describe('npm start without its dependencies: one line naming the variables to set', () => {
  it('the database on a closed port, a wrong database password, Redis on a closed port and a wrong Redis password', async () => {
    const closed = await freePort();
    const redis = await redisWithPassword();
    try {
      const [dbDown, dbDenied, redisDown, redisDenied] = await Promise.all([
        start({ DB_PORT: String(closed) }),
        start({ DB_PASSWORD: 'not-the-password' }),
        start({ REDIS_PORT: String(closed) }),
        start({ REDIS_PORT: String(redis.port), REDIS_PASSWORD: 'wrong-one' }),
      ]);
      expect(expectOneLine(dbDown)).toBe(
        `Cannot reach the database at 127.0.0.1:${closed} (ECONNREFUSED): set DB_HOST and DB_PORT to a running ` +
          'MySQL 8 / MariaDB 10.11+ (on a laptop, `docker compose -f docker-compose.deps.yml up -d` starts MariaDB and Redis).',
      );
      expect(expectOneLine(dbDenied)).toMatch(
        /^The database at 127\.0\.0\.1:\d+ refused user 'root' \(Access denied for user 'root'@.*\): set DB_USER and DB_PASSWORD\.$/,
      );
      expect(expectOneLine(redisDown)).toBe(
        `Cannot reach Redis at 127.0.0.1:${closed} (ECONNREFUSED): set REDIS_HOST and REDIS_PORT to a running Redis ` +
          '(on a laptop, `docker compose -f docker-compose.deps.yml up -d` starts MariaDB and Redis).',
      );
      const denied = expectOneLine(redisDenied);
      expect(denied).toMatch(
        new RegExp(`^Redis at 127\\.0\\.0\\.1:${redis.port} refused the connection \\(.+\\): set REDIS_PASSWORD\\.$`),
      );
      // The password given is never echoed.
      expect(denied).not.toContain('wrong-one');
      expect(dbDenied.stderr).not.toContain('not-the-password');
    } finally {
      redis.stop();
    }
  }, 60_000);

  it('a Redis Cluster or Sentinels on closed ports: the line names REDIS_CLUSTER_NODES or REDIS_SENTINELS', async () => {
    const [a, b] = [await freePort(), await freePort()];
    const [cluster, sentinel] = await Promise.all([
      start({ REDIS_CLUSTER_NODES: `127.0.0.1:${a},127.0.0.1:${b}`, REDIS_PASSWORD: 'cluster-secret' }),
      start({ REDIS_SENTINELS: `127.0.0.1:${a}`, REDIS_SENTINEL_NAME: 'outreach', REDIS_PASSWORD: 'sentinel-secret' }),
    ]);
    expect(expectOneLine(cluster)).toBe(
      `Cannot reach the Redis Cluster at 127.0.0.1:${a},127.0.0.1:${b} (ECONNREFUSED): set REDIS_CLUSTER_NODES to ` +
        'the nodes of a running Redis Cluster (`host:port,…`).',
    );
    expect(expectOneLine(sentinel)).toBe(
      `Cannot reach the master 'outreach' of the Sentinels at 127.0.0.1:${a} (ECONNREFUSED): set REDIS_SENTINELS and ` +
        'REDIS_SENTINEL_NAME to running Sentinels (`host:port,…`) and the name of the master they monitor.',
    );
    expect(cluster.stderr + sentinel.stderr).not.toMatch(/cluster-secret|sentinel-secret/);
  }, 60_000);
});
