import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one data source definition, shared by the app, the CLI, the tests and ormconfig.ts. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    // TypeORM reads MariaDB's catalogue differently; `auto` is resolved at boot (resolveDatabaseType).
    type: config.db.type === 'mariadb' ? 'mariadb' : 'mysql',
    // The primary alone, with or without DB_READ_HOSTS. Not TypeORM's `replication`: it makes the
    // primary a node of a mysql2 PoolCluster, which drops a node for good after 5 failed connections
    // (`removeNodeErrorCount`, `restoreNodeTimeout` 0) — one restart of the primary would leave the
    // process without a database until it restarted. The replicas are ReplicaReads' (read-replicas.ts):
    // a small data source each, used only once its lag was checked.
    host: config.db.host,
    port: config.db.port,
    username: config.db.user,
    password: config.db.password,
    database: config.db.name,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    charset: 'utf8mb4_unicode_ci',
    // Every DATETIME is UTC, whatever the server's or the machine's zone.
    timezone: 'Z',
    poolSize: config.db.poolSize,
    supportBigNumbers: true,
    bigNumberStrings: true,
    // DATE columns stay 'YYYY-MM-DD' strings: no time zone can shift a due date.
    dateStrings: ['DATE'],
    connectTimeout: 5000,
    extra: { enableKeepAlive: true },
  };
}
