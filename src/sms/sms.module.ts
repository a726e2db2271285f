import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SmsTemplate } from './sms-template.entity';
import { SmsTemplatesController } from './sms-templates.controller';
import { SmsTemplatesService } from './sms-templates.service';

@Module({
  imports: [TypeOrmModule.forFeature([SmsTemplate])],
  providers: [SmsTemplatesService],
  exports: [SmsTemplatesService],
})
export class SmsModule {}

/** The HTTP routes; mounted only in processes that serve the API (workers import SmsModule alone). */
@Module({ imports: [SmsModule], controllers: [SmsTemplatesController] })
export class SmsHttpModule {}
