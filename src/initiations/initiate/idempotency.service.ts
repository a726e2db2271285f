import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainError, validationFailed } from '../../common/errors';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type IdempotencyClaim = { kind: 'new' } | { kind: 'replay'; initiationId: string };

/** A stable hash of what makes two requests "the same". */
export function requestHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * `Idempotency-Key` on the initiate routes: the first request with a key claims it (a unique row);
 * a repeat with the same body within 24 h replays the first report and dispatches nothing; another
 * body → 422; a repeat while the first still runs → 409.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  static validKey(key: string): boolean {
    return KEY_PATTERN.test(key);
  }

  async claim(organizationId: string, key: string, hash: string): Promise<IdempotencyClaim> {
    if (!IdempotencyService.validKey(key))
      throw validationFailed(['Idempotency-Key must be 1-255 visible ASCII characters']);
    const now = this.clock.now();
    for (let tries = 0; tries < 2; tries++) {
      const inserted = await this.dataSource.query<{ affectedRows: number }>(
        'INSERT IGNORE INTO idempotency_keys (organization_id, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)',
        [organizationId, key, hash, now],
      );
      if (inserted.affectedRows === 1) return { kind: 'new' };
      const [row] = await this.dataSource.query<
        Array<{ request_hash: string; initiation_id: string | null; created_at: Date }>
      >(
        'SELECT request_hash, initiation_id, created_at FROM idempotency_keys WHERE organization_id = ? AND idem_key = ?',
        [organizationId, key],
      );
      if (!row) continue;
      if (now.getTime() - new Date(row.created_at).getTime() >= IDEMPOTENCY_TTL_MS) {
        // Only the expired row: a concurrent request may already have claimed the key afresh.
        await this.dataSource.query(
          'DELETE FROM idempotency_keys WHERE organization_id = ? AND idem_key = ? AND created_at = ?',
          [organizationId, key, row.created_at],
        );
        continue;
      }
      if (row.request_hash !== hash) {
        throw new DomainError('UNPROCESSABLE', 'Idempotency-Key was already used with a different request');
      }
      if (!row.initiation_id)
        throw new DomainError('CONFLICT', 'A request with this Idempotency-Key is still in progress');
      return { kind: 'replay', initiationId: row.initiation_id };
    }
    throw new DomainError('CONFLICT', 'A request with this Idempotency-Key is still in progress');
  }

  async attach(organizationId: string, key: string, initiationId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE idempotency_keys SET initiation_id = ? WHERE organization_id = ? AND idem_key = ?',
      [initiationId, organizationId, key],
    );
  }

  /** Frees a key whose request failed before it created anything, so the client may retry. */
  async release(organizationId: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM idempotency_keys WHERE organization_id = ? AND idem_key = ?', [
      organizationId,
      key,
    ]);
  }
}
