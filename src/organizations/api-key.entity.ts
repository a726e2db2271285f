import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn } from '../database/columns';
import { Organization } from './organization.entity';

/** An API key is stored only as its SHA-256; `prefix` is the non-secret part used to look it up. */
@Entity('api_keys')
export class ApiKey {
  @PrimaryIdColumn()
  id!: string;

  @Index('idx_api_keys_org')
  @IdColumn('organization_id')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index('uq_api_keys_prefix', { unique: true })
  @Column({ type: 'char', length: 12, charset: 'ascii', collation: 'ascii_bin' })
  prefix!: string;

  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin' })
  hash!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'datetime', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;
}
