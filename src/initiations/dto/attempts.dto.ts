import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CHANNELS } from '../../common/channel';
import { CALL_OUTCOMES, SMS_OUTCOMES } from '../outcomes/outcomes';
import { PageQueryDto } from '../../common/pagination.dto';
import { ATTEMPT_STATUSES, AttemptStatus } from '../attempt.entity';
import { INITIATION_STATUSES } from '../initiation.entity';
import { InitiationResultsDto } from './report.dto';

/** `?outcome=`: any outcome of either channel, or `pending`; the initiation's channel narrows it. */
export const OUTCOME_FILTERS = ['pending', ...new Set([...CALL_OUTCOMES, ...SMS_OUTCOMES])];

export class AttemptsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ATTEMPT_STATUSES })
  @IsOptional()
  @IsIn(ATTEMPT_STATUSES, { message: `status must be one of: ${ATTEMPT_STATUSES.join(', ')}` })
  status?: AttemptStatus;

  @ApiPropertyOptional({
    enum: OUTCOME_FILTERS,
    description: "One of the initiation's channel's outcomes, or `pending` (initiated, no final outcome yet)",
  })
  @IsOptional()
  @IsIn(OUTCOME_FILTERS, { message: `outcome must be one of: ${OUTCOME_FILTERS.join(', ')}` })
  outcome?: string;
}

export class AttemptDispositionDto {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'disp_7Hk3Nw9Qa1Zx5Cv2Bm8L',
    description: "null when the provider's text matched none of the organization's dispositions",
  })
  id!: string | null;
  @ApiProperty({ example: 'Promise to pay' }) name!: string;
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
      'Why it failed, the contact-policy rule that excluded it (do_not_contact, attempt_cap, outside_window, duplicate_phone), or `Canceled by <API key id>`',
  })
  reason!: string | null;
  @ApiProperty({ example: '2026-11-23T10:00:01.250Z' }) updatedAt!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'completed',
    description: 'What happened after initiated (SPEC §9); null until a provider reports',
  })
  outcome!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-11-23T10:02:05.000Z',
    description: 'The `at` of the event that set the outcome',
  })
  outcomeAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 124 }) durationSec!: number | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Why it ended so (an SMS error, `No outcome from provider`)',
  })
  outcomeReason!: string | null;
  @ApiProperty({ nullable: true, type: AttemptDispositionDto }) disposition!: AttemptDispositionDto | null;
  @ApiProperty({ nullable: true, type: String, example: 'Promised to pay by Friday' }) summary!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'https://runner.example/rec/call-8f2k.mp3' }) recordingUrl!:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) transcriptUrl!: string | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    example: { promise_date: '2026-11-27' },
    description: 'What the agent extracted',
  })
  extracted!: Record<string, unknown> | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'A follow-up (SPEC §10): the attempt whose outcome scheduled it; null in the first round',
  })
  retryOf!: string | null;
  @ApiProperty({ example: 0, description: '0 in the first round, else the follow-up number (1..maxAttempts)' })
  retryNumber!: number;
}

export class FollowUpCountsDto {
  @ApiProperty({ example: 4, description: 'Waiting for their time now' }) scheduled!: number;
  @ApiProperty({ example: 10 }) initiated!: number;
  @ApiProperty({ example: 1 }) failed!: number;
  @ApiProperty({ example: 2, description: 'Excluded by the contact policy when they were due' }) excluded!: number;
}

export class OutcomeCountsDto {
  @ApiProperty({ example: 3, description: 'Initiated, no final outcome yet (ringing and in_progress included)' })
  pending!: number;
  @ApiPropertyOptional({ example: 120, description: 'calls' }) completed?: number;
  @ApiPropertyOptional({ example: 40, description: 'calls' }) no_answer?: number;
  @ApiPropertyOptional({ example: 5, description: 'calls' }) busy?: number;
  @ApiPropertyOptional({ example: 12, description: 'calls' }) voicemail?: number;
  @ApiPropertyOptional({ example: 2, description: 'calls and SMS' }) failed?: number;
  @ApiPropertyOptional({ example: 0, description: 'calls' }) canceled?: number;
  @ApiPropertyOptional({ example: 1, description: 'calls and SMS' }) expired?: number;
  @ApiPropertyOptional({ example: 0, description: 'SMS' }) delivered?: number;
  @ApiPropertyOptional({ example: 0, description: 'SMS' }) undelivered?: number;
}

export class InitiationStatusDto {
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiationId!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: INITIATION_STATUSES, example: 'running' }) status!: string;
  @ApiProperty({ type: InitiationResultsDto }) results!: InitiationResultsDto;
  @ApiProperty({
    type: OutcomeCountsDto,
    description:
      'Initiated attempts by final outcome, and `pending`: every final outcome of the channel always present (attempts that failed at dispatch or were excluded are not counted)',
    example: { pending: 3, completed: 120, no_answer: 40, busy: 5, voicemail: 12, failed: 2, canceled: 0, expired: 1 },
  })
  outcomes!: Record<string, number>;
  @ApiProperty({
    type: FollowUpCountsDto,
    description: 'Follow-ups (SPEC §10: `retry`), apart from the first round that `status` and `results` report',
  })
  followUps!: FollowUpCountsDto;
}
