import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';
import type { ContactPolicyPatch } from '../contact-policy/policy';
import { Organization } from '../organizations/organization.entity';

export const CAMPAIGN_TYPES = ['emi', 'edi', 'lead'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];
export const REGIONS = ['north', 'south', 'east', 'west', 'central'] as const;
export type Region = (typeof REGIONS)[number];
export const CAMPAIGN_STATUSES = ['active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Collection campaigns identify customers by loan_id, lead campaigns by lead_id. */
export const idFieldOf = (type: CampaignType): 'loan_id' | 'lead_id' => (type === 'lead' ? 'lead_id' : 'loan_id');

@Entity('campaigns')
@Index('idx_campaigns_org_created', ['organizationId', 'createdAt'])
export class Campaign {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'campaign_type', type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin' })
  campaignType!: CampaignType;

  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin', default: 'active' })
  status!: CampaignStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'start_time', type: 'char', length: 5, charset: 'ascii', collation: 'ascii_bin' })
  startTime!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'end_time', type: 'char', length: 5, charset: 'ascii', collation: 'ascii_bin' })
  endTime!: string;

  @Column({ type: 'simple-json' })
  languages!: string[];

  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin' })
  region!: Region;

  @Column({ type: 'simple-json' })
  tags!: string[];

  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  /** Overrides of the organization's contact policy (SPEC §7); null = none. */
  @Column({ name: 'contact_policy', type: 'simple-json', nullable: true })
  contactPolicy!: ContactPolicyPatch | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
