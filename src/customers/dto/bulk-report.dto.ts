import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RecordErrorDto {
  @ApiProperty({ example: 2, description: 'Position of the record in the request (0-based; data rows for CSV)' })
  index!: number;
  @ApiPropertyOptional({ example: 'LOAN-2025-00125' }) id?: string;
  @ApiProperty({ example: 'phone_number is not a valid phone number' }) reason!: string;
}

export class BulkResultsDto {
  @ApiProperty({ example: 3 }) total!: number;
  @ApiProperty({ example: 2 }) valid!: number;
  @ApiProperty({ example: 1 }) invalid!: number;
  @ApiProperty({ example: 2 }) successful!: number;
  @ApiProperty({ example: 1 }) failed!: number;
  @ApiProperty({ example: 1, description: 'Multi-row write batches' }) batchesProcessed!: number;
  @ApiProperty({ type: [RecordErrorDto], description: 'At most 1,000 listed' }) errors!: RecordErrorDto[];
}

export const MAX_LISTED_ERRORS = 1000;
