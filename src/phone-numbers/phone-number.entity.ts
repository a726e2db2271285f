import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';

export const CAPABILITIES = ['voice', 'sms'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** An organization's outgoing number. Calls go out from its active voice numbers, spread evenly. */
@Entity('phone_numbers')
@Index('uq_phone_numbers_org_number', ['organizationId', 'number'], { unique: true })
export class PhoneNumber {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  /** E.164. */
  @Column({ type: 'varchar', length: 20, charset: 'ascii', collation: 'ascii_bin' })
  number!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'boolean', default: true })
  voice!: boolean;

  @Column({ type: 'boolean', default: true })
  sms!: boolean;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
