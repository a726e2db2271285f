import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';

@Entity('dispositions')
@Index('uq_dispositions_org_name', ['organizationId', 'name'], { unique: true })
export class Disposition {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  /** Unique per organization, compared case-insensitively. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'int', default: 500 })
  priority!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
