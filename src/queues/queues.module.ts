import { BullModule, getQueueToken } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import type { Queue } from 'bull';
import { BullClients, bullPrefix } from '../common/redis';
import type { AppConfig } from '../config/app-config';
import { ALL_QUEUE_NAMES } from './queues';

/**
 * Bull on the configured Redis (one server, a Redis Cluster or Sentinel: common/redis.ts makes
 * every client) with the configured key prefix (hash-tagged per queue in a Cluster: bullPrefix);
 * queues `calls`, `sms`, `webhooks`, `follow-ups`. The lock and stalled-job settings decide how
 * soon a dead worker's batch runs elsewhere (lockDuration + stalledInterval at most):
 * docs/adr/0003-delivery-under-faults.md.
 */
@Module({})
export class QueuesModule {
  static register(config: AppConfig): DynamicModule {
    const clients = new BullClients(config.redis);
    const queues = BullModule.registerQueue(
      ...ALL_QUEUE_NAMES.map((name) => ({
        name,
        prefix: bullPrefix(config, name),
        createClient: clients.createClient(name),
      })),
    );
    // Bull closes only the clients it made itself: each queue is handed the list of its own.
    const closeClients = {
      provide: BullClients,
      useFactory: (...made: Queue[]) => {
        for (const queue of made) {
          queue.clients = clients.clientsOf(queue.name) as Queue['clients'];
          clients.attach(queue);
        }
        return clients;
      },
      inject: ALL_QUEUE_NAMES.map((name) => getQueueToken(name)),
    };
    return {
      module: QueuesModule,
      global: true,
      imports: [
        BullModule.forRoot({
          settings: {
            lockDuration: config.queue.lockDurationMs,
            lockRenewTime: config.queue.lockRenewMs,
            stalledInterval: config.queue.stalledIntervalMs,
            maxStalledCount: config.queue.maxStalledCount,
            // After a Redis error, a fetch loop waits this long before it asks again (default 5 s).
            retryProcessDelay: 2000,
          },
        }),
        queues,
      ],
      providers: [closeClients],
      exports: [queues],
    };
  }
}
