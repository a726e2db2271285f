import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn } from '../database/columns';
import { utf8Binary } from '../customers/customer.entity';
import type { Channel } from '../common/channel';

export const ATTEMPT_STATUSES = ['queued', 'initiated', 'failed', 'excluded'] as const;
/**
 * `sending`: claimed for a provider that cannot de-duplicate (Twilio) just before it is sent. An
 * attempt found still `sending` by a later run of its batch may have been sent: it is failed with
 * `Outcome unknown after worker restart`, never sent again. Reported as `queued` through the API.
 */
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number] | 'sending';
/** Statuses without an outcome yet: what a batch may still send. */
export const OPEN_STATUSES = ['queued', 'sending'] as const;
/** The same, as SQL (`status IN …`). */
export const OPEN_STATUSES_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
/** Widths of `reason` and `provider_ref`: a provider's free text is cut to them, never fails the write. */
export const REASON_MAX = 500;
export const REF_MAX = 128;

/**
 * One customer of one initiation: written once when the initiation starts (the selection is a
 * snapshot), its final status written once (`WHERE status = 'queued'`), so a retried batch or a
 * late provider answer never sends twice nor flips an outcome.
 */
@Entity('attempts')
@Index('uq_attempts_initiation_customer', ['initiationId', 'customerId'], { unique: true })
@Index('uq_attempts_attempt_id', ['attemptId'], { unique: true })
@Index('idx_attempts_initiation_batch', ['initiationId', 'batch'])
@Index('idx_attempts_initiation_status_batch', ['initiationId', 'status', 'batch'])
export class Attempt {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  /** Public id sent to providers: `att_` + 24 hex characters of RANDOM_BYTES. */
  @Column({ name: 'attempt_id', type: 'char', length: 28, charset: 'ascii', collation: 'ascii_bin' })
  attemptId!: string;

  @IdColumn('initiation_id')
  initiationId!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @IdColumn('campaign_id')
  campaignId!: string;

  @Column({ type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin' })
  channel!: Channel;

  /** customers.id (row), and the customer's loan_id/lead_id as it was. */
  @Column({ name: 'customer_row_id', type: 'bigint', unsigned: true })
  customerId!: string;

  @Column({ name: 'external_id', type: 'varbinary', length: 255, transformer: utf8Binary })
  externalId!: string;

  @Column({ type: 'varchar', length: 20, charset: 'ascii', collation: 'ascii_bin' })
  phone!: string;

  @Column({ type: 'int', unsigned: true })
  batch!: number;

  /** 0, or the delayed wave (`outsideWindow: "schedule"`) its batch belongs to. */
  @Column({ type: 'smallint', unsigned: true, default: 0 })
  wave!: number;

  @Column({ type: 'varchar', length: 12, charset: 'ascii', collation: 'ascii_bin' })
  status!: AttemptStatus;

  @Column({ type: 'varchar', length: REASON_MAX, nullable: true })
  reason!: string | null;

  @Column({ name: 'provider_ref', type: 'varchar', length: REF_MAX, nullable: true })
  providerRef!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
