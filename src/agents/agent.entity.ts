import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';

export const AGENT_STATUSES = ['active', 'inactive'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

@Entity('agents')
@Index('idx_agents_org_created', ['organizationId', 'createdAt'])
export class Agent {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  language!: string | null;

  /** Customer fields the agent's script needs, in declaration order. */
  @Column({ type: 'simple-json' })
  variables!: string[];

  @Column({ type: 'varchar', length: 8, charset: 'ascii', collation: 'ascii_bin', default: 'active' })
  status!: AgentStatus;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
