import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { CreatedAtColumn, ID_CHARSET, UpdatedAtColumn } from '../database/columns';
import { Organization } from '../organizations/organization.entity';
import type { ContactPolicyPatch } from './policy';

/** The parts of its contact policy an organization changed; absent = the defaults. */
@Entity('contact_policies')
export class ContactPolicyRecord {
  @Column({ name: 'organization_id', type: 'varchar', length: 32, primary: true, ...ID_CHARSET })
  organizationId!: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'simple-json' })
  policy!: ContactPolicyPatch;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
