import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { OutcomeCountsDto } from '../../dto/attempts.dto';

const EmptyIsAbsent = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

const RANGE_DESCRIPTION =
  "ISO 8601 date or date-time; without an offset, in the organization's time zone; inclusive at the precision given. " +
  'Filters the time each attempt was handed to the provider, as `start_time`/`end_time` do for /logs.';

export class CampaignStatsQueryDto {
  @ApiPropertyOptional({ example: '2026-03-01', description: RANGE_DESCRIPTION })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: RANGE_DESCRIPTION })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;
}

export class DispositionCountDto {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'disp_7Hk3Nw9Qa1Zx5Cv2Bm8L',
    description: "null: the provider's own text",
  })
  dispositionId!: string | null;
  @ApiProperty({ example: 'Promise to pay' }) name!: string;
  @ApiProperty({ example: 57 }) count!: number;
}

export class CallStatsDto {
  @ApiProperty({ example: 180, description: 'Calls handed to the voice runner (initiated)' }) attempts!: number;
  @ApiProperty({
    type: OutcomeCountsDto,
    example: { pending: 3, completed: 120, no_answer: 40, busy: 5, voicemail: 12, failed: 0, canceled: 0, expired: 0 },
  })
  byOutcome!: Record<string, number>;
  @ApiProperty({
    type: [DispositionCountDto],
    description: 'The dispositions outcomes reported, most frequent first (at most 100)',
  })
  byDisposition!: DispositionCountDto[];
  @ApiProperty({ example: 0.6667, description: 'completed / attempts (0 without attempts), 4 decimals' })
  contactRate!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 96.4,
    description: 'Mean durationSec of the calls that reported one, 1 decimal; null when none did',
  })
  avgDurationSec!: number | null;
}

export class SmsStatsDto {
  @ApiProperty({ example: 620, description: 'Messages handed to the SMS provider (initiated)' }) attempts!: number;
  @ApiProperty({
    type: OutcomeCountsDto,
    example: { pending: 20, delivered: 590, undelivered: 8, failed: 2, expired: 0 },
  })
  byOutcome!: Record<string, number>;
  @ApiProperty({ example: 0.9516, description: 'delivered / attempts (0 without attempts), 4 decimals' })
  deliveryRate!: number;
}

export class CampaignStatsDto {
  @ApiProperty({ type: CallStatsDto }) calls!: CallStatsDto;
  @ApiProperty({ type: SmsStatsDto }) sms!: SmsStatsDto;
}
