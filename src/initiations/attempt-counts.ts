import type { DataSource } from 'typeorm';
import type { AttemptStatus } from './attempt.entity';

/** How many attempts of an initiation (or of one of its batches) are in each status. */
export async function attemptCounts(
  dataSource: DataSource,
  initiationId: string,
  batch?: number,
): Promise<(status: AttemptStatus) => number> {
  const rows = await dataSource.query<Array<{ status: string; n: string }>>(
    `SELECT status, COUNT(*) AS n FROM attempts WHERE initiation_id = ?${batch === undefined ? '' : ' AND batch = ?'} GROUP BY status`,
    batch === undefined ? [initiationId] : [initiationId, batch],
  );
  return (status) => Number(rows.find((r) => r.status === status)?.n ?? 0);
}
