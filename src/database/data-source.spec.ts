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

  it("with DB_READ_HOSTS: the replicas as slaves, with the primary's credentials; reads default to the primary", () => {
    const options = dataSourceOptions(config({ DB_READ_HOSTS: 'r1.db,r2.db:3310' })) as MysqlConnectionOptions;
    const credentials = { username: 'app', password: 'pw', database: 'outreach' };
    expect(options.replication).toEqual({
      master: { host: 'primary.db', port: 3307, ...credentials },
      slaves: [
        { host: 'r1.db', port: 3307, ...credentials },
        { host: 'r2.db', port: 3310, ...credentials },
      ],
      defaultMode: 'master',
    });
    // What every find/findAndCount/count without a runner of its own asks (SelectQueryBuilder).
    expect(new DataSource(options).defaultReplicationModeForReads()).toBe('master');
  });
});
