import { QueryFailedError } from 'typeorm';
import { DomainError } from '../common/errors';

/** Whether a failed statement broke the named unique index (ER_DUP_ENTRY). */
export function brokeUniqueIndex(error: unknown, index: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { errno?: number; code?: string; sqlMessage?: string };
  const duplicate = driver.errno === 1062 || driver.code === 'ER_DUP_ENTRY';
  return duplicate && (driver.sqlMessage ?? '').includes(index);
}

/**
 * Runs a write whose uniqueness the index decides (a read-then-insert check would race) and turns
 * a clash on that index into a 409 with `message`.
 */
export async function conflictOn<T>(index: string, message: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (brokeUniqueIndex(error, index)) throw new DomainError('CONFLICT', message);
    throw error;
  }
}
