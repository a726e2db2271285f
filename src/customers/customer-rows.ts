import type { DataSource } from 'typeorm';
import type { CustomerRecord, CustomValue } from './customer-record';
import type { PaymentStatus } from './customer.entity';

interface CustomerRow {
  id: string;
  external_id: Buffer;
  first_name: string | null;
  last_name: string | null;
  phone_number: string;
  loan_amount: string | null;
  emi_amount: string | null;
  loan_period: string | null;
  current_emi: string | null;
  emi_due_date: string | null;
  lead_date: string | null;
  payment_status: string | null;
  language: string | null;
  timezone: string | null;
  phone_timezone: string | null;
  custom: string | null;
}

const number = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * Customers of a campaign as records, by row id, in one raw query (a dispatch batch's): hydrating
 * 500 TypeORM entities a batch cost more than the query itself (typeorm#6338). Same conversions as
 * the entity's transformers: ids as UTF-8 text, decimals as numbers, dates as 'YYYY-MM-DD'.
 */
export async function customerRows(
  dataSource: DataSource,
  campaignId: string,
  rowIds: string[],
): Promise<Map<string, CustomerRecord>> {
  const rows = await dataSource.query<CustomerRow[]>(
    'SELECT id, external_id, first_name, last_name, phone_number, loan_amount, emi_amount, loan_period, current_emi, ' +
      'emi_due_date, lead_date, payment_status, language, timezone, phone_timezone, custom FROM customers WHERE campaign_id = ? AND id IN (?)',
    [campaignId, rowIds],
  );
  const byId = new Map<string, CustomerRecord>();
  for (const r of rows) {
    byId.set(String(r.id), {
      externalId: r.external_id.toString('utf8'),
      firstName: r.first_name,
      lastName: r.last_name,
      phoneNumber: r.phone_number,
      loanAmount: number(r.loan_amount),
      emiAmount: number(r.emi_amount),
      loanPeriod: number(r.loan_period),
      currentEmi: number(r.current_emi),
      emiDueDate: r.emi_due_date,
      leadDate: r.lead_date,
      paymentStatus: r.payment_status as PaymentStatus | null,
      language: r.language,
      timezone: r.timezone,
      phoneTimezone: r.phone_timezone,
      custom: r.custom === null ? {} : (JSON.parse(r.custom) as Record<string, CustomValue>),
    });
  }
  return byId;
}

/**
 * The names (`first_name last_name`) of some of an organization's customers, by row id: a logs
 * page's (at most 100), in one query.
 */
export async function customerNames(
  dataSource: DataSource,
  organizationId: string,
  rowIds: string[],
): Promise<Map<string, string | null>> {
  if (rowIds.length === 0) return new Map();
  const rows = await dataSource.query<Array<{ id: string; first_name: string | null; last_name: string | null }>>(
    'SELECT id, first_name, last_name FROM customers WHERE organization_id = ? AND id IN (?)',
    [organizationId, rowIds],
  );
  return new Map(rows.map((r) => [String(r.id), [r.first_name, r.last_name].filter((part) => part).join(' ') || null]));
}
