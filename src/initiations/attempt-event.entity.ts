import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Outcome } from './outcomes/outcomes';

/** Where an event came from. */
export type EventSource = 'voice' | 'sms' | 'twilio' | 'lookup' | 'sweep';

/**
 * SPEC §9: every event a provider reported for an attempt, in arrival order, kept whether or not
 * it moved the outcome. A duplicate is the same (attempt, event, at) again: stored once.
 */
@Entity('attempt_events')
@Index('uq_attempt_events_attempt_event_at', ['attemptRowId', 'event', 'at'], { unique: true })
export class AttemptEvent {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  /** attempts.id */
  @Column({ name: 'attempt_row_id', type: 'bigint', unsigned: true })
  attemptRowId!: string;

  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin' })
  event!: Outcome;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin' })
  source!: EventSource;

  /** The event's other fields as the provider sent them (JSON text). */
  @Column({ type: 'text', nullable: true })
  payload!: string | null;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt!: Date;
}
