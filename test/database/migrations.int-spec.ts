import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { prepareDatabase } from '../../src/database/prepare';
import { testConfig } from '../support/env';

describe('migrations', () => {
  it('leave no difference between the entities and the migrated schema', async () => {
    const dataSource = new DataSource(dataSourceOptions(testConfig()));
    await dataSource.initialize();
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('are idempotent: running them again applies nothing', async () => {
    expect((await prepareDatabase(testConfig())).applied).toEqual([]);
  });
});
