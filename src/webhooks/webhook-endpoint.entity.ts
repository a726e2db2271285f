import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';

/**
 * An organization's webhook endpoint (SPEC §10). The secret is kept as given to the organization
 * (it signs every delivery) and is never returned again after its creation or rotation.
 */
@Entity('webhook_endpoints')
@Index('idx_webhook_endpoints_org', ['organizationId', 'createdAt'])
export class WebhookEndpoint {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  /** The subscribed event types, comma-separated (FIND_IN_SET). */
  @Column({ type: 'varchar', length: 200, charset: 'ascii', collation: 'ascii_bin' })
  events!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Why the service disabled it (410, failing for 5 days); null when enabled or disabled by hand. */
  @Column({ name: 'disabled_reason', type: 'varchar', length: 200, nullable: true })
  disabledReason!: string | null;

  @Column({ type: 'varchar', length: 100, charset: 'ascii', collation: 'ascii_bin' })
  secret!: string;

  /** The secret before the last rotation, still signing until `previous_secret_until`. */
  @Column({
    name: 'previous_secret',
    type: 'varchar',
    length: 100,
    charset: 'ascii',
    collation: 'ascii_bin',
    nullable: true,
  })
  previousSecret!: string | null;

  @Column({ name: 'previous_secret_until', type: 'datetime', precision: 3, nullable: true })
  previousSecretUntil!: Date | null;

  /** The first failed try since the last delivered one (null: not failing). */
  @Column({ name: 'failing_since', type: 'datetime', precision: 3, nullable: true })
  failingSince!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
