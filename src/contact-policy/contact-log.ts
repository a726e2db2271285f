import type { EntityManager } from 'typeorm';
import type { PolicyChannel } from './policy';

/**
 * Records contacts made (what attempt caps count), inside the caller's transaction: the pipeline
 * writes an accepted outcome and its contact together, so a cap never misses or double-counts one.
 */
export async function recordContacts(
  manager: Pick<EntityManager, 'query'>,
  organizationId: string,
  channel: PolicyChannel,
  phones: string[],
  at: Date,
): Promise<void> {
  if (phones.length === 0) return;
  await manager.query('INSERT INTO contact_log (organization_id, channel, phone, contacted_at) VALUES ?', [
    phones.map((phone) => [organizationId, channel, phone, at]),
  ]);
}
