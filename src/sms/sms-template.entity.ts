import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, PrimaryIdColumn, UpdatedAtColumn } from '../database/columns';

@Entity('sms_templates')
@Index('idx_sms_templates_org_created', ['organizationId', 'createdAt'])
export class SmsTemplate {
  @PrimaryIdColumn()
  id!: string;

  @IdColumn('organization_id')
  organizationId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Text with `{{variable}}` placeholders. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'sender_id', type: 'varchar', length: 11 })
  senderId!: string;

  @Column({ name: 'dlt_template_id', type: 'varchar', length: 64, nullable: true })
  dltTemplateId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  language!: string | null;

  /** Read from the body's placeholders, in order of first appearance. */
  @Column({ type: 'simple-json' })
  variables!: string[];

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
