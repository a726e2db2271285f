import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { Raw } from '../../common/raw';
import { CustomerResponseDto } from '../../customers/dto/customer-response.dto';
import { FILTERS_PROPERTY, IsFilterSet } from './filters.dto';

export class AudienceRequestDto {
  @ApiPropertyOptional(FILTERS_PROPERTY)
  @IsOptional()
  @IsFilterSet()
  @Raw()
  filters?: Record<string, unknown>;

  @ApiPropertyOptional({ minimum: 1, example: 100, description: 'At most this many customers are selected' })
  @IsOptional()
  @IsInt({ message: 'limit must be an integer' })
  @Min(1)
  limit?: number;
}

export class AudienceDto {
  @ApiProperty({ example: 500 }) totalMatched!: number;
  @ApiProperty({ example: 100 }) customersSelected!: number;
  @ApiProperty({ type: [CustomerResponseDto], description: 'The first 20 selected customers, in creation order' })
  sample!: CustomerResponseDto[];
}
