import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/ids';
import { WebhookDelivery } from '../webhook-delivery.entity';
import { WebhookEndpoint } from '../webhook-endpoint.entity';
import type { DeliveryStatus, WebhookEventType } from '../webhook-events';

type Db = Pick<EntityManager, 'query'>;

/** An event for the outbox: what it is about (one delivery per event and endpoint) and its seed. */
export interface OutboxEvent {
  organizationId: string;
  type: WebhookEventType;
  eventKey: string;
  seed: Record<string, unknown>;
}

/** A delivery due, as the sweep enqueues it. */
export interface DueDelivery {
  id: string;
  organizationId: string;
  attempts: number;
}

/** What a try needs: the delivery and its endpoint. */
export interface DeliveryTry {
  delivery: WebhookDelivery;
  endpoint: WebhookEndpoint;
}

/** The one home of SQL on `webhook_endpoints` and `webhook_deliveries`. */
@Injectable()
export class WebhookStore {
  constructor(private readonly dataSource: DataSource) {}

  private get endpoints() {
    return this.dataSource.getRepository(WebhookEndpoint);
  }

  private get deliveries() {
    return this.dataSource.getRepository(WebhookDelivery);
  }

  // ---- endpoints ----

  async createEndpoint(row: Omit<WebhookEndpoint, 'createdAt' | 'updatedAt'>): Promise<WebhookEndpoint> {
    await this.endpoints.insert(row);
    return (await this.endpoint(row.organizationId, row.id))!;
  }

  async endpoint(organizationId: string, id: string): Promise<WebhookEndpoint | null> {
    return this.endpoints.findOneBy({ id, organizationId });
  }

