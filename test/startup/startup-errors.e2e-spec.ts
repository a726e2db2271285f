import { spawn } from 'node:child_process';
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
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A redis-server of the test's own that wants a password, on a free port of 127.0.0.1. */
async function redisWithPassword(): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', 'right-one'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (/Ready to accept connections/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return { port, stop: () => child.kill('SIGKILL') };
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
});
