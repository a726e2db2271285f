import { Module } from '@nestjs/common';
import { InitiationsModule } from '../initiations/initiations.module';
import { WebhookStore } from './persistence/webhook.store';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookWorker } from './webhook.worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/**
 * SPEC §10 webhooks, in every process: the outbox's writers (registered on the pipeline's hooks,
 * wherever outcomes are written: the API's provider routes and the workers' sweeps) and the
 * delivery of one try.
 */
@Module({
  imports: [InitiationsModule],
  providers: [WebhookStore, WebhookOutbox, WebhookDeliveryService],
  exports: [WebhookStore, WebhookDeliveryService],
})
export class WebhooksModule {}

/** The routes (API processes). */
@Module({
  imports: [WebhooksModule],
  providers: [WebhooksService],
  controllers: [WebhooksController],
})
export class WebhooksHttpModule {}

/** The `webhooks` queue's processor and the due sweep (worker processes only). */
@Module({
  imports: [WebhooksModule],
  providers: [WebhookWorker],
})
export class WebhooksWorkerModule {}
