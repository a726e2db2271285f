import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationDto } from '../../common/pagination.dto';
import type { SmsTemplate } from '../sms-template.entity';

export class SmsTemplateResponseDto {
  @ApiProperty({ example: 'tmpl_hfu7VL6sBhI6NPmQx2Lk' }) id!: string;
  @ApiProperty({ example: 'EMI due reminder' }) name!: string;
  @ApiProperty({ example: 'Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY' })
  body!: string;
  @ApiProperty({ example: 'TMPPAY' }) senderId!: string;
  @ApiProperty({ example: '1107161234567890123', nullable: true, type: String }) dltTemplateId!: string | null;
  @ApiProperty({ example: 'english', nullable: true, type: String }) language!: string | null;
  @ApiProperty({
    description: "The body's placeholders, in order of first appearance",
    example: ['first_name', 'emi_amount', 'emi_due_date'],
    type: [String],
  })
  variables!: string[];
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) updatedAt!: string;
}

export function toSmsTemplateResponse(template: SmsTemplate): SmsTemplateResponseDto {
  return {
    id: template.id,
    name: template.name,
    body: template.body,
    senderId: template.senderId,
    dltTemplateId: template.dltTemplateId,
    language: template.language,
    variables: template.variables,
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
  };
}

export class SmsTemplateEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Template updated successfully' }) message?: string;
  @ApiPropertyOptional({ description: 'Only on update', example: ['body'], type: [String] })
  updatedFields?: string[];
  @ApiProperty({ type: SmsTemplateResponseDto }) data!: SmsTemplateResponseDto;
}

export class SmsTemplatePageDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiProperty({ type: [SmsTemplateResponseDto] }) data!: SmsTemplateResponseDto[];
  @ApiProperty({ type: PaginationDto }) pagination!: PaginationDto;
}
