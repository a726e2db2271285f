import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Type } from 'class-transformer';

const HOST_PORT = String.raw`[A-Za-z0-9.-]{1,253}:\d{1,5}`;
const HOST_PORT_LIST = new RegExp(`^${HOST_PORT}(,${HOST_PORT})*$`);
const HOST_OPTIONAL_PORT = String.raw`[A-Za-z0-9.-]{1,253}(:\d{1,5})?`;
const HOST_OPTIONAL_PORT_LIST = new RegExp(`^${HOST_OPTIONAL_PORT}(,${HOST_OPTIONAL_PORT})*$`);

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * The environment as the process receives it. Every variable of SPEC §1 is declared here with
 * its default; `loadConfig` validates it once at boot and turns it into `AppConfig`.
 */
export class EnvSchema {
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @IsIn(['api', 'worker', 'all']) APP_ROLE: 'api' | 'worker' | 'all' = 'all';
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';

  @IsIn(['auto', 'mysql', 'mariadb']) DB_TYPE: 'auto' | 'mysql' | 'mariadb' = 'auto';
  @IsString() @MinLength(1) DB_HOST = '127.0.0.1';
  @Type(() => Number) @IsInt() @Min(1) @Max(65535) DB_PORT = 3306;
  @IsString() @MinLength(1) DB_USER = 'root';
  @IsString() DB_PASSWORD = '';
  @Matches(/^[A-Za-z0-9_]{1,64}$/, { message: 'DB_NAME must be letters, digits or _ (at most 64)' })
  DB_NAME = 'outreach';
  @Type(() => Number) @IsInt() @Min(1) @Max(200) DB_POOL_SIZE = 10;
  /** Issue 21: `host[:port],…` of read replicas (same user, password and database as the primary). */
  @IsOptional()
  @Matches(HOST_OPTIONAL_PORT_LIST, { message: 'DB_READ_HOSTS must be host[:port],host[:port],…' })
  DB_READ_HOSTS?: string;
  /** A replica further behind its primary than this many seconds is skipped until it catches up. */
  @Type(() => Number) @IsInt() @Min(0) @Max(86_400) DB_READ_MAX_LAG_S = 5;

