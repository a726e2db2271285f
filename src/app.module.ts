import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from './common/auth/auth.guard';
import { CoreModule } from './common/core.module';
import { AllExceptionsFilter } from './common/exception.filter';
import { loggerParams } from './common/logging';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { ReadReplicasModule } from './database/read-replicas';
import { AgentsHttpModule } from './agents/agents.module';
import { CallsHttpModule, CallsModule, CallsWorkerModule } from './calls/calls.module';
import { CampaignsHttpModule } from './campaigns/campaigns.module';
import { ContactPolicyHttpModule } from './contact-policy/contact-policy-http.module';
import { CustomersHttpModule } from './customers/customers.module';
import { DispositionsHttpModule } from './dispositions/dispositions.module';
import { HealthModule } from './health/health.module';
import { DispatchWorkerModule, InitiationsHttpModule } from './initiations/initiations.module';
import { PhoneNumbersHttpModule } from './phone-numbers/phone-numbers.module';
import { SmsHttpModule, SmsTemplatesHttpModule, SmsWorkerModule } from './sms/sms.module';
import { TargetingHttpModule } from './targeting/targeting.module';
import { AdminModule, OrganizationsModule } from './organizations/organizations.module';
import { MetricsModule } from './operations/metrics.module';
import { QueuesModule } from './queues/queues.module';
import { WebhooksHttpModule, WebhooksWorkerModule } from './webhooks/webhooks.module';

export const servesApi = (config: AppConfig): boolean => config.role !== 'worker';
export const runsWorkers = (config: AppConfig): boolean => config.role !== 'api';

/**
 * The whole application. APP_ROLE decides what is mounted: the API routes (`api`), the queue
 * processors (`worker`), or both (`all`). Every process serves /health.
 */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    const apiModules = servesApi(config)
      ? [
          AdminModule,
          CampaignsHttpModule,
          CustomersHttpModule.register(CallsModule),
          AgentsHttpModule,
          DispositionsHttpModule,
          SmsTemplatesHttpModule,
          PhoneNumbersHttpModule,
          TargetingHttpModule,
          CallsHttpModule,
          SmsHttpModule,
          InitiationsHttpModule,
          ContactPolicyHttpModule,
          WebhooksHttpModule,
        ]
      : [];
    const workerModules = runsWorkers(config)
      ? [CallsWorkerModule, SmsWorkerModule, DispatchWorkerModule, WebhooksWorkerModule]
      : [];
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config),
        LoggerModule.forRoot(loggerParams(config.logLevel)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), retryAttempts: 10, retryDelay: 3000 }),
        ReadReplicasModule,
        QueuesModule.register(config),
        OrganizationsModule,
        RateLimitModule,
        HealthModule,
        MetricsModule,
        ...apiModules,
        ...workerModules,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
