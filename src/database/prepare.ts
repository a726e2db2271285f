import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

const MIGRATION_LOCK = 'outreach_migrations';

/**
 * CREATE DATABASE IF NOT EXISTS (the name is validated by the config schema), and the server's
 * flavour when DB_TYPE=auto. Returns the config with a concrete `db.type`.
 */
export async function ensureDatabase(config: AppConfig): Promise<AppConfig> {
  const connection = await createConnection({
    host: config.db.host,
    port: config.db.port,
    user: config.db.user,
    password: config.db.password,
    connectTimeout: 5000,
  });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${config.db.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    if (config.db.type !== 'auto') return config;
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as Array<{ version: string }>)[0].version);
    return { ...config, db: { ...config.db, type: /mariadb/i.test(version) ? 'mariadb' : 'mysql' } };
  } finally {
    await connection.end();
  }
}

/**
 * Creates the database if missing, resolves DB_TYPE=auto, and runs pending migrations under a named lock, so an API
 * process and several workers starting at once do not race each other's DDL.
 */
export async function prepareDatabase(given: AppConfig): Promise<{ config: AppConfig; applied: string[] }> {
  const config = await ensureDatabase(given);
  const dataSource = new DataSource(dataSourceOptions({ ...config, db: { ...config.db, poolSize: 2 } }));
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT GET_LOCK(?, 120) AS locked', [MIGRATION_LOCK])) as Array<{
        locked: number | string | null;
      }>;
      if (Number(locked) !== 1) throw new Error('Timed out waiting for the migration lock');
      try {
        // The lock is held by this runner's session; the migrations use the pool's other connection.
        const migrations = await dataSource.runMigrations({ transaction: 'each' });
        return { config, applied: migrations.map((m) => m.name) };
      } finally {
        await runner.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
      }
    } finally {
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
