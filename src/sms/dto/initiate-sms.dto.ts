import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { Raw } from '../../common/raw';
import { IsRetryPolicy, retryProperty, RetryPolicy } from '../../common/retry-policy';
import { TargetingDto } from '../../initiations/initiate/dto/initiate.dto';

export class InitiateSmsDto extends TargetingDto {
  @ApiProperty({ example: 'tmpl_hfu7VL6sBhI6NPm', description: 'The ID of the SMS template to be sent' })
  @IsString({ message: 'templateId is required' })
  @IsNotEmpty({ message: 'templateId is required' })
  templateId!: string;

  @ApiPropertyOptional(retryProperty('sms'))
  @IsOptional()
  @IsRetryPolicy('sms')
  @Raw()
  retry?: RetryPolicy;
}
