import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Raw } from '../../common/raw';
import { IsRetryPolicy, retryProperty, RetryPolicy } from '../../common/retry-policy';
import { PageQueryDto } from '../../common/pagination.dto';

export const MAX_BULK_RECORDS = 10000;

const RECORD_EXAMPLE = {
  loan_id: 'LOAN-2025-00123',
  first_name: 'Asha',
  last_name: 'Rao',
  phone_number: '9876543210',
  loan_amount: 250000,
  emi_amount: 4242,
  emi_due_date: '2025-08-15',
  payment_status: 'pending',
  language: 'hindi',
  timezone: 'Asia/Kolkata',
  branch: 'mumbai',
  product_type: 'personal_loan',
};

export class CallConfigDto {
  @ApiProperty({ example: 'agent_abc123' })
  @IsString()
  @IsNotEmpty()
  agentId!: string;

  @ApiProperty({ example: 'disp_xyz789' })
  @IsString()
  @IsNotEmpty()
  dispositionId!: string;

  @ApiPropertyOptional(retryProperty('calls'))
  @IsOptional()
  @IsRetryPolicy('calls')
  @Raw()
  retry?: RetryPolicy;
}

class InitiateOptionsDto {
  @ApiPropertyOptional({ description: 'Also initiate a call for the added customer(s)', default: false })
  @IsOptional()
  @IsBoolean()
  initiateCall?: boolean;

  @ApiPropertyOptional({ type: CallConfigDto, description: 'Required when initiateCall is true' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallConfigDto)
  callConfig?: CallConfigDto;
}

export class AddCustomerDto extends InitiateOptionsDto {
  @ApiProperty({ example: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5' })
  @IsString()
  @IsNotEmpty()
  campaignId!: string;

  @ApiProperty({
    description:
      'The customer record: loan_id (or lead_id for lead campaigns), phone_number, standard and custom fields. ' +
      '`timezone` (IANA, optional) is the borrower’s local zone for calling windows; without it the phone ' +
      'number’s country zone (when it has one) or the campaign’s is used.',
    example: RECORD_EXAMPLE,
  })
  @IsObject()
  @Raw()
  data!: Record<string, unknown>;
}

export class BulkAddCustomersDto extends InitiateOptionsDto {
  @ApiProperty({ example: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5' })
  @IsString()
  @IsNotEmpty()
  campaignId!: string;

  @ApiProperty({
    description: `At most ${MAX_BULK_RECORDS} records`,
    example: [RECORD_EXAMPLE],
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'records must contain at least 1 record' })
  @ArrayMaxSize(MAX_BULK_RECORDS, { message: `records must contain at most ${MAX_BULK_RECORDS} records` })
  @Raw()
  records!: unknown[];
}

export class UpdateCustomerDto {
  @ApiProperty({ example: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5' })
  @IsString()
  @IsNotEmpty()
  campaignId!: string;

  @ApiPropertyOptional({ example: 'LOAN-2025-00123', description: 'For collection campaigns' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  loan_id?: string;

  @ApiPropertyOptional({ example: 'LEAD-77', description: 'For lead campaigns' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  lead_id?: string;

  @ApiProperty({
    description: 'Fields to change; null clears a field',
    example: { payment_status: 'paid', branch: 'pune' },
  })
  @IsObject()
  @Raw()
  data!: Record<string, unknown>;
}

export class ListCustomersQueryDto extends PageQueryDto {}
