import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactPolicyModule } from '../contact-policy/contact-policy.module';
import { TargetingModule } from '../targeting/targeting.module';
import { ChannelRegistry } from './channel.registry';
import { BatchDispatcher } from './dispatch/batch-dispatcher';
import { DispatchQueue, dispatchQueuesProvider } from './dispatch/dispatch.queue';
import { DispatchWorker } from './dispatch/dispatch.worker';
import { IdempotencyService } from './initiate/idempotency.service';
import { InitiateService } from './initiate/initiate.service';
import { StreamedSelection } from './initiate/streamed-selection';
import { SelectionPlanner } from './initiate/selection-planner';
import { Initiation } from './initiation.entity';
import { AttemptReads } from './persistence/attempt.reads';
import { LogReads } from './persistence/log.reads';
import { OutcomeReads } from './persistence/outcome.reads';
import { LogsController } from './logs/logs.controller';
import { LogsService } from './logs/logs.service';
import { OutcomeQueriesService } from './report/outcome-queries.service';
import { OutcomeReadsController } from './report/outcome-reads.controller';
import { BatchStore } from './persistence/batch.store';
import { SelectionStore } from './persistence/selection.store';
import { RecoveryService } from './recovery/recovery.service';
import { OutcomeSweep } from './outcomes/outcome-sweep';
import { SweepStore } from './persistence/sweep.store';
import { OutcomeHooks } from './outcomes/outcome-hooks';
import { InitiationHooks } from './initiation-hooks';
import { FollowUpHooks } from './follow-up-hooks';
import { FollowUpDispatcher } from './follow-ups/follow-up.dispatcher';
import { FollowUpScheduler } from './follow-ups/follow-up.scheduler';
import { FollowUpStore } from './persistence/follow-up.store';
import { OutcomeService } from './outcomes/outcome.service';
import { OutcomeStore } from './persistence/outcome.store';
import { InitiationQueriesService } from './report/initiation-queries.service';
import { InitiationsController } from './report/initiations.controller';
import { ReportService } from './report/report.service';
import { CancelController } from './cancel/cancel.controller';
import { CancelService } from './cancel/cancel.service';
import { CancelStore } from './persistence/cancel.store';

/**
 * The channel-agnostic pipeline (API side: the initiate use case, the report, the producer) and
 * the registry the channels (calls/, sms/) register themselves in. It imports no channel.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Initiation]), CampaignsModule, TargetingModule, ContactPolicyModule],
  providers: [
    ChannelRegistry,
    InitiateService,
    StreamedSelection,
    SelectionPlanner,
    InitiationQueriesService,
    ReportService,
    IdempotencyService,
    dispatchQueuesProvider,
    DispatchQueue,
    AttemptReads,
    BatchStore,
    SelectionStore,
    OutcomeStore,
    OutcomeService,
    OutcomeHooks,
    InitiationHooks,
    FollowUpHooks,
    FollowUpStore,
    FollowUpScheduler,
    OutcomeReads,
    LogReads,
  ],
  exports: [
    ChannelRegistry,
    InitiateService,
    StreamedSelection,
    SelectionPlanner,
    InitiationQueriesService,
    DispatchQueue,
    AttemptReads,
    BatchStore,
    OutcomeService,
    OutcomeHooks,
    InitiationHooks,
    FollowUpHooks,
    FollowUpStore,
    FollowUpScheduler,
    OutcomeReads,
    LogReads,
  ],
})
export class InitiationsModule {}

/**
 * The reads (GET /initiations, /:id, /:id/attempts; /attempts/:id/events, /campaigns/:id/stats;
 * /logs, /communication/*). The initiate routes are the channels'.
 */
@Module({
  imports: [InitiationsModule, CampaignsModule, ContactPolicyModule],
  providers: [LogsService, OutcomeQueriesService, CancelService, CancelStore],
  controllers: [InitiationsController, OutcomeReadsController, LogsController, CancelController],
})
export class InitiationsHttpModule {}

/** The queue processors, the recovery sweep and the outcome sweep; mounted only in worker processes, beside each channel's sender. */
@Module({
  imports: [InitiationsModule, ContactPolicyModule],
  providers: [BatchDispatcher, DispatchWorker, RecoveryService, SweepStore, OutcomeSweep, FollowUpDispatcher],
})
export class DispatchWorkerModule {}
