import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { envelopeSchema } from './api-docs';
import { EmptyIsAbsent } from './dto-helpers';
import type { Pagination } from './envelope';

export const DEFAULT_PAGE = 1;
export const DEFAULT_LIMIT = 20;

export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', default: DEFAULT_PAGE, minimum: 1, maximum: 1_000_000 })
  @IsOptional()
  @EmptyIsAbsent(DEFAULT_PAGE)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page = DEFAULT_PAGE;

  @ApiPropertyOptional({ type: 'integer', default: DEFAULT_LIMIT, minimum: 1, maximum: 100 })
  @IsOptional()
  @EmptyIsAbsent(DEFAULT_LIMIT)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = DEFAULT_LIMIT;

  get offset(): number {
    return (this.page - 1) * this.limit;
  }
}

export class PaginationDto implements Pagination {
  @ApiProperty({ type: 'integer', example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', example: 20 }) limit!: number;
  @ApiProperty({ type: 'integer', example: 1 }) total!: number;
  @ApiProperty({ type: 'integer', example: 1, description: 'ceil(total / limit); 0 for an empty list' })
  totalPages!: number;
  @ApiProperty({ example: false, description: 'page < totalPages: follow pages while it is true' })
  hasNext!: boolean;
  @ApiProperty({ example: false, description: 'page > 1' }) hasPrev!: boolean;
}

/** The pagination of a one-page list, for examples. */
export const PAGINATION_EXAMPLE: Pagination = {
  page: 1,
  limit: 20,
  total: 1,
  totalPages: 1,
  hasNext: false,
  hasPrev: false,
};

/** Documents a list route's 200: `{success, data: [model], pagination}`. */
export function ApiPageResponse(model: ClassType<unknown>, example?: unknown): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(model, PaginationDto),
    ApiOkResponse({
      schema: envelopeSchema({
        data: [model],
        message: 'none',
        fields: { pagination: { $ref: getSchemaPath(PaginationDto) } },
        required: ['pagination'],
      }),
      ...(example === undefined ? {} : { example }),
    }),
  );
}
