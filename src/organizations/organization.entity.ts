import { Column, Entity } from 'typeorm';
import { CreatedAtColumn, PrimaryIdColumn } from '../database/columns';

@Entity('organizations')
export class Organization {
  @PrimaryIdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreatedAtColumn()
  createdAt!: Date;
}
