import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { CHANNELS } from '../common/channel';
import { CreatedAtColumn, ID_CHARSET } from '../database/columns';
import { Organization } from '../organizations/organization.entity';

export const DNC_CHANNELS = [...CHANNELS, 'all'] as const;
export type DncChannel = (typeof DNC_CHANNELS)[number];

/** A number the organization must not contact on a channel (or on any: `all`). */
@Entity('do_not_contact')
export class DoNotContact {
  @Column({ name: 'organization_id', type: 'varchar', length: 32, primary: true, ...ID_CHARSET })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** E.164. */
  @Column({ type: 'varchar', length: 20, charset: 'ascii', collation: 'ascii_bin', primary: true })
  phone!: string;

  @Column({ type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin', primary: true })
  channel!: DncChannel;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
