import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { isSupportedCountry } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { EnvSchema } from './env.schema';

export type AppRole = 'api' | 'worker' | 'all';

/** The one typed configuration object, built once at boot and injected everywhere. */
export interface AppConfig {
  port: number;
  role: AppRole;
  logLevel: string;
  db: {
    type: 'auto' | 'mysql' | 'mariadb';
    host: string;
    port: number;
    user: string;
    password: string;
    name: string;
    poolSize: number;
    /** Read replicas (DB_READ_HOSTS; empty: every read on the primary) and the lag past which one is skipped. */
    readHosts: HostPort[];
    readMaxLagS: number;
  };
  /**
   * Where Redis is: one server (`host`/`port`), or a Redis Cluster (`clusterNodes`), or the master
   * that Sentinels name (`sentinels`, `sentinelName`). `password` is every node's.
   */
  redis: {
    host: string;
    port: number;
    password?: string;
    clusterNodes?: HostPort[];
    sentinels?: HostPort[];
    sentinelName: string;
  };
  queuePrefix: string;
  adminApiToken?: string;
  /** Bull Board refuses changes: the database is the system of record (recovery would undo them). */
  queueBoardReadOnly: boolean;
  batchSize: number;
  /** Customers per chunk of a large selection (issue 20); smaller selections are written at once. */
  selectionChunkSize: number;
  dispatch: { attempts: number; concurrency: number; backoffMs: number };
  recovery: { intervalMs: number; graceMs: number };
  /** SPEC §10: the shortest delay of a follow-up (`retry.afterSeconds`). */
  followUpMinDelayS: number;
  /** SPEC §9: an open attempt is looked up, then expired, this long after it was handed over. */
  outcomes: { callTimeoutS: number; smsTimeoutS: number; sweepIntervalMs: number };
  /** SPEC §10: webhook deliveries (the retry schedule in seconds after each failed try). */
  webhooks: { timeoutMs: number; retryScheduleS: number[]; allowPrivateUrls: boolean; sweepIntervalMs: number };
  /** The service's public URL (no trailing slash), for provider callbacks. */
  publicBaseUrl?: string;
  /** Bull's lock and stalled-job settings, and the worker's fetch watchdog (ADR 0003). */
  queue: {
    lockDurationMs: number;
    lockRenewMs: number;
    stalledIntervalMs: number;
    maxStalledCount: number;
    watchdogIntervalMs: number;
  };
  /** How long SIGTERM waits for in-flight batches before releasing them to other workers. */
  shutdownGraceMs: number;
  initiationSyncTimeoutMs: number;
  voice: { provider: 'sandbox' | 'http'; url?: string; secret?: string; timeoutMs: number };
  sms: { provider: 'sandbox' | 'http' | 'twilio'; url?: string; secret?: string; timeoutMs: number };
  twilio: { accountSid?: string; authToken?: string; baseUrl: string };
  defaultPhoneRegion: CountryCode;
  rateLimit: { perMinute: number; initiatePerMinute: number };
  metricsToken?: string;
  http: {
    /** Origins allowed by CORS: undefined = no CORS headers at all, '*' = any origin. */
    corsOrigins?: '*' | string[];
    /** Proxy hops in front of the app whose X-Forwarded-For is trusted (client IP for rate limits). */
    trustProxy: number;
    headersTimeoutMs: number;
    requestTimeoutMs: number;
  };
}

