import { Trim } from '../../common/dto-helpers';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';

import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CreateSmsTemplateDto {
  @ApiProperty({ example: 'EMI due reminder', minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    description:
      'Message text with `{{variable}}` placeholders (customer field names; spaces inside the braces allowed). ' +
      "The template's `variables` are read from it.",
    example: 'Dear {{first_name}}, your EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. -TMPPAY',
    minLength: 1,
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(2000)
  body!: string;

  @ApiProperty({ description: '1 to 11 letters or digits', example: 'TMPPAY', minLength: 1, maxLength: 11 })
  @IsString()
  @Matches(/^[A-Za-z0-9]{1,11}$/, { message: 'senderId must be 1 to 11 letters or digits' })
  senderId!: string;

  @ApiPropertyOptional({
    description: 'The DLT registration id of the template (India)',
    example: '1107161234567890123',
    maxLength: 64,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'dltTemplateId must not be empty' })
  @MaxLength(64)
  dltTemplateId?: string | null;

  @ApiPropertyOptional({ example: 'english', maxLength: 32, nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(32)
  language?: string | null;
}

/** Every field optional; `null` clears dltTemplateId or language and is refused for the others. */
export class UpdateSmsTemplateDto extends PartialType(CreateSmsTemplateDto, { skipNullProperties: false }) {}
