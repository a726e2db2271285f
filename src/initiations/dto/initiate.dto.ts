import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Min } from 'class-validator';
import { Raw } from '../../common/raw';
import { FILTERS_PROPERTY, IsFilterSet } from '../../targeting/dto/filters.dto';

class TargetingDto {
  @ApiPropertyOptional({
    minimum: 1,
    example: 100,
    description: 'Maximum number of customers; all matching when omitted',
  })
  @IsOptional()
  @IsInt({ message: 'limit must be an integer' })
  @Min(1)
  limit?: number;

  @ApiPropertyOptional(FILTERS_PROPERTY)
  @IsOptional()
  @IsFilterSet()
  @Raw()
  filters?: Record<string, unknown>;
}

export class InitiateCallsDto extends TargetingDto {
  @ApiProperty({ example: 'agent_abc123', description: 'AI agent ID to handle the calls' })
  @IsString({ message: 'agentId is required and must be a string' })
  @IsNotEmpty({ message: 'agentId is required and must be a string' })
  agentId!: string;

  @ApiProperty({ example: 'disp_xyz789', description: 'Disposition ID for call categorization' })
  @IsString({ message: 'dispositionId is required and must be a string' })
  @IsNotEmpty({ message: 'dispositionId is required and must be a string' })
  dispositionId!: string;
}

export class InitiateSmsDto extends TargetingDto {
  @ApiProperty({ example: 'tmpl_hfu7VL6sBhI6NPm', description: 'The ID of the SMS template to be sent' })
  @IsString({ message: 'templateId is required' })
  @IsNotEmpty({ message: 'templateId is required' })
  templateId!: string;
}

export class InitiateQueryDto {
  @ApiPropertyOptional({ description: 'Check and count everything; dispatch nothing', example: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