  @IsString() @MinLength(1) REDIS_HOST = '127.0.0.1';
  @Type(() => Number) @IsInt() @Min(1) @Max(65535) REDIS_PORT = 6379;
  @IsOptional() @IsString() REDIS_PASSWORD?: string;
  @Matches(/^[A-Za-z0-9_:.-]{1,64}$/, {
    message: 'QUEUE_PREFIX must be 1-64 letters, digits or _ : . -',
  })
  QUEUE_PREFIX = 'outreach';
  /** Issue 21: `host:port,…` of a Redis Cluster; every Redis use goes there, keys hash-tagged by QUEUE_PREFIX. */
  @IsOptional()
  @Matches(HOST_PORT_LIST, { message: 'REDIS_CLUSTER_NODES must be host:port,host:port,…' })
  REDIS_CLUSTER_NODES?: string;
  /** Issue 21: `host:port,…` of Redis Sentinels; REDIS_SENTINEL_NAME names the master they watch. */
  @IsOptional()
  @Matches(HOST_PORT_LIST, { message: 'REDIS_SENTINELS must be host:port,host:port,…' })
  REDIS_SENTINELS?: string;
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'REDIS_SENTINEL_NAME must be 1-64 letters, digits or _ . -' })
  REDIS_SENTINEL_NAME = 'mymaster';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_API_TOKEN must be at least 16 characters' })
  ADMIN_API_TOKEN?: string;

  /** Bull Board shows the queues but refuses every change (retry, remove, empty, pause…). */
  @IsIn(['true', 'false']) QUEUE_BOARD_READ_ONLY: 'true' | 'false' = 'true';

  @Type(() => Number) @IsInt() @Min(1) @Max(10000) BATCH_SIZE = 500;
  /** Issue 20: a selection larger than this is written in chunks of this many customers, the first batches sent meanwhile. */
  @Type(() => Number) @IsInt() @Min(10) @Max(10_000_000) SELECTION_CHUNK_SIZE = 50000;
  @Type(() => Number) @IsInt() @Min(1) @Max(20) DISPATCH_ATTEMPTS = 3;
  @Type(() => Number) @IsInt() @Min(1) @Max(64) DISPATCH_CONCURRENCY = 4;
  @Type(() => Number) @IsInt() @Min(1) @Max(600000) DISPATCH_BACKOFF_MS = 1000;
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) RECOVERY_INTERVAL_MS = 15000;
  /** SPEC §10: the shortest `retry.afterSeconds` an initiate body may ask for. */
  @Type(() => Number) @IsInt() @Min(0) @Max(604_800) FOLLOW_UP_MIN_DELAY_S = 300;
  @Type(() => Number) @IsInt() @Min(0) @Max(3_600_000) RECOVERY_GRACE_MS = 10000;
  @Type(() => Number) @IsInt() @Min(0) @Max(3_600_000) INITIATION_SYNC_TIMEOUT_MS = 120000;

  // Bull's stalled-job settings (docs/adr/0003-delivery-under-faults.md explains the numbers).
  @Type(() => Number) @IsInt() @Min(1000) @Max(600_000) QUEUE_LOCK_DURATION_MS = 15000;
  @Type(() => Number) @IsInt() @Min(100) @Max(300_000) QUEUE_LOCK_RENEW_MS = 5000;
  @Type(() => Number) @IsInt() @Min(500) @Max(600_000) QUEUE_STALLED_INTERVAL_MS = 5000;
  @Type(() => Number) @IsInt() @Min(0) @Max(100) QUEUE_MAX_STALLED_COUNT = 2;
  @Type(() => Number) @IsInt() @Min(500) @Max(600_000) QUEUE_WATCHDOG_INTERVAL_MS = 10000;
  @Type(() => Number) @IsInt() @Min(0) @Max(600_000) SHUTDOWN_GRACE_MS = 20000;

  @IsIn(['sandbox', 'http']) VOICE_PROVIDER: 'sandbox' | 'http' = 'sandbox';
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'VOICE_RUNNER_URL must be an http(s) URL' })
  VOICE_RUNNER_URL?: string;
  @IsOptional() @IsString() VOICE_RUNNER_SECRET?: string;
  @Type(() => Number) @IsInt() @Min(1) @Max(600000) VOICE_RUNNER_TIMEOUT_MS = 10000;

  @IsIn(['sandbox', 'http', 'twilio']) SMS_PROVIDER: 'sandbox' | 'http' | 'twilio' = 'sandbox';
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'SMS_GATEWAY_URL must be an http(s) URL' })
  SMS_GATEWAY_URL?: string;
  @IsOptional() @IsString() SMS_GATEWAY_SECRET?: string;
  @Type(() => Number) @IsInt() @Min(1) @Max(600000) SMS_GATEWAY_TIMEOUT_MS = 10000;

  @IsOptional() @IsString() TWILIO_ACCOUNT_SID?: string;
  @IsOptional() @IsString() TWILIO_AUTH_TOKEN?: string;
  @IsUrl(URL_OPTIONS, { message: 'TWILIO_BASE_URL must be an http(s) URL' })
  TWILIO_BASE_URL = 'https://api.twilio.com';

  /** The service's public URL, for provider callbacks (Twilio `StatusCallback`, sandbox events). */
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL?: string;
  // SPEC §9: when an open attempt is looked up at its provider, then expired.
  @Type(() => Number) @IsInt() @Min(1) @Max(2_592_000) CALL_OUTCOME_TIMEOUT_S = 7200;
  @Type(() => Number) @IsInt() @Min(1) @Max(2_592_000) SMS_OUTCOME_TIMEOUT_S = 172800;
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) OUTCOME_SWEEP_INTERVAL_MS = 60000;

  // SPEC §10, webhooks: one try's timeout, the delays (seconds) of the retries after each failed
  // try, and whether http and private/loopback addresses are allowed (local development, tests).
  @Type(() => Number) @IsInt() @Min(100) @Max(120_000) WEBHOOK_TIMEOUT_MS = 15000;
  @Matches(/^\s*\d+\s*(,\s*\d+\s*)*$/, { message: 'WEBHOOK_RETRY_SCHEDULE_S must be seconds separated by commas' })
  WEBHOOK_RETRY_SCHEDULE_S = '5,300,1800,7200,18000,36000,86400';
  @IsIn(['true', 'false']) WEBHOOK_ALLOW_PRIVATE_URLS: 'true' | 'false' = 'false';
  /** How often workers look for deliveries due (a new event's first try waits at most this long). */
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000) WEBHOOK_SWEEP_INTERVAL_MS = 2000;

  @Matches(/^[A-Z]{2}$/, { message: 'DEFAULT_PHONE_REGION must be a two-letter region code such as IN' })
  DEFAULT_PHONE_REGION = 'IN';

  @Type(() => Number) @IsInt() @Min(1) RATE_LIMIT_PER_MINUTE = 600;
  @Type(() => Number) @IsInt() @Min(1) INITIATE_RATE_LIMIT_PER_MINUTE = 30;

  @IsOptional() @IsString() @MaxLength(512) METRICS_TOKEN?: string;

  @IsOptional()
  @Matches(/^(\*|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)$/, {
    message: 'CORS_ORIGINS must be * or a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS?: string;
  @Type(() => Number) @IsInt() @Min(0) @Max(10) TRUST_PROXY = 0;
  @Type(() => Number) @IsInt() @Min(1000) @Max(600_000) HTTP_HEADERS_TIMEOUT_MS = 20000;
  @Type(() => Number) @IsInt() @Min(1000) @Max(3_600_000) HTTP_REQUEST_TIMEOUT_MS = 300000;
}
