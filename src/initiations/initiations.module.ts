import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactPolicyModule } from '../contact-policy/contact-policy.module';
import { Customer } from '../customers/customer.entity';
import { DispositionsModule } from '../dispositions/dispositions.module';
import { PhoneNumbersModule } from '../phone-numbers/phone-numbers.module';
import { ProvidersModule } from '../providers/providers.module';
import { SmsModule } from '../sms/sms.module';
import { TargetingModule } from '../targeting/targeting.module';
import { Attempt } from './attempt.entity';
import { BatchDispatcher } from './batch-dispatcher';
import { DispatchQueue } from './dispatch.queue';
import { DispatchWorker } from './dispatch.worker';
import { IdempotencyKey } from './idempotency-key.entity';
import { InitiateController } from './initiate.controller';
import { InitiationQueriesService } from './initiation-queries.service';
import { Initiation } from './initiation.entity';
import { InitiationsController } from './initiations.controller';
import { InitiationsService } from './initiations.service';
import { RecoveryService } from './recovery.service';
import { ReportService } from './report.service';
import { IdempotencyService } from './idempotency.service';

/** The initiation pipeline's services (API side: checks, snapshot, enqueue, report). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Initiation, Attempt, IdempotencyKey, Customer]),
    CampaignsModule,
    AgentsModule,
    DispositionsModule,
    PhoneNumbersModule,
    SmsModule,
    TargetingModule,
    ContactPolicyModule,
  ],
  providers: [InitiationsService, InitiationQueriesService, ReportService, IdempotencyService, DispatchQueue],
  exports: [InitiationsService, InitiationQueriesService, ReportService, DispatchQueue],
})
export class InitiationsModule {}

/** The initiate routes (calls and SMS) and the initiation reads. */
@Module({ imports: [InitiationsModule], controllers: [InitiateController, InitiationsController] })
export class InitiationsHttpModule {}

/** The queue processors; mounted only in worker processes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Initiation, Customer]),
    InitiationsModule,
    AgentsModule,
    PhoneNumbersModule,
    SmsModule,
    ProvidersModule,
    ContactPolicyModule,
  ],
  providers: [BatchDispatcher, DispatchWorker, RecoveryService],
})
export class DispatchWorkerModule {}
