import { ApiProperty } from '@nestjs/swagger';

export class BatchErrorDto {
  @ApiProperty({ example: 1 }) batch!: number;
  @ApiProperty({ example: 'Call initiation failed' }) error!: string;
  @ApiProperty({ example: 'Workflow runner timeout' }) reason!: string;
  @ApiProperty({ example: 50 }) affectedCustomers!: number;
}

export class InitiationResultsDto {
  @ApiProperty({ example: 500, description: 'Customers matching the filters in the campaign' }) totalMatched!: number;
  @ApiProperty({ example: 250, description: 'Customers selected (respects limit)' }) customersSelected!: number;
  @ApiProperty({ example: 200 }) initiated!: number;
  @ApiProperty({ example: 50 }) failed!: number;
  @ApiProperty({ example: 1, description: 'Batches of BATCH_SIZE (500) customers' }) batchesProcessed!: number;
  @ApiProperty({ type: [BatchErrorDto] }) errors!: BatchErrorDto[];
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
}
