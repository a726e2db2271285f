import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { IdColumn } from '../database/columns';

/**
 * One contact a provider accepted (an attempt that became `initiated`), at the injected clock's
 * time: what attempt caps count, across all the organization's campaigns. Kept apart from
 * `attempts` so a selection can read it inside the INSERT … SELECT that writes attempts.
 */
@Entity('contact_log')
// By phone for one batch at dispatch; by recency for a whole selection.
@Index('idx_contact_log_phone', ['organizationId', 'channel', 'phone', 'contactedAt'])
@Index('idx_contact_log_recent', ['organizationId', 'channel', 'contactedAt', 'phone'])
export class ContactLog {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @Column({ type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin' })
  channel!: string;

  /** E.164. */
  @Column({ type: 'varchar', length: 20, charset: 'ascii', collation: 'ascii_bin' })
  phone!: string;

  @Column({ name: 'contacted_at', type: 'datetime', precision: 3 })
  contactedAt!: Date;
}
