import { ApiProperty } from '@nestjs/swagger';

export class BatchErrorDto {
  @ApiProperty({ example: 1 }) batch!: number;
  @ApiProperty({ example: 'Call initiation failed' }) error!: string;
  @ApiProperty({ example: 'Workflow runner timeout' }) reason!: string;
  @ApiProperty({ example: 50 }) affectedCustomers!: number;
}

export class ExcludedByReasonDto {
  @ApiProperty({ example: 3 }) do_not_contact!: number;
  @ApiProperty({ example: 4 }) attempt_cap!: number;
  @ApiProperty({ example: 5 }) outside_window!: number;
  @ApiProperty({ example: 0 }) duplicate_phone!: number;
}

export class ExcludedDto {
  @ApiProperty({
    example: 12,
    description: 'Matched customers the contact policy kept out (attempts with status excluded)',
  })
  total!: number;
  @ApiProperty({ type: ExcludedByReasonDto, description: 'Every reason, always present' })
  byReason!: ExcludedByReasonDto;
}

export class ExcludedSampleDto {
  @ApiProperty({ example: 'LOAN-2025-00123' }) customerId!: string;
  @ApiProperty({ example: '+919876543210' }) phone!: string;
  @ApiProperty({ example: 'Asia/Kolkata', description: 'The local time zone the window was read in' })
  timezone!: string;
}

export class ExcludedSamplesDto {
  @ApiProperty({ type: [ExcludedSampleDto] }) do_not_contact!: ExcludedSampleDto[];
  @ApiProperty({ type: [ExcludedSampleDto] }) attempt_cap!: ExcludedSampleDto[];
  @ApiProperty({ type: [ExcludedSampleDto] }) outside_window!: ExcludedSampleDto[];
  @ApiProperty({ type: [ExcludedSampleDto] }) duplicate_phone!: ExcludedSampleDto[];
}

export class DryRunExcludedDto extends ExcludedDto {
  @ApiProperty({ type: ExcludedSamplesDto, description: 'Up to 20 excluded customers per reason, in creation order' })
  samples!: ExcludedSamplesDto;
}

export class InitiationResultsDto {
  @ApiProperty({ example: 500, description: 'Customers matching the filters in the campaign' }) totalMatched!: number;
  @ApiProperty({ example: 250, description: 'Customers selected (respects limit)' }) customersSelected!: number;
  @ApiProperty({ example: 200 }) initiated!: number;
  @ApiProperty({ example: 50 }) failed!: number;
  @ApiProperty({ example: 1, description: 'Batches of BATCH_SIZE (500) customers' }) batchesProcessed!: number;
  @ApiProperty({ type: [BatchErrorDto] }) errors!: BatchErrorDto[];
  @ApiProperty({ type: ExcludedDto }) excluded!: ExcludedDto;
}

export class InitiationReportDto {
  @ApiProperty({ example: false }) success!: boolean;
  @ApiProperty({ example: 'Calls initiated for 200 of 250 customers' }) message!: string;
  @ApiProperty({ type: InitiationResultsDto }) results!: InitiationResultsDto;
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiationId!: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiationId!: string;
  @ApiProperty({ example: 'queued' }) status!: string;
  @ApiProperty({ example: '/api/v1/initiations/init_4Jd8sK2mQp7Rt1Vx9Zb3' }) statusUrl!: string;
}

export class DryRunDto {
  @ApiProperty({ example: 500 }) totalMatched!: number;
  @ApiProperty({ example: 250 }) customersSelected!: number;
  @ApiProperty({ example: 1 }) batches!: number;
  @ApiProperty({ example: [], description: 'Required variables empty or absent on some selected customer' })
  missingVariables!: string[];
  @ApiProperty({ type: DryRunExcludedDto }) excluded!: DryRunExcludedDto;
}
