import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '../common/ids';
import { ApiKey } from './api-key.entity';
import { generateKey } from './api-key.codec';
import { Organization } from './organization.entity';

export interface CreatedOrganization {
  id: string;
  name: string;
  apiKey: string;
  apiKeyId: string;
}

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the organization and its first API key together: one without the other is useless. */
  async create(name: string): Promise<CreatedOrganization> {
    const id = newId('org');
    const apiKeyId = newId('key');
    const key = generateKey();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Organization, { id, name });
      await manager.insert(ApiKey, { id: apiKeyId, organizationId: id, prefix: key.prefix, hash: key.hash });
    });
    return { id, name, apiKey: key.key, apiKeyId };
  }
}
