import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT: the transaction was rolled back whole and may simply
 * run again. ER_AUTOINC_READ_FAILED (1467) is how InnoDB reports a deadlock or timeout on the table's
 * AUTO-INC lock, which an `INSERT … SELECT` holds for its whole statement.
 */
const RETRYABLE = new Set([1213, 1205, 1467]);

export function isRetryableLockError(error: unknown): boolean {
  const errno = (error as QueryFailedError & { driverError?: { errno?: number } }).driverError?.errno;
  return error instanceof QueryFailedError && errno !== undefined && RETRYABLE.has(errno);
}

/**
 * A transaction that is run again when InnoDB picks it as a deadlock victim (concurrent bulk
 * writes into the same indexes do that now and then). The work must be safe to repeat: ours are
 * upserts and inserts of new rows.
 */
export async function transactionWithRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  tries = 4,
  isolation?: IsolationLevel,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (isolation ? dataSource.transaction(isolation, work) : dataSource.transaction(work));
    } catch (error) {
      if (attempt >= tries || !isRetryableLockError(error)) throw error;
      await sleep(20 * attempt + Math.floor(Math.random() * 30));
    }
  }
}
