import { ApiProperty } from '@nestjs/swagger';
import { Trim } from '../../common/dto-helpers';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { ApiKey } from '../api-key.entity';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Acme Finance', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;
}

export class CreatedOrganizationDto {
  @ApiProperty({ example: 'org_3kTqZ8r1uVb5Yx2NcWm4' }) id!: string;
  @ApiProperty({ example: 'Acme Finance' }) name!: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored.', example: 'oak_Ab12Cd34Ef56_…' })
  apiKey!: string;
}

export class IssueKeyDto {
  @ApiProperty({
    required: false,
    description: 'When the key stops working (ISO 8601 with zone, in the future). Without it the key never expires.',
    example: '2027-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsString()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 timestamp with zone' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'expiresAt must be an ISO 8601 timestamp with zone' })
  expiresAt?: string;
}

export class IssuedKeyDto {
  @ApiProperty({ example: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8' }) id!: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored.', example: 'oak_Ab12Cd34Ef56_…' })
  apiKey!: string;
  @ApiProperty({ nullable: true, type: String, example: '2027-01-01T00:00:00.000Z' }) expiresAt!: string | null;
}

export class ApiKeySummaryDto {
  @ApiProperty({ example: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8' }) id!: string;
  @ApiProperty({ description: 'The non-secret start of the key', example: 'oak_Ab12Cd34Ef56' }) prefix!: string;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Last authenticated request, to the minute (written at most once a minute per key)',
    example: '2026-11-23T10:05:00.000Z',
  })
  lastUsedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null = never expires', example: null })
  expiresAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) revokedAt!: string | null;
}

export function toApiKeySummary(key: ApiKey): ApiKeySummaryDto {
  return {
    id: key.id,
    prefix: `oak_${key.prefix}`,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
