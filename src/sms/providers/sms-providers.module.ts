import { Module } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/app-config';
import { MetricsService } from '../../operations/metrics.service';
import { SMS_PROVIDER } from './sms-provider';
import { createSmsProvider } from './sms-providers';

/**
 * The SMS provider chosen by SMS_PROVIDER, built once per process (worker processes only: the API
 * never sends). APP_CONFIG comes from the global CoreModule.
 */
@Module({
  providers: [
    // Metrics are optional: a module test builds the provider without the metrics module.
    {
      provide: SMS_PROVIDER,
      useFactory: createSmsProvider,
      inject: [APP_CONFIG, { token: MetricsService, optional: true }, { token: Clock, optional: true }],
    },
  ],
  exports: [SMS_PROVIDER],
})
export class SmsProvidersModule {}
