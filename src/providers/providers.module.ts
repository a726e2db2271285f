import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import { MetricsService } from '../operations/metrics.service';
import { createSmsProvider, createVoiceProvider } from './provider.factory';
import { SMS_PROVIDER, VOICE_PROVIDER } from './provider.types';

/**
 * The voice and SMS providers chosen by VOICE_PROVIDER / SMS_PROVIDER. Imported by the calls and
 * SMS modules (not global): Nest builds it once, so a sandbox's record is shared by both importers.
 * APP_CONFIG comes from the global CoreModule.
 */
@Module({
  providers: [
    // Metrics are optional: a module test builds the providers without the metrics module.
    {
      provide: VOICE_PROVIDER,
      useFactory: createVoiceProvider,
      inject: [APP_CONFIG, { token: MetricsService, optional: true }],
    },
    {
      provide: SMS_PROVIDER,
      useFactory: createSmsProvider,
      inject: [APP_CONFIG, { token: MetricsService, optional: true }],
    },
  ],
  exports: [VOICE_PROVIDER, SMS_PROVIDER],
})
export class ProvidersModule {}
