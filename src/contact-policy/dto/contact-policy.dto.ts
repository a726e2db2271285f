import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { OptionalNotNull } from '../../common/dto-helpers';
import { HOUR_MINUTE, IsHourMinute, IsTimeZone } from '../../common/validators';
import { DAYS, Day, OUTSIDE_WINDOW, OutsideWindow } from '../policy';

const IsWindowEnd = (): PropertyDecorator =>
  ValidateBy({
    name: 'isWindowEnd',
    validator: {
      validate: (v: unknown) => v === '24:00' || (typeof v === 'string' && HOUR_MINUTE.test(v)),
      defaultMessage: (a) => `${a?.property} must be a time HH:MM (24 h) or 24:00`,
    },
  });

export class WindowPatchDto {
  @ApiPropertyOptional({ example: '08:00', description: 'Local HH:MM, inclusive' })
  @OptionalNotNull()
  @IsHourMinute()
  start?: string;

  @ApiPropertyOptional({
    example: '19:00',
    description: 'Local HH:MM or 24:00, exclusive. Before `start`: runs across midnight. Equal to `start`: never open.',
  })
  @OptionalNotNull()
  @IsWindowEnd()
  end?: string;

  @ApiPropertyOptional({ enum: DAYS, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'days must not repeat a day' })
  @IsIn(DAYS, { each: true, message: `days must be some of: ${DAYS.join(', ')}` })
  days?: Day[];
}

export class MaxAttemptsPatchDto {
  @ApiPropertyOptional({ example: 7, minimum: 1, description: 'Accepted attempts allowed per phone…' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count?: number;

  @ApiPropertyOptional({ example: 7, minimum: 1, description: '…in this many days (rolling)' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class ChannelPolicyPatchDto {
  @ApiPropertyOptional({ type: WindowPatchDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => WindowPatchDto)
  window?: WindowPatchDto;

  @ApiPropertyOptional({ type: MaxAttemptsPatchDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => MaxAttemptsPatchDto)
  maxAttempts?: MaxAttemptsPatchDto;
}

/** Any part of a contact policy; what is left out keeps its value. */
export class ContactPolicyPatchDto {
  @ApiPropertyOptional({ example: 'Asia/Kolkata', description: 'IANA zone: the fallback for local time' })
  @OptionalNotNull()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ type: ChannelPolicyPatchDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => ChannelPolicyPatchDto)
  calls?: ChannelPolicyPatchDto;

  @ApiPropertyOptional({ type: ChannelPolicyPatchDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => ChannelPolicyPatchDto)
  sms?: ChannelPolicyPatchDto;

  @ApiPropertyOptional({ example: true, description: 'Reach a phone shared by several customers once' })
  @OptionalNotNull()
  @IsBoolean()
  dedupePhone?: boolean;

  @ApiPropertyOptional({ example: true, description: 'SMS only with a DLT template id and a 6-letter sender id' })
  @OptionalNotNull()
  @IsBoolean()
  requireDlt?: boolean;

  @ApiPropertyOptional({
    enum: OUTSIDE_WINDOW,
    example: 'exclude',
    description: '`exclude` customers outside their window, or `schedule` them for its next opening',
  })
  @OptionalNotNull()
  @IsIn(OUTSIDE_WINDOW, { message: `outsideWindow must be one of: ${OUTSIDE_WINDOW.join(', ')}` })
  outsideWindow?: OutsideWindow;
}

class WindowDto {
  @ApiProperty({ example: '08:00' }) start!: string;
  @ApiProperty({ example: '19:00' }) end!: string;
  @ApiProperty({ enum: DAYS, isArray: true, example: [...DAYS] }) days!: Day[];
}
class MaxAttemptsDto {
  @ApiProperty({ example: 7 }) count!: number;
  @ApiProperty({ example: 7 }) days!: number;
}
class ChannelPolicyDto {
  @ApiProperty({ type: WindowDto }) window!: WindowDto;
  @ApiProperty({ type: MaxAttemptsDto }) maxAttempts!: MaxAttemptsDto;
}

/** The whole policy in force. */
export class ContactPolicyDto {
  @ApiProperty({ example: 'Asia/Kolkata' }) timezone!: string;
  @ApiProperty({ type: ChannelPolicyDto }) calls!: ChannelPolicyDto;
  @ApiProperty({
    type: ChannelPolicyDto,
    example: { window: { start: '08:00', end: '21:00', days: [...DAYS] }, maxAttempts: { count: 3, days: 1 } },
  })
  sms!: ChannelPolicyDto;
  @ApiProperty({ example: true }) dedupePhone!: boolean;
  @ApiProperty({ example: true }) requireDlt!: boolean;
  @ApiProperty({ enum: OUTSIDE_WINDOW, example: 'exclude' }) outsideWindow!: OutsideWindow;
}
