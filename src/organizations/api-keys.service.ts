import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors';
import { newId } from '../common/ids';
import { ApiKey } from './api-key.entity';
import { generateKey, hashesEqual, hashKey, parsePrefix } from './api-key.codec';
import { Organization } from './organization.entity';

export interface Principal {
  organizationId: string;
  apiKeyId: string;
}

export interface IssuedKey {
  id: string;
  apiKey: string;
  expiresAt: string | null;
}

/**
 * `last_used_at` is written at most once per this interval per key: a write on every request would
 * put an UPDATE (and a row lock every request of that key contends for) on the hot path of every
 * route. The conditional UPDATE also keeps several processes from writing it more than once.
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly clock: Clock,
  ) {}

  /** A new key; with `expiresAt` it stops working at that instant (which must be in the future). */
  async issue(organizationId: string, expiresAt?: Date): Promise<IssuedKey> {
    if (!(await this.orgs.existsBy({ id: organizationId }))) throw notFound('Organization');
    if (expiresAt && expiresAt <= this.clock.now()) {
      throw new DomainError('VALIDATION', 'Validation failed', {}, ['expiresAt must be in the future']);
    }
    const generated = generateKey();
    const id = newId('key');
    await this.keys.insert({
      id,
      organizationId,
      prefix: generated.prefix,
      hash: generated.hash,
      expiresAt: expiresAt ?? null,
    });
    return { id, apiKey: generated.key, expiresAt: expiresAt?.toISOString() ?? null };
  }

  /** Revocation takes effect at once: every request looks its key up again. */
  async revoke(keyId: string): Promise<void> {
    const result = await this.keys.update({ id: keyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    if (!result.affected && !(await this.keys.existsBy({ id: keyId }))) throw notFound('API key');
  }

  async list(organizationId: string): Promise<ApiKey[]> {
    if (!(await this.orgs.existsBy({ id: organizationId }))) throw notFound('Organization');
    return this.keys.find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The principal a presented key stands for, or undefined for any unknown, revoked or expired key. */
  async verify(presented: string): Promise<Principal | undefined> {
    const prefix = parsePrefix(presented);
    if (!prefix) return undefined;
    const row = await this.keys.findOne({
      select: { id: true, organizationId: true, hash: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
      where: { prefix },
    });
    if (!row || !hashesEqual(row.hash, hashKey(presented))) return undefined;
    const now = this.clock.now();
    if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.touch(row.id, now);
    }
    return { organizationId: row.organizationId, apiKeyId: row.id };
  }

  /** Records use, unless another request (or process) did within the resolution. */
  private async touch(keyId: string, now: Date): Promise<void> {
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: now })
      .where('id = :keyId', { keyId })
      .andWhere('(last_used_at IS NULL OR last_used_at < :stale)', { stale })
      .execute();
  }
}
