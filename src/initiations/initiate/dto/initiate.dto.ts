import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { Raw } from '../../../common/raw';
import { FILTERS_PROPERTY, IsFilterSet } from '../../../targeting/dto/filters.dto';

/** What every initiate body shares: `limit` and `filters` (the channels add their own fields). */
export class TargetingDto {
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

export class InitiateQueryDto {
  @ApiPropertyOptional({ description: 'Check and count everything; dispatch nothing', example: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
