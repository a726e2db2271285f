import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OptionalNotNull } from '../../common/dto-helpers';
import { PageQueryDto } from '../../common/pagination.dto';
import { DNC_CHANNELS, DncChannel, DoNotContact } from '../do-not-contact.entity';

export const MAX_DNC_ENTRIES = 10000;

export class DncEntryDto {
  @ApiProperty({ example: '+919876543210', description: 'E.164, or national in DEFAULT_PHONE_REGION' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  phone!: string;

  @ApiProperty({ enum: DNC_CHANNELS, example: 'all' })
  @IsIn(DNC_CHANNELS, { message: `channel must be one of: ${DNC_CHANNELS.join(', ')}` })
  channel!: DncChannel;

  @ApiPropertyOptional({ example: 'Asked not to be called', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class AddDoNotContactDto {
  @ApiProperty({ type: [DncEntryDto], description: `1 to ${MAX_DNC_ENTRIES} entries; all or nothing` })
  @IsArray()
  @ArrayMinSize(1, { message: 'entries must contain at least 1 entry' })
  @ArrayMaxSize(MAX_DNC_ENTRIES, { message: `entries must contain at most ${MAX_DNC_ENTRIES} entries` })
  @IsObject({ each: true, message: 'each entry must be an object' })
  @ValidateNested({ each: true })
  @Type(() => DncEntryDto)
  entries!: DncEntryDto[];
}

export class ListDoNotContactQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '+919876543210', description: 'Exactly this number (normalised to E.164)' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ enum: DNC_CHANNELS })
  @OptionalNotNull()
  @IsIn(DNC_CHANNELS, { message: `channel must be one of: ${DNC_CHANNELS.join(', ')}` })
  channel?: DncChannel;
}

export class DeleteDoNotContactQueryDto {
  @ApiPropertyOptional({ enum: DNC_CHANNELS, description: 'Only this channel’s entry (default: every entry)' })
  @OptionalNotNull()
  @IsIn(DNC_CHANNELS, { message: `channel must be one of: ${DNC_CHANNELS.join(', ')}` })
  channel?: DncChannel;
}

export class DoNotContactDto {
  @ApiProperty({ example: '+919876543210' }) phone!: string;
  @ApiProperty({ enum: DNC_CHANNELS, example: 'all' }) channel!: DncChannel;
  @ApiProperty({ example: 'Asked not to be called', nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) createdAt!: string;
}

export const toDoNotContactResponse = (e: DoNotContact): DoNotContactDto => ({
  phone: e.phone,
  channel: e.channel,
  reason: e.reason,
  createdAt: e.createdAt.toISOString(),
});