  async listEndpoints(
    organizationId: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: WebhookEndpoint[]; total: number }> {
    const [rows, total] = await this.endpoints.findAndCount({
      where: { organizationId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }

  async updateEndpoint(
    organizationId: string,
    id: string,
    changes: Partial<
      Pick<WebhookEndpoint, 'url' | 'events' | 'enabled' | 'description' | 'disabledReason' | 'failingSince'>
    >,
  ): Promise<void> {
    if (Object.keys(changes).length > 0) await this.endpoints.update({ id, organizationId }, changes);
  }

  async rotateSecret(organizationId: string, id: string, secret: string, previousUntil: Date): Promise<void> {
    await this.dataSource.query(
      'UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_until = ?, secret = ? WHERE id = ? AND organization_id = ?',
      [previousUntil, secret, id, organizationId],
    );
  }

  /** The endpoint and its deliveries. */
  async deleteEndpoint(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.query<{ affectedRows: number }>(
        'DELETE FROM webhook_endpoints WHERE id = ? AND organization_id = ?',
        [id, organizationId],
      );
      if (result.affectedRows === 0) return false;
      await manager.query('DELETE FROM webhook_deliveries WHERE endpoint_id = ?', [id]);
      return true;
    });
  }

  // ---- the outbox, inside the transaction of the event ----

  /**
   * One pending delivery per enabled endpoint of the event's organization subscribed to its type,
   * due now; a second write of the same event (same endpoint, type, key) is ignored.
   */
  async enqueue(db: Db, events: OutboxEvent[], now: Date): Promise<number> {
    if (events.length === 0) return 0;
    const types = [...new Set(events.map((e) => e.type))];
    const orgs = [...new Set(events.map((e) => e.organizationId))];
    const endpoints = await db.query<Array<{ id: string; organization_id: string; events: string }>>(
      'SELECT id, organization_id, events FROM webhook_endpoints WHERE organization_id IN (?) AND enabled = 1',
      [orgs],
    );
    const subscribed = endpoints.filter((e) => types.some((t) => e.events.split(',').includes(t)));
    if (subscribed.length === 0) return 0;
    const rows: unknown[][] = [];
    for (const event of events) {
      for (const e of subscribed) {
        if (e.organization_id !== event.organizationId || !e.events.split(',').includes(event.type)) continue;
        rows.push([
          newId('whd'),
          e.id,
          event.organizationId,
          newId('msg'),
          event.type,
          event.eventKey,
          JSON.stringify(event.seed),
          'pending',
          0,
          now,
          now,
        ]);
      }
    }
    if (rows.length === 0) return 0;
    const result = await db.query<{ affectedRows: number }>(
      `INSERT IGNORE INTO webhook_deliveries
         (id, endpoint_id, organization_id, message_id, type, event_key, seed, status, attempts, next_attempt_at, created_at)
       VALUES ?`,
      [rows],
    );
    return result.affectedRows;
  }

  /** Whether any endpoint of these organizations listens to `type` (the hooks' fast path). */
  async anyListening(db: Db, organizationIds: string[], type: WebhookEventType): Promise<boolean> {
    if (organizationIds.length === 0) return false;
    const rows = await db.query<unknown[]>(
      'SELECT 1 FROM webhook_endpoints WHERE organization_id IN (?) AND enabled = 1 AND FIND_IN_SET(?, events) LIMIT 1',
      [organizationIds, type],
    );
    return rows.length > 0;
  }

  // ---- deliveries ----

  async listDeliveries(
    endpointId: string,
    query: { offset: number; limit: number; status?: DeliveryStatus },
  ): Promise<{ rows: WebhookDelivery[]; total: number }> {
    const [rows, total] = await this.deliveries.findAndCount({
      where: { endpointId, ...(query.status && { status: query.status }) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return { rows, total };
  }

  async delivery(endpointId: string, id: string): Promise<WebhookDelivery | null> {
    return this.deliveries.findOneBy({ id, endpointId });
  }

  /** Pending deliveries due at `now` of enabled endpoints, not under a try, oldest due first. */
  async due(now: Date, limit: number): Promise<DueDelivery[]> {
    const rows = await this.dataSource.query<Array<{ id: string; organization_id: string; attempts: number }>>(
      `SELECT d.id, d.organization_id, d.attempts
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)
          AND e.enabled = 1
        ORDER BY d.next_attempt_at LIMIT ?`,
      [now, now, limit],
    );
    return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, attempts: Number(r.attempts) }));
  }

  /**
   * Takes a try of the delivery until `leaseUntil`: a scheduled try only when it is still pending,
   * due, its endpoint enabled and `attempts` tries made (a stale or repeated job takes nothing);
   * a redelivery (`any`) whatever its status. Returns what the try needs, or null.
   */
  async claim(
    id: string,
    organizationId: string,
    expect: { attempts: number } | 'any',
    now: Date,
    leaseUntil: Date,
  ): Promise<DeliveryTry | null> {
    const scheduled =
      expect === 'any'
        ? ''
        : "AND d.status = 'pending' AND d.attempts = ? AND d.next_attempt_at <= ? AND e.enabled = 1";
    const params = expect === 'any' ? [] : [expect.attempts, now];
    const result = await this.dataSource.query<{ affectedRows: number }>(
      `UPDATE webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
          SET d.lease_until = ?
        WHERE d.id = ? AND d.organization_id = ? AND (d.lease_until IS NULL OR d.lease_until <= ?) ${scheduled}`,
      [leaseUntil, id, organizationId, now, ...params],
    );
    if (result.affectedRows !== 1) return null;
    const delivery = await this.deliveries.findOneBy({ id });
    const endpoint = delivery && (await this.endpoints.findOneBy({ id: delivery.endpointId }));
    return delivery && endpoint ? { delivery, endpoint } : null;
  }

  /** Freezes the body of the first try; whoever froze it first wins. Returns the body to send. */
  async freezeBody(id: string, body: string): Promise<string> {
    await this.dataSource.query('UPDATE webhook_deliveries SET body = ? WHERE id = ? AND body IS NULL', [body, id]);
    const [row] = await this.dataSource.query<Array<{ body: string }>>(
      'SELECT body FROM webhook_deliveries WHERE id = ?',
      [id],
    );
    return row.body;
  }

  /** A try's result on the delivery (the lease let go) and on its endpoint, in one transaction. */
  async recordTry(
    delivery: { id: string; endpointId: string },
    result: {
      status: DeliveryStatus;
      statusCode: number | null;
      error: string | null;
      nextAttemptAt: Date | null;
      deliveredAt: Date | null;
    },
    endpoint: { ok: boolean; disableReason?: string; failingSinceIfNone: Date },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE webhook_deliveries
            SET status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?, next_attempt_at = ?,
                delivered_at = COALESCE(?, delivered_at), lease_until = NULL
          WHERE id = ?`,
        [result.status, result.statusCode, result.error, result.nextAttemptAt, result.deliveredAt, delivery.id],
      );
      if (endpoint.ok) {
        await manager.query('UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ?', [delivery.endpointId]);
      } else {
        await manager.query(
          `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, ?),
                  enabled = IF(? IS NULL, enabled, 0), disabled_reason = COALESCE(?, disabled_reason)
            WHERE id = ?`,
          [
            endpoint.failingSinceIfNone,
            endpoint.disableReason ?? null,
            endpoint.disableReason ?? null,
            delivery.endpointId,
          ],
        );
      }
    });
  }

  async releaseLease(id: string): Promise<void> {
    await this.dataSource.query('UPDATE webhook_deliveries SET lease_until = NULL WHERE id = ?', [id]);
  }
}
