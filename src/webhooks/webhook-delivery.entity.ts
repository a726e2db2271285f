import { Column, Entity, Index } from 'typeorm';
import { IdColumn, PrimaryIdColumn } from '../database/columns';
import type { DeliveryStatus, WebhookEventType } from './webhook-events';

/**
 * The outbox (SPEC §10): one event for one endpoint, written in the transaction of what it
 * announces, delivered from here (a Redis loss delays, never drops, it). One per event and
 * endpoint (`uq_webhook_deliveries_event`), with one `message_id` (the `webhook-id` header).
 */
@Entity('webhook_deliveries')
@Index('uq_webhook_deliveries_event', ['endpointId', 'type', 'eventKey'], { unique: true })
@Index('uq_webhook_deliveries_message', ['messageId'], { unique: true })
@Index('idx_webhook_deliveries_endpoint', ['endpointId', 'createdAt', 'id'])
@Index('idx_webhook_deliveries_due', ['status', 'nextAttemptAt'])
export class WebhookDelivery {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('endpoint_id')
  endpointId!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @IdColumn('message_id')
  messageId!: string;

  @Column({ type: 'varchar', length: 40, charset: 'ascii', collation: 'ascii_bin' })
  type!: WebhookEventType;

  /** What the event is about (attempt or initiation id): one delivery per event and endpoint. */
  @IdColumn('event_key')
  eventKey!: string;

  /** The event as recorded in its transaction (JSON): ids and what was known then. */
  @Column({ type: 'text' })
  seed!: string;

  /** The signed body `{type, timestamp, data}`, built at the first try and sent as is ever after. */
  @Column({ type: 'mediumtext', nullable: true })
  body!: string | null;

  @Column({ type: 'varchar', length: 10, charset: 'ascii', collation: 'ascii_bin' })
  status!: DeliveryStatus;

  /** Tries so far. */
  @Column({ type: 'int', unsigned: true, default: 0 })
  attempts!: number;

  @Column({ name: 'last_status_code', type: 'smallint', unsigned: true, nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true })
  nextAttemptAt!: Date | null;

  /** A try in flight keeps other workers away until then. */
  @Column({ name: 'lease_until', type: 'datetime', precision: 3, nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'delivered_at', type: 'datetime', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  /** When the event happened (the body's `timestamp`). */
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
