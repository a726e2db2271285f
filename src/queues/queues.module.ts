import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { ALL_QUEUE_NAMES } from './queues';

/**
 * Bull on the configured Redis with the configured key prefix; queues `calls` and `sms`. The
 * lock and stalled-job settings decide how soon a dead worker's batch runs elsewhere
 * (lockDuration + stalledInterval at most): docs/adr/0003-delivery-under-faults.md.
 */
@Module({})
export class QueuesModule {
  static register(config: AppConfig): DynamicModule {
    const queues = BullModule.registerQueue(...ALL_QUEUE_NAMES.map((name) => ({ name })));
    return {
      module: QueuesModule,
      global: true,
      imports: [
        BullModule.forRoot({
          prefix: config.queuePrefix,
          settings: {
            lockDuration: config.queue.lockDurationMs,
            lockRenewTime: config.queue.lockRenewMs,
            stalledInterval: config.queue.stalledIntervalMs,
            maxStalledCount: config.queue.maxStalledCount,
            // After a Redis error, a fetch loop waits this long before it asks again (default 5 s).
            retryProcessDelay: 2000,
          },
          redis: {
            host: config.redis.host,
            port: config.redis.port,
            password: config.redis.password,
          },
        }),
        queues,
      ],
      exports: [queues],
    };
  }
}
