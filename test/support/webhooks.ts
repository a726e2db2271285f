import { WebhookDeliveryService } from '../../src/webhooks/webhook-delivery.service';
import { bearer, TestApp } from './app';

/** What the webhooks' specs (test/webhooks/) share. */

export interface CreatedWebhook {
  id: string;
  secret: string;
}

export async function createWebhook(
  t: TestApp,
  key: string,
  url: string,
  events: string[] = ['attempt.outcome', 'initiation.completed', 'followup.scheduled'],
): Promise<CreatedWebhook> {
  const res = await t.http.post('/api/v1/webhooks').set(bearer(key)).send({ url, events });
  if (res.status !== 201) throw new Error(`webhook not created: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.data.id as string, secret: res.body.data.secret as string };
}

export interface DeliveryView {
  id: string;
  messageId: string;
  type: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** The endpoint's deliveries through its route, newest first. */
export async function deliveriesOf(t: TestApp, key: string, webhookId: string): Promise<DeliveryView[]> {
  const res = await t.http.get(`/api/v1/webhooks/${webhookId}/deliveries?limit=100`).set(bearer(key));
  if (res.status !== 200) throw new Error(`deliveries: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as DeliveryView[];
}

/** Polls `check` until it returns something other than undefined (a worker's job is asynchronous). */
export async function until<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The workers' due sweep at the app's (fake) clock, then waits until the delivery has made
 * `tries` tries in all (the try runs in the `webhooks` queue's processor).
 */
export async function sweepUntilTries(
  t: TestApp,
  key: string,
  webhookId: string,
  deliveryId: string,
  tries: number,
): Promise<DeliveryView> {
  await t.app.get(WebhookDeliveryService).sweep();
  return until(async () => {
    const d = (await deliveriesOf(t, key, webhookId)).find((x) => x.id === deliveryId);
    return d && d.attempts >= tries ? d : undefined;
  }, `delivery ${deliveryId} to reach ${tries} tries`);
}
