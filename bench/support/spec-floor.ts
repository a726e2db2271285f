import { ConnectionOptions, createConnection } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';

export interface SpecFloor {
  /** The scratch database it ran in (dropped at the end). */
  database: string;
  rows: number;
  /** `INSERT INTO floor_t … SELECT … FROM seq_1_to_N`, s. */
  insertSeconds: number;
  /** `UPDATE floor_t SET status = 'initiated'`, s. */
  updateSeconds: number;
  seconds: number;
}

/** The scratch database of SPEC §5's floor for this process (also dropped by the bench's cleanup). */
export const specFloorDatabase = (): string => `outreach_floor_${process.pid}`;

/**
 * The floor exactly as SPEC §5 defines it, independent of the product's schema: in a scratch
 * database, a narrow table with one unique key, one `INSERT … SELECT` of N rows from MariaDB's
 * sequence engine (batch numbers of 500), then one `UPDATE` of every row's status. Each step
 * timed once, on its own connection; the database is dropped whatever happens.
 */
export async function measureSpecFloor(options: ConnectionOptions, n: number): Promise<SpecFloor> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`the floor needs a positive row count: ${n}`);
  const database = specFloorDatabase();
  const db = await createConnection({ ...options, database: undefined });
  try {
    await db.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await db.query(`CREATE DATABASE \`${database}\``);
    await db.query(`USE \`${database}\``);
    await db.query(
      'CREATE TABLE floor_t (id BIGINT AUTO_INCREMENT PRIMARY KEY, initiation_id BIGINT, customer_id BIGINT, ' +
        'batch INT, status VARCHAR(16), UNIQUE(initiation_id, customer_id))',
    );
    const t0 = performance.now();
    const [inserted] = await db.query(
      `INSERT INTO floor_t (initiation_id, customer_id, batch, status) SELECT 1, seq, 1 + (seq - 1) DIV 500, 'queued' FROM seq_1_to_${n}`,
    );
    const t1 = performance.now();
    await db.query("UPDATE floor_t SET status = 'initiated'");
    const t2 = performance.now();
    const rows = (inserted as { affectedRows: number }).affectedRows;
    if (rows !== n) throw new Error(`the floor inserted ${rows} rows of ${n}`);
    return {
      database,
      rows,
      insertSeconds: (t1 - t0) / 1000,
      updateSeconds: (t2 - t1) / 1000,
      seconds: (t2 - t0) / 1000,
    };
  } finally {
    try {
      await db.query(`DROP DATABASE IF EXISTS \`${database}\``);
    } finally {
      await db.end();
    }
  }
}
