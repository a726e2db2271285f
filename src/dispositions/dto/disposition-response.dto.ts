import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationDto } from '../../common/pagination.dto';
import type { Disposition } from '../disposition.entity';

export class DispositionResponseDto {
  @ApiProperty({ example: 'disp_9fLw2Qx7Rt1Zp0Vn3Hs8' }) id!: string;
  @ApiProperty({ example: 'Promise to pay' }) name!: string;
  @ApiProperty({ example: 'Customer committed to a payment date', nullable: true, type: String })
  description!: string | null;
  @ApiProperty({ example: 700 }) priority!: number;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) updatedAt!: string;
}

export function toDispositionResponse(disposition: Disposition): DispositionResponseDto {
  return {
    id: disposition.id,
    name: disposition.name,
    description: disposition.description,
    priority: disposition.priority,
    createdAt: disposition.createdAt.toISOString(),
    updatedAt: disposition.updatedAt.toISOString(),
  };
}

export class DispositionEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Disposition updated successfully' }) message?: string;
  @ApiPropertyOptional({ description: 'Only on update', example: ['priority'], type: [String] })
  updatedFields?: string[];
  @ApiProperty({ type: DispositionResponseDto }) data!: DispositionResponseDto;
}

export class DispositionPageDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiProperty({ type: [DispositionResponseDto] }) data!: DispositionResponseDto[];
  @ApiProperty({ type: PaginationDto }) pagination!: PaginationDto;
}
