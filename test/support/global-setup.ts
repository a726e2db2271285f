import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../../src/database/prepare';
import { testConfig } from './env';

/** One throwaway database per run, migrated exactly as production is (no synchronize). */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  process.env.OUTREACH_TEST_DB = `outreach_test_${run}`;
  process.env.OUTREACH_TEST_QUEUE_PREFIX = `outreach_test_${run}`;
  const { config } = await prepareDatabase(testConfig());
  process.env.OUTREACH_TEST_DB_TYPE = config.db.type;
}
