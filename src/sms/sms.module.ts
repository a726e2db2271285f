import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InitiationsModule } from '../initiations/initiations.module';
import { SmsProvidersModule } from './providers/sms-providers.module';
import { SmsReceiptsController } from './receipts/sms-receipts.controller';
import { SmsReceiptsService } from './receipts/sms-receipts.service';
import { TwilioStatusController } from './receipts/twilio-status.controller';
import { SmsTemplate } from './sms-template.entity';
import { SmsTemplatesController } from './sms-templates.controller';
import { SmsTemplatesService } from './sms-templates.service';
import { SmsChannel } from './sms.channel';
import { SmsController } from './sms.controller';
import { SmsSender } from './sms.sender';

/** SMS templates (API and workers alike). */
@Module({
  imports: [TypeOrmModule.forFeature([SmsTemplate])],
  providers: [SmsTemplatesService],
  exports: [SmsTemplatesService],
})
export class SmsTemplatesModule {}

/** The template routes; mounted only in processes that serve the API. */
@Module({ imports: [SmsTemplatesModule], controllers: [SmsTemplatesController] })
export class SmsTemplatesHttpModule {}

/** The SMS channel's checks, registered with the pipeline. */
@Module({ imports: [InitiationsModule, SmsTemplatesModule], providers: [SmsChannel] })
export class SmsModule {}

/** POST /initiate/:campaignId/sms and the providers' receipts; mounted only in processes that serve the API. */
@Module({
  imports: [SmsModule, InitiationsModule],
  controllers: [SmsController, SmsReceiptsController, TwilioStatusController],
  providers: [SmsReceiptsService],
})
export class SmsHttpModule {}

/** The SMS sender and the SMS provider; mounted only in worker processes. */
@Module({ imports: [InitiationsModule, SmsTemplatesModule, SmsProvidersModule], providers: [SmsSender] })
export class SmsWorkerModule {}
