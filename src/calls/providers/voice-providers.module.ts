import { Module } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/app-config';
import { MetricsService } from '../../operations/metrics.service';
import { VOICE_PROVIDER } from './voice-provider';
import { createVoiceProvider } from './voice-providers';

/**
 * The voice provider chosen by VOICE_PROVIDER, built once per process (worker processes only: the
 * API never sends). APP_CONFIG comes from the global CoreModule.
 */
@Module({
  providers: [
    // Metrics are optional: a module test builds the provider without the metrics module.
    {
      provide: VOICE_PROVIDER,
      useFactory: createVoiceProvider,
      inject: [APP_CONFIG, { token: MetricsService, optional: true }, { token: Clock, optional: true }],
    },
  ],
  exports: [VOICE_PROVIDER],
})
export class VoiceProvidersModule {}
