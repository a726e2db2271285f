import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { TargetingDto } from '../../initiations/initiate/dto/initiate.dto';

export class InitiateSmsDto extends TargetingDto {
  @ApiProperty({ example: 'tmpl_hfu7VL6sBhI6NPm', description: 'The ID of the SMS template to be sent' })
  @IsString({ message: 'templateId is required' })
  @IsNotEmpty({ message: 'templateId is required' })
  templateId!: string;
}
