import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, ID_CHARSET, IdColumn } from '../database/columns';

/** `Idempotency-Key` of an initiate request: one per organization and key, kept 24 h. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ name: 'organization_id', type: 'varchar', length: 32, ...ID_CHARSET })
  organizationId!: string;

  @PrimaryColumn({ name: 'idem_key', type: 'varchar', length: 255, charset: 'ascii', collation: 'ascii_bin' })
  key!: string;

  /** SHA-256 of the channel, campaign and body. */
  @Column({ name: 'request_hash', type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin' })
  requestHash!: string;

  @IdColumn('initiation_id', { nullable: true })
  initiationId!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
