import { DataSource } from 'typeorm';
import type { MysqlConnectionOptions } from 'typeorm/driver/mysql/MysqlConnectionOptions';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

const config = (env: Record<string, string> = {}) =>
  loadConfig({
    DB_HOST: 'primary.db',
    DB_PORT: '3307',
    DB_USER: 'app',
    DB_PASSWORD: 'pw',
    DB_NAME: 'outreach',
    ...env,
  });

describe('dataSourceOptions', () => {
  it('without DB_READ_HOSTS: the primary alone, no replication', () => {
    const options = dataSourceOptions(config()) as MysqlConnectionOptions;
    expect(options).toMatchObject({ host: 'primary.db', port: 3307, username: 'app', database: 'outreach' });
    expect(options.replication).toBeUndefined();
    expect(new DataSource(options).defaultReplicationModeForReads()).toBe('slave');
  });

  it("with DB_READ_HOSTS: still the primary alone (the replicas are ReplicaReads' own data sources)", () => {
    const options = dataSourceOptions(config({ DB_READ_HOSTS: 'r1.db,r2.db:3310' })) as MysqlConnectionOptions;
    expect(options).toMatchObject({ host: 'primary.db', port: 3307, username: 'app', database: 'outreach' });
    // No mysql2 PoolCluster, which would drop the primary for good after 5 failed connections.
    expect(options.replication).toBeUndefined();
    expect(options).toEqual(dataSourceOptions(config()));
  });
});
