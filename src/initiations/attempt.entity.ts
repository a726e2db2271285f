import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, IdColumn, UpdatedAtColumn } from '../database/columns';
import { utf8Binary } from '../customers/customer.entity';
import type { Channel } from '../common/channel';
import type { Outcome } from './outcomes/outcomes';

/** `scheduled`: a follow-up (SPEC §10) waiting for its `due_at`; it becomes `queued` in a batch of its own when due. */
// `canceled`: stopped by a cancel of its initiation before it was handed to a provider (SPEC §10).
export const ATTEMPT_STATUSES = ['queued', 'initiated', 'failed', 'excluded', 'scheduled', 'canceled'] as const;
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
@Index('uq_attempts_initiation_customer_retry', ['initiationId', 'customerId', 'retryNumber'], { unique: true })
@Index('uq_attempts_attempt_id', ['attemptId'], { unique: true })
@Index('idx_attempts_initiation_batch', ['initiationId', 'batch'])
@Index('idx_attempts_initiation_status_batch', ['initiationId', 'status', 'batch'])
@Index('idx_attempts_check_at', ['checkAt'])
@Index('idx_attempts_sms_ref', ['smsRef'])
@Index('idx_attempts_org_initiated', ['organizationId', 'initiatedAt', 'id', 'channel', 'outcome'])
@Index('idx_attempts_org_phone', ['organizationId', 'phone'])
@Index('idx_attempts_campaign_initiated', ['campaignId', 'initiatedAt', 'id', 'channel', 'outcome'])
@Index('idx_attempts_initiation_outcome', ['initiationId', 'outcomeRank', 'outcome'])
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

  /**
   * `provider_ref` again for SMS attempts only, indexed: Twilio's status callback names a message
   * by its sid alone. Written with the hand-over of SMS (calls leave it NULL), so a call's
   * hand-over moves no entry of this index.
   */
  @Column({ name: 'sms_ref', type: 'varchar', length: REF_MAX, nullable: true })
  smsRef!: string | null;

  /** The number the attempt was sent from (the call's `from`, the SMS sender), once handed over. */
  @Column({ name: 'from_phone', type: 'varchar', length: 20, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  fromPhone!: string | null;

  /** When the provider took it (logs' `start_time`); null until `initiated`. */
  @Column({ name: 'initiated_at', type: 'datetime', precision: 3, nullable: true })
  initiatedAt!: Date | null;

  /** SPEC §9: `null` until a provider reports; moves only forward (`outcomeRank`). */
  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  outcome!: Outcome | null;

  /** 0 none, 1 `ringing`/`sent`, 2 `in_progress`, 3 final (written once). */
  @Column({ name: 'outcome_rank', type: 'tinyint', unsigned: true, default: 0 })
  outcomeRank!: number;

  /** The `at` of the event that set the outcome. */
  @Column({ name: 'outcome_at', type: 'datetime', precision: 3, nullable: true })
  outcomeAt!: Date | null;

  @Column({ name: 'outcome_reason', type: 'varchar', length: REASON_MAX, nullable: true })
  outcomeReason!: string | null;

  @Column({ name: 'duration_sec', type: 'int', unsigned: true, nullable: true })
  durationSec!: number | null;

  /** The organization's disposition the provider named (public id), null when its text matched none. */
  @Column({
    name: 'disposition_id',
    type: 'varchar',
    length: 32,
    charset: 'utf8mb4',
    collation: 'utf8mb4_bin',
    nullable: true,
  })
  dispositionId!: string | null;

  /** The disposition's name, or the provider's own text when it matched none. */
  @Column({ name: 'disposition', type: 'varchar', length: 255, nullable: true })
  disposition!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'recording_url', type: 'varchar', length: 2048, nullable: true })
  recordingUrl!: string | null;

  @Column({ name: 'transcript_url', type: 'varchar', length: 2048, nullable: true })
  transcriptUrl!: string | null;

  /** What the agent extracted (JSON text). */
  @Column({ type: 'text', nullable: true })
  extracted!: string | null;

  /**
   * When the outcome sweep next looks at this attempt: hand-over + the channel's timeout, moved on
   * by each lookup that found nothing final; null once the outcome is final (or never handed over).
   */
  @Column({ name: 'check_at', type: 'datetime', precision: 3, nullable: true })
  checkAt!: Date | null;

  /** Sweeps whose lookup at the provider got no answer (5xx, timeout); at 3 the attempt expires. */
  @Column({ name: 'lookup_failures', type: 'tinyint', unsigned: true, default: 0 })
  lookupFailures!: number;

  /** Follow-ups (SPEC §10): 0 for the first round, else 1..maxAttempts. */
  @Column({ name: 'retry_number', type: 'tinyint', unsigned: true, default: 0 })
  retryNumber!: number;

  /** The public id of the attempt whose outcome scheduled this follow-up; null in the first round. */
  @Column({ name: 'retry_of', type: 'char', length: 28, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  retryOf!: string | null;

  /** When a follow-up is due (kept once it is batched); null in the first round. */
  @Column({ name: 'due_at', type: 'datetime', precision: 3, nullable: true })
  dueAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
