import { loadConfig, AppConfig } from '../../src/config/app-config';

/**
 * The environment of the test run: a database and a Bull key prefix of its own, created by
 * global-setup and dropped by global-teardown. Never the development database.
 */
export function testEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const dbName = process.env.OUTREACH_TEST_DB;
  const prefix = process.env.OUTREACH_TEST_QUEUE_PREFIX;
  if (!dbName || !prefix) throw new Error('test/support/global-setup.ts did not run');
  return {
    DB_TYPE: process.env.OUTREACH_TEST_DB_TYPE ?? 'auto',
    DB_HOST: process.env.TEST_DB_HOST ?? '127.0.0.1',
    DB_PORT: process.env.TEST_DB_PORT ?? '3306',
    DB_USER: process.env.TEST_DB_USER ?? 'root',
    DB_PASSWORD: process.env.TEST_DB_PASSWORD ?? '',
    DB_NAME: dbName,
    DB_POOL_SIZE: '5',
    REDIS_HOST: process.env.TEST_REDIS_HOST ?? '127.0.0.1',
    REDIS_PORT: process.env.TEST_REDIS_PORT ?? '6379',
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    // Specs share keys across many requests; the rate-limit spec sets small limits of its own.
    RATE_LIMIT_PER_MINUTE: '1000000',
    INITIATE_RATE_LIMIT_PER_MINUTE: '1000000',
    // No outcome sweep on a timer: specs share one database, and a sweep at one spec's clock would
    // expire another's attempts. The sweep's specs call sweep() themselves.
    OUTCOME_SWEEP_INTERVAL_MS: '3600000',
    // Nor a webhook sweep: the webhooks' specs call sweep() at their own clock, in their own database.
    WEBHOOK_SWEEP_INTERVAL_MS: '3600000',
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig(testEnv(overrides));
}
