import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, ID_CHARSET } from '../database/columns';

/**
 * A batch some try handed to its provider. A later try of it (a retry after a timeout, a
 * re-run after a worker died) may find its attempts already taken: it sends them again under
 * the same Idempotency-Key instead of excluding them by the dispatch-time policy check.
 */
@Entity('handed_over_batches')
export class HandedOverBatch {
  @Column({ name: 'initiation_id', type: 'varchar', length: 32, primary: true, ...ID_CHARSET })
  initiationId!: string;

  @Column({ type: 'int', unsigned: true, primary: true })
  batch!: number;

  @CreatedAtColumn()
  createdAt!: Date;
}
