import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CHANNELS } from '../../common/channel';
import { PageQueryDto } from '../../common/pagination.dto';
import { ATTEMPT_STATUSES, AttemptStatus } from '../attempt.entity';
import { INITIATION_STATUSES } from '../initiation.entity';
import { InitiationResultsDto } from './report.dto';

export class AttemptsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ATTEMPT_STATUSES })
  @IsOptional()
  @IsIn(ATTEMPT_STATUSES, { message: `status must be one of: ${ATTEMPT_STATUSES.join(', ')}` })
  status?: AttemptStatus;
}

export class AttemptDto {
  @ApiProperty({ example: 'att_3f9c0a1b2c3d4e5f60718293' }) attemptId!: string;
  @ApiProperty({ example: 'LOAN-2025-00123' }) customerId!: string;
  @ApiProperty({ example: '+919876543210' }) phone!: string;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'null for a customer excluded at selection' })
  batch!: number | null;
  @ApiProperty({ enum: ATTEMPT_STATUSES, example: 'initiated' }) status!: AttemptStatus;
  @ApiProperty({ nullable: true, type: String, example: 'call-8f2k' }) providerRef!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description:
      'Why it failed, or the contact-policy rule that excluded it (do_not_contact, attempt_cap, outside_window, duplicate_phone)',
  })
  reason!: string | null;
  @ApiProperty({ example: '2026-11-23T10:00:01.250Z' }) updatedAt!: string;
}

export class InitiationStatusDto {
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiationId!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: INITIATION_STATUSES, example: 'running' }) status!: string;
  @ApiProperty({ type: InitiationResultsDto }) results!: InitiationResultsDto;
}
