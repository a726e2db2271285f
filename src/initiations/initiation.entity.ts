import { Column, Entity, Index } from 'typeorm';
import type { Channel } from '../common/channel';
import type { RetryPolicy } from '../common/retry-policy';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';

/** `canceled` (SPEC §10): a cancel was asked for and the batches in flight then finished. */
export const INITIATION_STATUSES = [
  'queued',
  'running',
  'scheduled',
  'completed',
  'partial',
  'failed',
  'canceled',
] as const;
export type InitiationStatus = (typeof INITIATION_STATUSES)[number];
export interface ScheduleWave {
  from: number;
  to: number;
  at: string;
}
export const FINAL_STATUSES: InitiationStatus[] = ['completed', 'partial', 'failed', 'canceled'];
/** The statuses of an initiation that may still send, as SQL (`status IN …`). */
export const LIVE_STATUSES_SQL = "('queued', 'running', 'scheduled')";

/**
 * One request to reach the selected customers of a campaign on one channel. Its attempts are the
 * system of record; the counters here are written when the last batch ends.
 */
@Entity('initiations')
@Index('idx_initiations_org_created', ['organizationId', 'createdAt'])
@Index('idx_initiations_status', ['status'])
@Index('idx_initiations_follow_up_at', ['followUpAt'])
export class Initiation {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @IdColumn('campaign_id')
  campaignId!: string;

  @IdColumn('api_key_id', { nullable: true })
  apiKeyId!: string | null;

  @Column({ type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin' })
  channel!: Channel;

  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin' })
  status!: InitiationStatus;

  @IdColumn('agent_id', { nullable: true })
  agentId!: string | null;

  @IdColumn('disposition_id', { nullable: true })
  dispositionId!: string | null;

  @IdColumn('template_id', { nullable: true })
  templateId!: string | null;

  /** The Bull key prefix its batches were queued under: recovery re-enqueues only its own. */
  @Column({ name: 'queue_prefix', type: 'varchar', length: 64 })
  queuePrefix!: string;

  /** The request's filters and limit, as given (audit). */
  @Column({ type: 'text' })
  request!: string;

  /**
   * Delayed waves (`outsideWindow: "schedule"`): batches `from`..`to` run at `at` (ISO). Null when
   * every batch runs at once. Recovery re-enqueues a lost batch with the delay it still has.
   */
  @Column({ type: 'simple-json', nullable: true })
  schedule!: ScheduleWave[] | null;

  /** Follow-ups asked for (SPEC §10: `retry`), null without. */
  @Column({ type: 'simple-json', nullable: true })
  retry!: RetryPolicy | null;

  /**
   * When the workers' follow-up sweep next looks at this initiation (SPEC §10): the earliest due
   * follow-up, or soon after follow-up batches were enqueued (to re-enqueue one whose job was
   * lost); null when nothing of its follow-ups waits. An index here, not on the attempts.
   */
  @Column({ name: 'follow_up_at', type: 'datetime', precision: 3, nullable: true })
  followUpAt!: Date | null;

  @Column({ name: 'total_matched', type: 'int', unsigned: true })
  totalMatched!: number;

  @Column({ name: 'customers_selected', type: 'int', unsigned: true })
  customersSelected!: number;

  @Column({ name: 'batch_count', type: 'int', unsigned: true })
  batchCount!: number;

  @Column({ name: 'batch_size', type: 'int', unsigned: true })
  batchSize!: number;

  /**
   * A large selection is written in chunks (issue 20): while this is set, chunks are still being
   * written, the initiation cannot end, and only batches up to `batchCount` (complete ones, once
   * the checks passed) may be sent. `selectedThrough`: the last customer row id whose chunk is written.
   */
  @Column({ type: 'boolean', default: false })
  selecting!: boolean;

  @Column({ name: 'selected_through', type: 'bigint', unsigned: true, nullable: true })
  selectedThrough!: string | null;

  /** The last customer row id a streamed selection may take: the campaign as it was at the request. */
  @Column({ name: 'select_until', type: 'bigint', unsigned: true, nullable: true })
  selectUntil!: string | null;

  @Column({ type: 'int', unsigned: true, default: 0 })
  initiated!: number;

  @Column({ type: 'int', unsigned: true, default: 0 })
  failed!: number;

  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true })
  completedAt!: Date | null;

  /**
   * When a cancel was asked for (SPEC §10), and by which API key; set once. From then on nothing
   * more is handed to a provider nor scheduled (follow-ups check it), and the end writes `canceled`.
   */
  @Column({ name: 'canceled_at', type: 'datetime', precision: 3, nullable: true })
  canceledAt!: Date | null;

  @IdColumn('canceled_by', { nullable: true })
  canceledBy!: string | null;

  /** How many attempts that cancel stopped: a repeated cancel answers the same. */
  @Column({ name: 'canceled_count', type: 'int', unsigned: true, nullable: true })
  canceledCount!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
