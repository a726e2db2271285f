import { OptionalNotNull, Trim } from '../../common/dto-helpers';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Optional, but never null: the column has no null (`@IsOptional` would let null through). */

export class CreateDispositionDto {
  @ApiProperty({
    description: 'Unique within the organization, compared case-insensitively',
    example: 'Promise to pay',
    minLength: 1,
    maxLength: 200,
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    example: 'Customer committed to a payment date',
    maxLength: 2000,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, default: 500, example: 700 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(1000)
  priority?: number;
}

/** Every field optional; `null` clears the description and is refused for the others. */
export class UpdateDispositionDto extends PartialType(CreateDispositionDto, { skipNullProperties: false }) {}
