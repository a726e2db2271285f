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

/**
 * The batches of an initiation that still have an open attempt, in order: one dive per batch into
 * (initiation_id, status, batch) — a loose index scan — never a read of every open attempt.
 */
export async function openBatches(dataSource: DataSource, initiationId: string): Promise<number[]> {
  const batches = new Set<number>();
  for (const status of ['queued', 'sending'] as const) {
    const rows = await dataSource.query<Array<{ batch: number }>>(
      'SELECT batch FROM attempts WHERE initiation_id = ? AND status = ? GROUP BY batch',
      [initiationId, status],
    );
    for (const r of rows) batches.add(Number(r.batch));
  }
  return [...batches].sort((x, y) => x - y);
}
