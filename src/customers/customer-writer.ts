import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { customText, CustomerRecord } from './customer-record';
import { missingFieldsOf } from './missing-fields';

/** Rows per multi-row statement: well under mysql2's packet limits, few round trips. */
export const WRITE_CHUNK = 500;

const COLUMNS = [
  'campaign_id',
  'organization_id',
  'external_id',
  'first_name',
  'last_name',
  'phone_number',
  'loan_amount',
  'emi_amount',
  'loan_period',
  'current_emi',
  'emi_due_date',
  'lead_date',
  'payment_status',
  'language',
  'language_key',
  'timezone',
  'phone_timezone',
  'custom',
  'missing_fields',
];
const UPDATE = COLUMNS.slice(3)
  .map((c) => `${c} = VALUES(${c})`)
  .join(', ');
const INSERT_CUSTOMERS = `INSERT INTO customers (${COLUMNS.join(', ')}) VALUES ? ON DUPLICATE KEY UPDATE ${UPDATE}, updated_at = CURRENT_TIMESTAMP(3)`;

export interface CampaignScope {
  organizationId: string;
  campaignId: string;
}

export const valueHash = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * What the `language` filter compares (customers.language_key), for the stored language and the
 * filter's values alike: lower case, nothing else normalized, so accents and invisible characters
 * still count (SPEC §4). `toLowerCase` is locale-independent: every process computes the same key.
 */
export const languageKey = (language: string): Buffer => Buffer.from(language.toLowerCase(), 'utf8');

function row(scope: CampaignScope, r: CustomerRecord): unknown[] {
  const hasCustom = Object.keys(r.custom).length > 0;
  return [
    scope.campaignId,
    scope.organizationId,
    Buffer.from(r.externalId, 'utf8'),
    r.firstName,
    r.lastName,
    r.phoneNumber,
    r.loanAmount,
    r.emiAmount,
    r.loanPeriod,
    r.currentEmi,
    r.emiDueDate,
    r.leadDate,
    r.paymentStatus,
    r.language,
    r.language === null ? null : languageKey(r.language),
    r.timezone,
    r.phoneTimezone,
    hasCustom ? JSON.stringify(r.custom) : null,
    missingFieldsOf({
      first_name: r.firstName,
      last_name: r.lastName,
      loan_amount: r.loanAmount,
      emi_amount: r.emiAmount,
      loan_period: r.loanPeriod,
      current_emi: r.currentEmi,
      emi_due_date: r.emiDueDate,
      lead_date: r.leadDate,
      payment_status: r.paymentStatus,
      language: r.language,
      timezone: r.timezone,
    }),
  ];
}

/**
 * Upserts records into one campaign: a multi-row INSERT … ON DUPLICATE KEY UPDATE per chunk, then
 * the custom-field index rows of those customers are replaced. Run it inside a transaction.
 * Within one call a repeated id is written once, with its last record. Returns the chunks written.
 */
export async function upsertCustomers(
  manager: EntityManager,
  scope: CampaignScope,
  records: CustomerRecord[],
): Promise<number> {
  const latest = new Map<string, CustomerRecord>();
  for (const r of records) {
    latest.delete(r.externalId);
    latest.set(r.externalId, r);
  }
  const unique = [...latest.values()];
  let chunks = 0;
  for (let start = 0; start < unique.length; start += WRITE_CHUNK) {
    const chunk = unique.slice(start, start + WRITE_CHUNK);
    const externalIds = chunk.map((r) => Buffer.from(r.externalId, 'utf8'));
    const selectIds = 'SELECT id, external_id FROM customers WHERE campaign_id = ? AND external_id IN (?)';
    // Only customers that existed have index rows to replace; a fresh load deletes nothing
    // (and takes no gap locks on customer_fields).
    const before = await manager.query<Array<{ id: string }>>(selectIds, [scope.campaignId, externalIds]);
    await manager.query(INSERT_CUSTOMERS, [chunk.map((r) => row(scope, r))]);
    if (before.length > 0) {
      await manager.query('DELETE FROM customer_fields WHERE customer_id IN (?)', [before.map((i) => i.id)]);
    }
    const ids = await manager.query<Array<{ id: string; external_id: Buffer }>>(selectIds, [
      scope.campaignId,
      externalIds,
    ]);
    const rowId = new Map(ids.map((i) => [i.external_id.toString('utf8'), i.id]));
    const fields: unknown[][] = [];
    for (const r of chunk) {
      const id = rowId.get(r.externalId);
      for (const [key, value] of Object.entries(r.custom)) {
        if (value !== null && id !== undefined) fields.push([scope.campaignId, key, valueHash(customText(value)), id]);
      }
    }
    if (fields.length > 0) {
      await manager.query('INSERT INTO customer_fields (campaign_id, field_key, value_hash, customer_id) VALUES ?', [
        fields,
      ]);
    }
    chunks += 1;
  }
  return chunks;
}
