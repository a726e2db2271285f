import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Campaign } from '../campaigns/campaign.entity';
import { ContactPolicyRecord } from './contact-policy.entity';
import { ContactPolicy, ContactPolicyPatch, effectivePolicy, mergePolicy } from './policy';

/** A validated DTO as plain data: no class prototypes, no `undefined` keys. */
export const plainPatch = (patch: object): ContactPolicyPatch =>
  JSON.parse(JSON.stringify(patch)) as ContactPolicyPatch;

@Injectable()
export class ContactPolicyService {
  constructor(private readonly dataSource: DataSource) {}

  private async stored(organizationId: string): Promise<ContactPolicyPatch> {
    const row = await this.dataSource.getRepository(ContactPolicyRecord).findOneBy({ organizationId });
    return row?.policy ?? {};
  }

  /** The organization's policy: the defaults with its changes. */
  async get(organizationId: string): Promise<ContactPolicy> {
    return effectivePolicy(await this.stored(organizationId), {});
  }

  /**
   * The policy in force for one campaign: its `contactPolicy` over the organization's, and as
   * local-time fallback the campaign's own zone (unless its overrides name another).
   */
  async forCampaign(campaign: Pick<Campaign, 'organizationId' | 'contactPolicy' | 'timezone'>): Promise<ContactPolicy> {
    const policy = effectivePolicy(await this.stored(campaign.organizationId), campaign.contactPolicy);
    return { ...policy, timezone: campaign.contactPolicy?.timezone ?? campaign.timezone };
  }

  /** Partial update: the parts given replace those stored, the rest keep their value. */
  async update(organizationId: string, patch: object): Promise<ContactPolicy> {
    return this.dataSource.transaction(async (manager) => {
      // The row lock makes two concurrent updates merge one after the other, not overwrite.
      await manager.query("INSERT IGNORE INTO contact_policies (organization_id, policy) VALUES (?, '{}')", [
        organizationId,
      ]);
      const [row] = await manager.query<Array<{ policy: string }>>(
        'SELECT policy FROM contact_policies WHERE organization_id = ? FOR UPDATE',
        [organizationId],
      );
      const merged = mergePolicy(JSON.parse(row.policy) as ContactPolicyPatch, plainPatch(patch));
      await manager.query('UPDATE contact_policies SET policy = ? WHERE organization_id = ?', [
        JSON.stringify(merged),
        organizationId,
      ]);
      return effectivePolicy(merged, {});
    });
  }
}
