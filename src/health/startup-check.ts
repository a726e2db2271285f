import net from 'node:net';
import { DeadlineError, withDeadline } from '../common/deadline';
import { createRedis, redisMode, redisNodes, redisVariables, redisWhere } from '../common/redis';
import type { AppConfig, HostPort } from '../config/app-config';
import { prepareDatabase } from '../database/prepare';

const REDIS_TIMEOUT_MS = 5000;
const HOW_TO_RUN_DEPS = 'on a laptop, `docker compose -f docker-compose.deps.yml up -d` starts MariaDB and Redis';

/** A dependency the process cannot start without; its message is one line naming what to set. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();

const ACCESS_DENIED = new Set([
  'ER_ACCESS_DENIED_ERROR',
  'ER_ACCESS_DENIED_NO_PASSWORD_ERROR',
  'ER_NOT_SUPPORTED_AUTH_MODE',
]);

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The one-line reason a start failed on the database (connect, credentials, rights), naming the
 * variables to set; undefined for any other error (which keeps its stack).
 */
export function databaseStartupError(error: unknown, db: AppConfig['db']): StartupError | undefined {
  const code = codeOf(error);
  const where = `${db.host}:${db.port}`;
  if (code && UNREACHABLE.has(code)) {
    return new StartupError(
      `Cannot reach the database at ${where} (${code}): set DB_HOST and DB_PORT to a running MySQL 8 / MariaDB 10.11+ ` +
        `(${HOW_TO_RUN_DEPS}).`,
    );
  }
  if (code && ACCESS_DENIED.has(code)) {
    return new StartupError(
      `The database at ${where} refused user '${db.user}' (${messageOf(error)}): set DB_USER and DB_PASSWORD.`,
    );
  }
  if (code === 'ER_DBACCESS_DENIED_ERROR' || code === 'ER_TABLEACCESS_DENIED_ERROR') {
    return new StartupError(
      `User '${db.user}' may not create or use the database '${db.name}' at ${where} (${messageOf(error)}): ` +
        `set DB_NAME, or DB_USER and DB_PASSWORD to a user with rights on it.`,
    );
  }
  return undefined;
}

/** `prepareDatabase` as `npm start` and the CLI run it: a database it cannot use is one line naming the variables. */
export async function prepareDatabaseOrExplain(given: AppConfig): ReturnType<typeof prepareDatabase> {
  try {
    return await prepareDatabase(given);
  } catch (error) {
    throw databaseStartupError(error, given.db) ?? error;
  }
}

/**
 * PINGs Redis once, bounded, before the app starts: without it the queues would retry for ever
 * and the process would serve nothing useful. Throws a StartupError naming the variables (those
 * of a Redis Cluster or of Sentinels when they are set); never the password.
 */
export async function checkRedis(redis: AppConfig['redis'], timeoutMs = REDIS_TIMEOUT_MS): Promise<void> {
  const where = redisWhere(redis);
  const client = createRedis(redis, 'startup-check', { connectTimeout: timeoutMs });
  // The awaited calls below fail with "Connection is closed"; the cause is the client's last error
  // (a Cluster's "None of startup nodes is available" carries its last node's as lastNodeError).
  let cause: unknown;
  client.on('error', (error: unknown) => {
    cause = (error as { lastNodeError?: unknown }).lastNodeError ?? error;
  });
  client.on('node error', (error: unknown) => {
    cause = error;
  });
  try {
    await withDeadline(
      client.connect().then(() => client.ping()),
      timeoutMs,
      'Redis PING',
    );
  } catch (error) {
    // ioredis reports a Sentinel's own answer after "Last error:" (e.g. no master of that name).
    const text = messageOf(cause ?? error).replace(/^.*Last error: /, '');
    if (/NOAUTH|WRONGPASS|invalid password|AUTH/i.test(text)) {
      throw new StartupError(`${where} refused the connection (${text}): set REDIS_PASSWORD.`);
    }
    // A Cluster's and a Sentinel connector's inner clients lose the socket's error ("Connection is
    // closed."): when none of the listed nodes takes a TCP connection, that is the reason given.
    const code =
      codeOf(cause) ??
      (redisMode(redis) === 'single' ? undefined : await noneAccepts(redisNodes(redis), timeoutMs)) ??
      (error instanceof DeadlineError ? 'ETIMEDOUT' : codeOf(error)) ??
      text;
    throw new StartupError(
      `Cannot reach ${where} (${code}): set ${redisVariables(redis)} to ${WHAT_TO_RUN[redisMode(redis)]}.`,
    );
  } finally {
    client.disconnect();
  }
}

/** The error code of the first node when none of `nodes` accepts a connection; undefined when one does. */
async function noneAccepts(nodes: HostPort[], timeoutMs: number): Promise<string | undefined> {
  const codes = await Promise.all(
    nodes.map(
      ({ host, port }) =>
        new Promise<string | undefined>((resolve) => {
          const socket = net.connect({ host, port, timeout: timeoutMs });
          socket.once('connect', () => {
            socket.destroy();
            resolve(undefined);
          });
          socket.once('timeout', () => {
            socket.destroy();
            resolve('ETIMEDOUT');
          });
          socket.once('error', (error) => resolve(codeOf(error) ?? 'ECONNREFUSED'));
        }),
    ),
  );
  return codes.every((code) => code !== undefined) ? codes[0] : undefined;
}

const WHAT_TO_RUN = {
  single: `a running Redis (${HOW_TO_RUN_DEPS})`,
  cluster: 'the nodes of a running Redis Cluster (`host:port,…`)',
  sentinel: 'running Sentinels (`host:port,…`) and the name of the master they monitor',
} as const;
