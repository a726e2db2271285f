import type { DataSourceOptions } from 'typeorm';
import type { MysqlConnectionOptions } from 'typeorm/driver/mysql/MysqlConnectionOptions';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * With DB_READ_HOSTS, TypeORM's replication: the primary as `master`, the replicas as `slaves`, and
 * `defaultMode: 'master'`. TypeORM 0.3.31 sends a read to a slave only through a query runner made in
 * 'slave' mode: `DataSource.query` and the managers' and repositories' own runners are made with
 * `createQueryRunner()` (mode 'master'), and a SelectQueryBuilder without a runner — every `find*`,
 * `findAndCount`, `count` — asks `defaultReplicationModeForReads()`, which returns `defaultMode`
 * ('slave' when it is left out). So with 'master' nothing reads a replica unless it is asked to, and
 * the reads that may lag ask `ReplicaReads` (read-replicas.ts), which checks each replica's lag first.
 * The replicas' pools here are mysql2's PoolCluster, made lazily: no connection to them is opened
 * by this data source unless something asks for 'slave' mode, so a replica down at boot is not fatal.
 */
function hosts(config: AppConfig): Pick<MysqlConnectionOptions, 'host' | 'port' | 'replication'> {
  const credentials = { username: config.db.user, password: config.db.password, database: config.db.name };
  if (config.db.readHosts.length === 0) return { host: config.db.host, port: config.db.port };
  return {
    replication: {
      master: { host: config.db.host, port: config.db.port, ...credentials },
      slaves: config.db.readHosts.map((h) => ({ host: h.host, port: h.port, ...credentials })),
      defaultMode: 'master',
    },
  };
}

/** The one data source definition, shared by the app, the CLI, the tests and ormconfig.ts. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    // TypeORM reads MariaDB's catalogue differently; `auto` is resolved at boot (resolveDatabaseType).
    type: config.db.type === 'mariadb' ? 'mariadb' : 'mysql',
    ...hosts(config),
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
