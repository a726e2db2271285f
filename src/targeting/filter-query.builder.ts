import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Db } from '../database/read-replicas';
import { languageKey, valueHash } from '../customers/customer-writer';
import type { Filters } from './filters';

export interface CampaignScope {
  organizationId: string;
  campaignId: string;
}

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/**
 * Turns parsed filters into one scoped WHERE clause over `customers` (alias `c`), like Vendure's
 * ListQueryBuilder: a closed set of fields and operators, the organization and campaign always in
 * it, every value a bound parameter. Column names come from the closed lists in filters.ts, never
 * from the request; custom keys and values are parameters (the key is also a validated identifier).
 */
@Injectable()
export class FilterQueryBuilder {
  constructor(private readonly dataSource: DataSource) {}

  where(scope: CampaignScope, filters: Filters): SqlWhere {
    // Tenant scope in the SQL itself: the campaign must belong to the organization. The subquery is
    // a constant (primary key), so the customer indexes stay usable and index-only.
    const clauses = ['c.campaign_id = (SELECT sc.id FROM campaigns sc WHERE sc.id = ? AND sc.organization_id = ?)'];
    const params: unknown[] = [scope.campaignId, scope.organizationId];
    const add = (sql: string, ...values: unknown[]): void => {
      clauses.push(sql);
      params.push(...values);
    };
    if (filters.ids) add('c.external_id IN (?)', filters.ids.map(utf8));
    if (filters.excludeIds && filters.excludeIds.length > 0)
      add('c.external_id NOT IN (?)', filters.excludeIds.map(utf8));
    if (filters.paymentStatus) add('c.payment_status IN (?)', filters.paymentStatus);
    // Lower-cased bytes on both sides: case is ignored, accents and invisible characters are not.
    if (filters.language) add('c.language_key IN (?)', filters.language.map(languageKey));
    for (const d of filters.dates) {
      if (d.from !== undefined) add(`c.${d.column} >= ?`, d.from);
      if (d.to !== undefined) add(`c.${d.column} <= ?`, d.to);
    }
    for (const n of filters.numbers) {
      if (n.min !== undefined) add(`c.${n.column} >= ?`, n.min);
      if (n.max !== undefined) add(`c.${n.column} <= ?`, n.max);
    }
    for (const { key, values } of filters.custom) {
      add(
        'c.id IN (SELECT f.customer_id FROM customer_fields f WHERE f.campaign_id = ? AND f.field_key = ? AND f.value_hash IN (?))',
        scope.campaignId,
        key,
        values.map(valueHash),
      );
    }
    return { sql: clauses.join(' AND '), params };
  }

  /** totalMatched. */
  async count(scope: CampaignScope, filters: Filters, db: Db = this.dataSource): Promise<number> {
    const { sql, params } = this.where(scope, filters);
    const rows = await db.query<Array<{ n: string }>>(`SELECT COUNT(*) AS n FROM customers c WHERE ${sql}`, params);
    return Number(rows[0].n);
  }

  /** The first `limit` matching customers' row ids, in creation order. */
  async firstIds(scope: CampaignScope, filters: Filters, limit: number, db: Db = this.dataSource): Promise<string[]> {
    const { sql, params } = this.where(scope, filters);
    const rows = await db.query<Array<{ id: string }>>(
      `SELECT c.id FROM customers c WHERE ${sql} ORDER BY c.id LIMIT ?`,
      [...params, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The selection — the first `limit` matches in creation order — walked by key in chunks, so no
   * caller holds a million rows: `WHERE … AND c.id > :last ORDER BY c.id LIMIT :chunk`.
   */
  async *selectIds(scope: CampaignScope, filters: Filters, limit: number, chunk = 5000): AsyncGenerator<string[]> {
    const { sql, params } = this.where(scope, filters);
    let last = 0n;
    let remaining = limit;
    while (remaining > 0) {
      const rows = await this.dataSource.query<Array<{ id: string }>>(
        `SELECT c.id FROM customers c WHERE ${sql} AND c.id > ? ORDER BY c.id LIMIT ?`,
        [...params, last, Math.min(chunk, remaining)],
      );
      if (rows.length === 0) return;
      remaining -= rows.length;
      last = BigInt(rows[rows.length - 1].id);
      yield rows.map((r) => r.id);
    }
  }
}
