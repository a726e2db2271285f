import { OptionalNotNull, Trim } from '../../common/dto-helpers';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto';
import { CAPABILITIES, type Capability } from '../phone-number.entity';

/** Optional, but never null: the column has no null (`@IsOptional` would let null through). */

/** Query strings carry text: `true`/`false` become booleans, anything else is refused by @IsBoolean. */
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const ONE_OF = `must be one of: ${CAPABILITIES.join(', ')}`;

export class CreatePhoneNumberDto {
  @ApiProperty({
    description: 'Stored in E.164; a number without a country code is read in DEFAULT_PHONE_REGION',
    example: '+919876543210',
  })
  @IsString()
  number!: string;

  @ApiPropertyOptional({ example: 'Mumbai outbound 1', maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  label?: string | null;

  @ApiPropertyOptional({ default: true, example: true })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: CAPABILITIES, isArray: true, default: ['voice', 'sms'], example: ['voice'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayNotEmpty({ message: 'capabilities must not be empty' })
  @IsIn(CAPABILITIES, { each: true, message: `each value in capabilities ${ONE_OF}` })
  @ArrayUnique({ message: 'capabilities must not contain duplicates' })
  capabilities?: Capability[];
}

/** Every field optional; `null` clears the label and is refused for the others. */
export class UpdatePhoneNumberDto extends PartialType(CreatePhoneNumberDto, { skipNullProperties: false }) {}

export class PhoneNumberListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only active (true) or inactive (false) numbers' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ enum: CAPABILITIES, description: 'Only numbers with this capability' })
  @IsOptional()
  @IsIn(CAPABILITIES, { message: `capability ${ONE_OF}` })
  capability?: Capability;
}
