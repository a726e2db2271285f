import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainError, notFound, validationFailed } from '../common/errors';
import { newId } from '../common/ids';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { WebhookStore } from './persistence/webhook.store';
import { checkUrl, UnsafeUrlError } from './url-guard';
import { TryOutcome, WebhookDeliveryService } from './webhook-delivery.service';
import type { WebhookDelivery } from './webhook-delivery.entity';
import type { WebhookEndpoint } from './webhook-endpoint.entity';
import { DeliveryStatus, ROTATION_OVERLAP_MS, SECRET_BYTES, SECRET_PREFIX, WebhookEventType } from './webhook-events';

export const newSecret = (): string => SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');

/** An organization's webhook endpoints and their deliveries; another organization's is unknown (404). */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly store: WebhookStore,
    private readonly deliveries: WebhookDeliveryService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async checked(url: string): Promise<string> {
    try {
      await checkUrl(url, this.config.webhooks.allowPrivateUrls);
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw validationFailed([error.message]);
      throw error;
    }
    return url;
  }

  async create(
    organizationId: string,
    body: { url: string; events: WebhookEventType[]; description?: string | null },
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const secret = newSecret();
    const endpoint = await this.store.createEndpoint({
      id: newId('wh'),
      organizationId,
      url: await this.checked(body.url),
      description: body.description ?? null,
      events: body.events.join(','),
      enabled: true,
      disabledReason: null,
      secret,
      previousSecret: null,
      previousSecretUntil: null,
      failingSince: null,
    });
    return { endpoint, secret };
  }

  async get(organizationId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.store.endpoint(organizationId, id);
    if (!endpoint) throw notFound('Webhook');
    return endpoint;
  }

  list(organizationId: string, page: { offset: number; limit: number }) {
    return this.store.listEndpoints(organizationId, page);
  }

  async update(
    organizationId: string,
    id: string,
    body: { url?: string; events?: WebhookEventType[]; enabled?: boolean; description?: string | null },
  ): Promise<{ endpoint: WebhookEndpoint; updatedFields: string[] }> {
    await this.get(organizationId, id);
    const changes: Parameters<WebhookStore['updateEndpoint']>[2] = {};
    if (body.url !== undefined) changes.url = await this.checked(body.url);
    if (body.events !== undefined) changes.events = body.events.join(',');
    if (body.description !== undefined) changes.description = body.description;
    if (body.enabled !== undefined) {
      changes.enabled = body.enabled;
      // Enabled again by hand: the failures before it no longer count toward the 5 days.
      if (body.enabled) Object.assign(changes, { disabledReason: null, failingSince: null });
    }
    await this.store.updateEndpoint(organizationId, id, changes);
    const updatedFields = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
    return { endpoint: await this.get(organizationId, id), updatedFields };
  }

  async remove(organizationId: string, id: string): Promise<void> {
    if (!(await this.store.deleteEndpoint(organizationId, id))) throw notFound('Webhook');
  }

  /** A new secret; the old one keeps signing (a second signature) for 24 hours. */
  async rotate(organizationId: string, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    await this.get(organizationId, id);
    const secret = newSecret();
    await this.store.rotateSecret(
      organizationId,
      id,
      secret,
      new Date(this.clock.now().getTime() + ROTATION_OVERLAP_MS),
    );
    return { endpoint: await this.get(organizationId, id), secret };
  }

  async listDeliveries(
    organizationId: string,
    id: string,
    query: { offset: number; limit: number; status?: DeliveryStatus },
  ): Promise<{ rows: WebhookDelivery[]; total: number }> {
    await this.get(organizationId, id);
    return this.store.listDeliveries(id, query);
  }

  /** One more try of a delivery now (same messageId); 409 while the endpoint is disabled or a try is in flight. */
  async redeliver(
    organizationId: string,
    id: string,
    deliveryId: string,
  ): Promise<{ delivery: WebhookDelivery; outcome: TryOutcome }> {
    const endpoint = await this.get(organizationId, id);
    const delivery = await this.store.delivery(id, deliveryId);
    if (!delivery) throw notFound('Delivery');
    if (!endpoint.enabled) throw new DomainError('CONFLICT', 'Webhook is disabled; enable it to redeliver');
    const outcome = await this.deliveries.redeliver(organizationId, deliveryId);
    if (outcome === null) throw new DomainError('CONFLICT', 'A try of this delivery is in progress');
    return { delivery: (await this.store.delivery(id, deliveryId))!, outcome };
  }
}
