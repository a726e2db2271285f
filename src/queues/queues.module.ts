import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { QUEUE_NAMES } from './queues';

/** Bull on the configured Redis with the configured key prefix; queues `calls` and `sms`. */
@Module({})
export class QueuesModule {
  static register(config: AppConfig): DynamicModule {
    const queues = BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name })));
    return {
      module: QueuesModule,
      global: true,
      imports: [
        BullModule.forRoot({
          prefix: config.queuePrefix,
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
