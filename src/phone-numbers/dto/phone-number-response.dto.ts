import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationDto } from '../../common/pagination.dto';
import { CAPABILITIES, type Capability, type PhoneNumber } from '../phone-number.entity';

export class PhoneNumberResponseDto {
  @ApiProperty({ example: 'num_7hGt2Lp9Qx4Vz1Rk8Ws3' }) id!: string;
  @ApiProperty({ description: 'E.164', example: '+919876543210' }) number!: string;
  @ApiProperty({ example: 'Mumbai outbound 1', nullable: true, type: String }) label!: string | null;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({ enum: CAPABILITIES, isArray: true, example: ['voice', 'sms'] }) capabilities!: Capability[];
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) updatedAt!: string;
}

export function toPhoneNumberResponse(phone: PhoneNumber): PhoneNumberResponseDto {
  return {
    id: phone.id,
    number: phone.number,
    label: phone.label,
    active: phone.active,
    capabilities: CAPABILITIES.filter((capability) => phone[capability]),
    createdAt: phone.createdAt.toISOString(),
    updatedAt: phone.updatedAt.toISOString(),
  };
}

export class PhoneNumberEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Phone number updated successfully' }) message?: string;
  @ApiPropertyOptional({ description: 'Only on update', example: ['active'], type: [String] })
  updatedFields?: string[];
  @ApiProperty({ type: PhoneNumberResponseDto }) data!: PhoneNumberResponseDto;
}

export class PhoneNumberPageDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiProperty({ type: [PhoneNumberResponseDto] }) data!: PhoneNumberResponseDto[];
  @ApiProperty({ type: PaginationDto }) pagination!: PaginationDto;
}
