import { ApiProperty } from '@nestjs/swagger';
import { Trim } from '../../common/dto-helpers';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
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

export class IssuedKeyDto {
  @ApiProperty({ example: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8' }) id!: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored.', example: 'oak_Ab12Cd34Ef56_…' })
  apiKey!: string;
}

export class ApiKeySummaryDto {
  @ApiProperty({ example: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8' }) id!: string;
  @ApiProperty({ description: 'The non-secret start of the key', example: 'oak_Ab12Cd34Ef56' }) prefix!: string;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) expiresAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
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
