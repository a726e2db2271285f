import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { Raw } from '../../common/raw';
import { IsRetryPolicy, retryProperty, RetryPolicy } from '../../common/retry-policy';
import { TargetingDto } from '../../initiations/initiate/dto/initiate.dto';

export class InitiateCallsDto extends TargetingDto {
  @ApiProperty({ example: 'agent_abc123', description: 'AI agent ID to handle the calls' })
  @IsString({ message: 'agentId is required and must be a string' })
  @IsNotEmpty({ message: 'agentId is required and must be a string' })
  agentId!: string;

  @ApiProperty({ example: 'disp_xyz789', description: 'Disposition ID for call categorization' })
  @IsString({ message: 'dispositionId is required and must be a string' })
  @IsNotEmpty({ message: 'dispositionId is required and must be a string' })
  dispositionId!: string;

  @ApiPropertyOptional(retryProperty('calls'))
  @IsOptional()
  @IsRetryPolicy('calls')
  @Raw()
  retry?: RetryPolicy;
}
