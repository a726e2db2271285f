import type { Connection } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';

export interface Floor {
  insertSeconds: number;
  updateSeconds: number;
  seconds: number;
  rows: number;
}

/**
 * The database's own floor for the writes of an initiation, on the same server and data: one
 * INSERT … SELECT of the attempt rows (the selection's SQL: same columns, batch numbering and
 * random attempt ids) into a scratch copy of `attempts` with the same indexes, then one UPDATE
 * of all their outcomes (status and provider reference), as the workers write them.
 */
export async function measureFloor(
  db: Connection,
  scope: { organizationId: string; campaignId: string },
  batchSize: number,
): Promise<Floor> {
  await db.query('DROP TABLE IF EXISTS floor_attempts');
  await db.query('CREATE TABLE floor_attempts LIKE attempts');
  try {
    const t0 = performance.now();
    const [inserted] = await db.query(
      'INSERT INTO floor_attempts (attempt_id, initiation_id, organization_id, campaign_id, channel, customer_row_id, external_id, phone, batch, status) ' +
        "SELECT CONCAT('att_', LOWER(HEX(RANDOM_BYTES(12)))), 'init_floor', ?, ?, 'calls', s.id, s.external_id, s.phone_number, " +
        "FLOOR((ROW_NUMBER() OVER (ORDER BY s.id) - 1) / ?) + 1, 'queued' " +
        'FROM (SELECT c.id, c.external_id, c.phone_number FROM customers c WHERE c.campaign_id = ? AND c.organization_id = ? ORDER BY c.id LIMIT 18446744073709551615) s',
      [scope.organizationId, scope.campaignId, batchSize, scope.campaignId, scope.organizationId],
    );
    const t1 = performance.now();
    await db.query(
      "UPDATE floor_attempts SET status = 'initiated', reason = NULL, provider_ref = CONCAT('call-', attempt_id) WHERE initiation_id = 'init_floor' AND status = 'queued'",
    );
    const t2 = performance.now();
    return {
      insertSeconds: (t1 - t0) / 1000,
      updateSeconds: (t2 - t1) / 1000,
      seconds: (t2 - t0) / 1000,
      rows: (inserted as { affectedRows: number }).affectedRows,
    };
  } finally {
    await db.query('DROP TABLE IF EXISTS floor_attempts');
  }
}
