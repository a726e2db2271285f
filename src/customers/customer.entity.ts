import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { CreatedAtColumn, decimalTransformer, IdColumn, UpdatedAtColumn } from '../database/columns';

export const PAYMENT_STATUSES = ['bounced', 'pending', 'partial', 'paid', 'received'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** VARBINARY compares bytes: customer ids and custom values match exactly (case and trailing spaces count). */
export const utf8Binary = {
  to: (value: string | null | undefined): Buffer | null | undefined =>
    typeof value === 'string' ? Buffer.from(value, 'utf8') : value,
  from: (value: Buffer | null): string | null => (value === null ? null : value.toString('utf8')),
};

const money = { type: 'decimal', precision: 18, scale: 4, nullable: true, transformer: decimalTransformer } as const;

/**
 * One record of one campaign. Standard fields are typed, indexed columns; custom fields are kept
 * verbatim in `custom` (JSON text, key order as given) and mirrored, for exact-match filters, in
 * the indexed `customer_fields` side table (docs/adr/0002-customer-storage.md).
 * `id` is the creation order, the stable order of every selection.
 */
@Entity('customers')
@Index('uq_customers_campaign_external', ['campaignId', 'externalId'], { unique: true })
// Status + language + due date is the commonest targeting (collections by bucket); the prefix
// serves status alone. See docs/adr/0002 and BENCHMARKS.md. Language is filtered by its key.
@Index('idx_customers_campaign_status_language_due', ['campaignId', 'paymentStatus', 'languageKey', 'emiDueDate'])
@Index('idx_customers_campaign_language', ['campaignId', 'languageKey'])
@Index('idx_customers_campaign_due', ['campaignId', 'emiDueDate'])
@Index('idx_customers_campaign_lead_date', ['campaignId', 'leadDate'])
@Index('idx_customers_org_phone', ['organizationId', 'phoneNumber'])
// The distinct local zones of a campaign, read by an index-only scan before each initiation.
@Index('idx_customers_campaign_zones', ['campaignId', 'timezone', 'phoneTimezone'])
@Index('idx_customers_campaign_missing', ['campaignId', 'missingFields'])
export class Customer {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @IdColumn('campaign_id')
  campaignId!: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @IdColumn('organization_id')
  organizationId!: string;

  /** loan_id or lead_id, by campaign type. */
  @Column({ name: 'external_id', type: 'varbinary', length: 255, transformer: utf8Binary })
  externalId!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100, nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 100, nullable: true })
  lastName!: string | null;

  /** E.164. */
  @Column({ name: 'phone_number', type: 'varchar', length: 20, charset: 'ascii', collation: 'ascii_bin' })
  phoneNumber!: string;

  @Column({ name: 'loan_amount', ...money })
  loanAmount!: number | null;

  @Column({ name: 'emi_amount', ...money })
  emiAmount!: number | null;

  @Column({ name: 'loan_period', ...money })
  loanPeriod!: number | null;

  @Column({ name: 'current_emi', ...money })
  currentEmi!: number | null;

  @Column({ name: 'emi_due_date', type: 'date', nullable: true })
  emiDueDate!: string | null;

  @Column({ name: 'lead_date', type: 'date', nullable: true })
  leadDate!: string | null;

  @Column({
    name: 'payment_status',
    type: 'varchar',
    length: 16,
    charset: 'ascii',
    collation: 'ascii_general_ci',
    nullable: true,
  })
  paymentStatus!: PaymentStatus | null;

  /** As given (returned and sent to providers); filters compare `languageKey`. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  language!: string | null;

  /**
   * What the `language` filter compares: the language lower-cased when written (languageKey() in
   * customer-writer.ts), as bytes. So case is ignored and nothing else is: accents, invisible
   * characters and trailing spaces count (`español` ≠ `espanol`, `hindi\u200b` ≠ `hindi`), which a
   * text collation would fold away. 128 bytes hold any 32-character language lower-cased.
   */
  @Column({
    name: 'language_key',
    type: 'varbinary',
    length: 128,
    nullable: true,
    select: false,
    transformer: utf8Binary,
  })
  languageKey!: string | null;

  /** IANA zone of the borrower, when known (contact windows). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timezone!: string | null;

  /** The zone of the phone number's region when it has only one (contact windows); derived on write. */
  @Column({ name: 'phone_timezone', type: 'varchar', length: 64, nullable: true })
  phoneTimezone!: string | null;

  @Column({ type: 'mediumtext', nullable: true })
  custom!: string | null;

  /** Which standard fields are empty, one bit each (customers/missing-fields.ts); written with the row. */
  @Column({ name: 'missing_fields', type: 'smallint', unsigned: true, default: 0 })
  missingFields!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
