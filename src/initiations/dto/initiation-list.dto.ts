import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto';
import { Channel, CHANNELS } from '../../common/channel';
import { Initiation, INITIATION_STATUSES, InitiationStatus } from '../initiation.entity';

export class InitiationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'camp_8Hs2Kq9Lm3Np4Rt5Vw6X' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaignId?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS, { message: `channel must be one of: ${CHANNELS.join(', ')}` })
  channel?: Channel;

  @ApiPropertyOptional({ enum: INITIATION_STATUSES })
  @IsOptional()
  @IsIn(INITIATION_STATUSES, { message: `status must be one of: ${INITIATION_STATUSES.join(', ')}` })
  status?: InitiationStatus;
}

/** The audit record of one initiation: who asked, for what, with which filters, and how it ended. */
export class InitiationSummaryDto {
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiationId!: string;
  @ApiProperty({ example: 'camp_8Hs2Kq9Lm3Np4Rt5Vw6X' }) campaignId!: string;
  @ApiProperty({ enum: CHANNELS, example: 'calls' }) channel!: Channel;
  @ApiProperty({ enum: INITIATION_STATUSES, example: 'completed' }) status!: InitiationStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The API key that asked (null when it was not recorded)',
    example: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8',
  })
  apiKeyId!: string | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'The filters as given',
    example: { payment_status: ['bounced', 'pending'] },
  })
  filters!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The limit as given', example: 100 })
  limit!: number | null;
  @ApiProperty({ example: 250 }) totalMatched!: number;
  @ApiProperty({ example: 100 }) customersSelected!: number;
  @ApiProperty({ description: 'Attempts the provider accepted so far (final once the initiation ends)', example: 98 })
  initiated!: number;
  @ApiProperty({ example: 2 }) failed!: number;
  @ApiProperty({
    description: 'Matched customers the contact policy excluded (at selection or at dispatch)',
    example: 12,
  })
  excluded!: number;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-11-23T10:00:04.512Z' }) completedAt!: string | null;
}

function storedRequest(initiation: Initiation): { filters: Record<string, unknown> | null; limit: number | null } {
  try {
    const parsed = JSON.parse(initiation.request) as { filters?: unknown; limit?: unknown };
    const filters =
      typeof parsed.filters === 'object' && parsed.filters !== null && !Array.isArray(parsed.filters)
        ? (parsed.filters as Record<string, unknown>)
        : null;
    return { filters, limit: typeof parsed.limit === 'number' ? parsed.limit : null };
  } catch {
    return { filters: null, limit: null };
  }
}

export function toInitiationSummary(initiation: Initiation, excluded: number): InitiationSummaryDto {
  return {
    initiationId: initiation.id,
    campaignId: initiation.campaignId,
    channel: initiation.channel,
    status: initiation.status,
    apiKeyId: initiation.apiKeyId,
    ...storedRequest(initiation),
    totalMatched: initiation.totalMatched,
    customersSelected: initiation.customersSelected,
    initiated: initiation.initiated,
    failed: initiation.failed,
    excluded,
    createdAt: initiation.createdAt.toISOString(),
    completedAt: initiation.completedAt?.toISOString() ?? null,
  };
}
