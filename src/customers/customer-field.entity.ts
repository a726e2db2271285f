import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_CHARSET } from '../database/columns';
import { Customer } from './customer.entity';

/**
 * The index of custom fields for exact-match filters: one row per (customer, key) whose value is
 * not null. `value_hash` is the SHA-256 of the value's text form, so any length compares exactly
 * in a fixed 32 bytes. Written in the same transaction as the customer row.
 */
@Entity('customer_fields')
@Index('idx_customer_fields_customer', ['customerId'])
export class CustomerField {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 32, ...ID_CHARSET })
  campaignId!: string;

  @PrimaryColumn({ name: 'field_key', type: 'varchar', length: 64, charset: 'ascii', collation: 'ascii_bin' })
  fieldKey!: string;

  @PrimaryColumn({ name: 'value_hash', type: 'binary', length: 32 })
  valueHash!: Buffer;

  @PrimaryColumn({ name: 'customer_id', type: 'bigint', unsigned: true })
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
}
