import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ContactPolicyPatchDto } from '../../contact-policy/dto/contact-policy.dto';
import { EmptyIsAbsent } from '../../common/dto-helpers';
import { Raw } from '../../common/raw';
import { PageQueryDto } from '../../common/pagination.dto';
import { IsHourMinute, IsIsoDate, IsTimeZone } from '../../common/validators';
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, CampaignStatus, CampaignType, Region, REGIONS } from '../campaign.entity';

export const MAX_RECORDS = 10000;

export class CreateCampaignDto {
  @ApiProperty({ example: 'August EMI reminders', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Borrowers with an EMI due in August', maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  description!: string;

  @ApiProperty({ enum: CAMPAIGN_TYPES, example: 'emi' })
  @IsIn(CAMPAIGN_TYPES, { message: `campaignType must be one of: ${CAMPAIGN_TYPES.join(', ')}` })
  campaignType!: CampaignType;

  @ApiProperty({ example: '2025-08-01', description: 'YYYY-MM-DD; the schedule is kept, it does not gate initiation' })
  @IsIsoDate()
  startDate!: string;

  @ApiProperty({ example: '09:00', description: 'HH:MM, 24 h' })
  @IsHourMinute()
  startTime!: string;

  @ApiProperty({ example: '2025-08-31' })
  @IsIsoDate()
  endDate!: string;

  @ApiProperty({ example: '18:00' })
  @IsHourMinute()
  endTime!: string;

  @ApiProperty({ example: ['hindi', 'english'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  languages!: string[];

  @ApiProperty({ enum: REGIONS, example: 'west' })
  @IsIn(REGIONS, { message: `region must be one of: ${REGIONS.join(', ')}` })
  region!: Region;

  @ApiPropertyOptional({ example: ['q3', 'collections'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    example: 'Asia/Kolkata',
    description:
      "Local time of customers whose own zone is unknown. Default: the organization's contact-policy time zone (Asia/Kolkata unless changed).",
  })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({
    type: ContactPolicyPatchDto,
    description:
      "Overrides of the organization's contact policy for this campaign: any part of it (GET /api/v1/contact-policy shows the shape)",
    example: { calls: { window: { start: '10:00', end: '18:00' } }, outsideWindow: 'schedule' },
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPolicyPatchDto)
  contactPolicy?: ContactPolicyPatchDto | null;

  @ApiPropertyOptional({
    description: `Customer records, as in bulk add (at most ${MAX_RECORDS}). Any invalid record rejects the creation.`,
    example: [
      {
        loan_id: 'LOAN-2025-00123',
        first_name: 'Asha',
        phone_number: '9876543210',
        emi_amount: 4242,
        branch: 'mumbai',
      },
    ],
    type: 'array',
    items: { type: 'object' },
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RECORDS, { message: `jsonData must contain at most ${MAX_RECORDS} records` })
  @IsObject({ each: true, message: 'each jsonData record must be an object' })
  @Raw()
  jsonData?: Record<string, unknown>[];
}

export class UpdateCampaignDto extends PartialType(
  OmitType(CreateCampaignDto, ['jsonData', 'contactPolicy'] as const),
) {
  @ApiPropertyOptional({
    type: ContactPolicyPatchDto,
    nullable: true,
    description: 'Merged into the campaign’s overrides (parts left out keep theirs); null removes every override',
    example: { sms: { maxAttempts: { count: 1 } } },
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPolicyPatchDto)
  contactPolicy?: ContactPolicyPatchDto | null;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, example: 'paused' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES, { message: `status must be one of: ${CAMPAIGN_STATUSES.join(', ')}` })
  status?: CampaignStatus;
}

export class ListCampaignsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: 'Empty = any status' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES, { message: `status must be one of: ${CAMPAIGN_STATUSES.join(', ')}` })
  status?: CampaignStatus;

  @ApiPropertyOptional({ enum: CAMPAIGN_TYPES, description: 'Empty = any type' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(CAMPAIGN_TYPES, { message: `campaign_type must be one of: ${CAMPAIGN_TYPES.join(', ')}` })
  campaign_type?: CampaignType;

  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive; empty = any name', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
