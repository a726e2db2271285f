import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors';
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
}

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly clock: Clock,
  ) {}

  async issue(organizationId: string): Promise<IssuedKey> {
    if (!(await this.orgs.existsBy({ id: organizationId }))) throw notFound('Organization');
    const generated = generateKey();
    const id = newId('key');
    await this.keys.insert({ id, organizationId, prefix: generated.prefix, hash: generated.hash });
    return { id, apiKey: generated.key };
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
      select: { id: true, organizationId: true, hash: true, revokedAt: true, expiresAt: true },
      where: { prefix },
    });
    if (!row || !hashesEqual(row.hash, hashKey(presented))) return undefined;
    const now = this.clock.now();
    if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined;
    return { organizationId: row.organizationId, apiKeyId: row.id };
  }
}
