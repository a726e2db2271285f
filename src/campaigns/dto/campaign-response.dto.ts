import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ContactPolicyPatch } from '../../contact-policy/policy';
import {
  type Campaign,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPES,
  type CampaignStatus,
  type CampaignType,
  type Region,
  REGIONS,
} from '../campaign.entity';

export class CampaignResponseDto {
  @ApiProperty({ example: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5' }) id!: string;
  @ApiProperty({ example: 'August EMI reminders' }) name!: string;
  @ApiProperty({ example: 'Borrowers with an EMI due in August' }) description!: string;
  @ApiProperty({ enum: CAMPAIGN_TYPES, example: 'emi' }) campaignType!: CampaignType;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, example: 'active' }) status!: CampaignStatus;
  @ApiProperty({ example: '2025-08-01' }) startDate!: string;
  @ApiProperty({ example: '09:00' }) startTime!: string;
  @ApiProperty({ example: '2025-08-31' }) endDate!: string;
  @ApiProperty({ example: '18:00' }) endTime!: string;
  @ApiProperty({ example: ['hindi', 'english'] }) languages!: string[];
  @ApiProperty({ enum: REGIONS, example: 'west' }) region!: Region;
  @ApiProperty({ example: ['q3'] }) tags!: string[];
  @ApiProperty({ example: 'Asia/Kolkata' }) timezone!: string;
  @ApiProperty({
    nullable: true,
    type: Object,
    example: { calls: { window: { start: '10:00', end: '18:00' } } },
    description: "This campaign's overrides of the organization's contact policy (null: none)",
  })
  contactPolicy!: ContactPolicyPatch | null;
  @ApiPropertyOptional({ example: 1201, description: 'Only on GET /campaigns/:id' }) customerCount?: number;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) updatedAt!: string;
}

export function toCampaignResponse(c: Campaign, customerCount?: number): CampaignResponseDto {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    campaignType: c.campaignType,
    status: c.status,
    startDate: c.startDate,
    startTime: c.startTime,
    endDate: c.endDate,
    endTime: c.endTime,
    languages: c.languages,
    region: c.region,
    tags: c.tags,
    timezone: c.timezone,
    contactPolicy: c.contactPolicy,
    ...(customerCount === undefined ? {} : { customerCount }),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
