import type { DataSource } from 'typeorm';
import { AttemptStatus, OPEN_STATUSES } from './attempt.entity';

/** How many attempts of an initiation are in each status (a full count: only when it ends). */
export async function attemptCounts(
  dataSource: DataSource,
  initiationId: string,
): Promise<(status: AttemptStatus) => number> {
  const rows = await dataSource.query<Array<{ status: string; n: string }>>(
    'SELECT status, COUNT(*) AS n FROM attempts WHERE initiation_id = ? GROUP BY status',
    [initiationId],
  );
  return (status) => Number(rows.find((r) => r.status === status)?.n ?? 0);
}

/**
 * The batches of an initiation that still have an open attempt, in order: one dive per batch into
 * (initiation_id, status, batch) — a loose index scan, "Using index for group-by", which MariaDB
 * picks only when the GROUP BY names the whole index prefix — never a read of every open attempt.
 */
export async function openBatches(dataSource: DataSource, initiationId: string): Promise<number[]> {
  const rows = await dataSource.query<Array<{ batch: number }>>(
    `SELECT batch FROM attempts WHERE initiation_id = ? AND status IN ${OPEN_STATUSES} GROUP BY initiation_id, status, batch`,
    [initiationId],
  );
  return [...new Set(rows.map((r) => Number(r.batch)))].sort((x, y) => x - y);
}