export interface HostPort {
  host: string;
  port: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** `host:port,…` (the port defaulting to `defaultPort` where it may be left out). */
function hostPorts(value: string | undefined, defaultPort: number): HostPort[] {
  if (!value) return [];
  return value.split(',').map((item) => {
    const [host, port] = item.trim().split(':');
    return { host, port: port === undefined ? defaultPort : Number(port) };
  });
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}

/**
 * Validates the environment (unset and empty variables take their defaults) and returns the
 * typed config. Throws ConfigError naming every bad variable.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const given: Record<string, string> = {};
  for (const key of KNOWN) {
    const value = env[key];
    if (value !== undefined && value !== '') given[key] = value;
  }

  const parsed = plainToInstance(EnvSchema, given);
  const problems = messages(validateSync(parsed, { forbidUnknownValues: true }));
  if (!isSupportedCountry(parsed.DEFAULT_PHONE_REGION)) {
    problems.push(`DEFAULT_PHONE_REGION "${parsed.DEFAULT_PHONE_REGION}" is not a known region`);
  }
  if (parsed.VOICE_PROVIDER === 'http' && !parsed.VOICE_RUNNER_URL) {
    problems.push('VOICE_RUNNER_URL is required when VOICE_PROVIDER=http');
  }
  if (parsed.SMS_PROVIDER === 'http' && !parsed.SMS_GATEWAY_URL) {
    problems.push('SMS_GATEWAY_URL is required when SMS_PROVIDER=http');
  }
  if (parsed.SMS_PROVIDER === 'twilio' && !(parsed.TWILIO_ACCOUNT_SID && parsed.TWILIO_AUTH_TOKEN)) {
    problems.push('TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are required when SMS_PROVIDER=twilio');
  }
  if (parsed.REDIS_CLUSTER_NODES && parsed.REDIS_SENTINELS) {
    problems.push('REDIS_CLUSTER_NODES and REDIS_SENTINELS are alternatives: set one of them');
  }
  const badPort = (list: HostPort[]) => list.some((h) => h.port < 1 || h.port > 65535);
  if (badPort(hostPorts(parsed.REDIS_CLUSTER_NODES, 6379)) || badPort(hostPorts(parsed.REDIS_SENTINELS, 26379))) {
    problems.push('REDIS_CLUSTER_NODES and REDIS_SENTINELS ports must be 1-65535');
  }
  if (badPort(hostPorts(parsed.DB_READ_HOSTS, parsed.DB_PORT))) problems.push('DB_READ_HOSTS ports must be 1-65535');
  if (parsed.QUEUE_LOCK_RENEW_MS >= parsed.QUEUE_LOCK_DURATION_MS) {
    problems.push(
      'QUEUE_LOCK_RENEW_MS must be less than QUEUE_LOCK_DURATION_MS (a lock must be renewed before it lapses)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port: parsed.PORT,
    role: parsed.APP_ROLE,
    logLevel: parsed.LOG_LEVEL,
    db: {
      type: parsed.DB_TYPE,
      host: parsed.DB_HOST,
      port: parsed.DB_PORT,
      user: parsed.DB_USER,
      password: parsed.DB_PASSWORD,
      name: parsed.DB_NAME,
      poolSize: parsed.DB_POOL_SIZE,
      readHosts: hostPorts(parsed.DB_READ_HOSTS, parsed.DB_PORT),
      readMaxLagS: parsed.DB_READ_MAX_LAG_S,
    },
    redis: {
      host: parsed.REDIS_HOST,
      port: parsed.REDIS_PORT,
      password: parsed.REDIS_PASSWORD,
      ...(parsed.REDIS_CLUSTER_NODES && { clusterNodes: hostPorts(parsed.REDIS_CLUSTER_NODES, 6379) }),
      ...(parsed.REDIS_SENTINELS && { sentinels: hostPorts(parsed.REDIS_SENTINELS, 26379) }),
      sentinelName: parsed.REDIS_SENTINEL_NAME,
    },
    queuePrefix: parsed.QUEUE_PREFIX,
    adminApiToken: parsed.ADMIN_API_TOKEN,
    queueBoardReadOnly: parsed.QUEUE_BOARD_READ_ONLY === 'true',
    batchSize: parsed.BATCH_SIZE,
    selectionChunkSize: parsed.SELECTION_CHUNK_SIZE,
    dispatch: {
      attempts: parsed.DISPATCH_ATTEMPTS,
      concurrency: parsed.DISPATCH_CONCURRENCY,
      backoffMs: parsed.DISPATCH_BACKOFF_MS,
    },
    recovery: { intervalMs: parsed.RECOVERY_INTERVAL_MS, graceMs: parsed.RECOVERY_GRACE_MS },
    followUpMinDelayS: parsed.FOLLOW_UP_MIN_DELAY_S,
    outcomes: {
      callTimeoutS: parsed.CALL_OUTCOME_TIMEOUT_S,
      smsTimeoutS: parsed.SMS_OUTCOME_TIMEOUT_S,
      sweepIntervalMs: parsed.OUTCOME_SWEEP_INTERVAL_MS,
    },
    webhooks: {
      timeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
      retryScheduleS: parsed.WEBHOOK_RETRY_SCHEDULE_S.split(',').map((v) => Number(v.trim())),
      allowPrivateUrls: parsed.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
      sweepIntervalMs: parsed.WEBHOOK_SWEEP_INTERVAL_MS,
    },
    publicBaseUrl: parsed.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    queue: {
      lockDurationMs: parsed.QUEUE_LOCK_DURATION_MS,
      lockRenewMs: parsed.QUEUE_LOCK_RENEW_MS,
      stalledIntervalMs: parsed.QUEUE_STALLED_INTERVAL_MS,
      maxStalledCount: parsed.QUEUE_MAX_STALLED_COUNT,
      watchdogIntervalMs: parsed.QUEUE_WATCHDOG_INTERVAL_MS,
    },
    shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS,
    initiationSyncTimeoutMs: parsed.INITIATION_SYNC_TIMEOUT_MS,
    voice: {
      provider: parsed.VOICE_PROVIDER,
      url: parsed.VOICE_RUNNER_URL,
      secret: parsed.VOICE_RUNNER_SECRET,
      timeoutMs: parsed.VOICE_RUNNER_TIMEOUT_MS,
    },
    sms: {
      provider: parsed.SMS_PROVIDER,
      url: parsed.SMS_GATEWAY_URL,
      secret: parsed.SMS_GATEWAY_SECRET,
      timeoutMs: parsed.SMS_GATEWAY_TIMEOUT_MS,
    },
    twilio: {
      accountSid: parsed.TWILIO_ACCOUNT_SID,
      authToken: parsed.TWILIO_AUTH_TOKEN,
      baseUrl: parsed.TWILIO_BASE_URL,
    },
    defaultPhoneRegion: parsed.DEFAULT_PHONE_REGION as CountryCode,
    rateLimit: {
      perMinute: parsed.RATE_LIMIT_PER_MINUTE,
      initiatePerMinute: parsed.INITIATE_RATE_LIMIT_PER_MINUTE,
    },
    metricsToken: parsed.METRICS_TOKEN,
    http: {
      corsOrigins: corsOrigins(parsed.CORS_ORIGINS),
      trustProxy: parsed.TRUST_PROXY,
      headersTimeoutMs: parsed.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: parsed.HTTP_REQUEST_TIMEOUT_MS,
    },
  };
}

function corsOrigins(value: string | undefined): '*' | string[] | undefined {
  if (value === undefined) return undefined;
  return value === '*' ? '*' : value.split(',').map((origin) => origin.trim().replace(/\/+$/, ''));
}

/** Variables without a default: class fields without an initializer are not own keys. */
const OPTIONAL = [
  'REDIS_PASSWORD',
  'REDIS_CLUSTER_NODES',
  'REDIS_SENTINELS',
  'DB_READ_HOSTS',
  'ADMIN_API_TOKEN',
  'VOICE_RUNNER_URL',
  'VOICE_RUNNER_SECRET',
  'SMS_GATEWAY_URL',
  'SMS_GATEWAY_SECRET',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'PUBLIC_BASE_URL',
  'METRICS_TOKEN',
  'CORS_ORIGINS',
];
const KNOWN = new Set([...Object.keys(new EnvSchema()), ...OPTIONAL]);

/** Every variable the process reads (deployment files are checked against it). */
export const ENV_VARIABLES: readonly string[] = [...KNOWN];
