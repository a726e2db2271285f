import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { CUSTOMER_CALLS } from '../customers/customer-calls.port';
import { DispositionsModule } from '../dispositions/dispositions.module';
import { InitiationsModule } from '../initiations/initiations.module';
import { PhoneNumbersModule } from '../phone-numbers/phone-numbers.module';
import { CallsChannel } from './calls.channel';
import { CallsController } from './calls.controller';
import { CallsSender } from './calls.sender';
import { CustomerCallsAdapter } from './customer-calls.adapter';
import { VoiceEventsController } from './events/voice-events.controller';
import { VoiceEventsService } from './events/voice-events.service';
import { VoiceProvidersModule } from './providers/voice-providers.module';

/** The calls channel's checks, registered with the pipeline, and customers/'s port for `initiateCall`. */
@Module({
  imports: [InitiationsModule, AgentsModule, DispositionsModule, PhoneNumbersModule],
  providers: [CallsChannel, CustomerCallsAdapter, { provide: CUSTOMER_CALLS, useExisting: CustomerCallsAdapter }],
  exports: [CUSTOMER_CALLS],
})
export class CallsModule {}

/** POST /initiate/:campaignId/calls and the runner's events; mounted only in processes that serve the API. */
@Module({
  imports: [CallsModule, InitiationsModule, DispositionsModule],
  controllers: [CallsController, VoiceEventsController],
  providers: [VoiceEventsService],
})
export class CallsHttpModule {}

/** The calls sender and the voice provider; mounted only in worker processes. */
@Module({
  // Dispositions: a lookup's answer names one (the outcome sweep, SPEC §9).
  imports: [InitiationsModule, AgentsModule, DispositionsModule, PhoneNumbersModule, VoiceProvidersModule],
  providers: [CallsSender],
})
export class CallsWorkerModule {}
