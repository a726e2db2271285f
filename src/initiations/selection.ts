import type { EntityManager } from 'typeorm';
import { valueHash } from '../customers/customer-writer';

/** Standard fields that can be empty, by their column. loan_id/lead_id and phone_number never are. */
const NULLABLE_COLUMNS: Record<string, string> = {
  first_name: 'first_name',
  last_name: 'last_name',
  loan_amount: 'loan_amount',
  emi_amount: 'emi_amount',
  loan_period: 'loan_period',
  current_emi: 'current_emi',
  emi_due_date: 'emi_due_date',
  lead_date: 'lead_date',
  payment_status: 'payment_status',
  language: 'language',
  timezone: 'timezone',
};
const EMPTY_TEXT = valueHash('');

/** A derived table `s` of customers with `s.id` and the columns asked for. */
export type CustomerSource = (columns: string[]) => { sql: string; params: unknown[] };

/** The customers of an initiation's queued attempts. */
export const queuedCustomersOf =
  (initiationId: string): CustomerSource =>
  (columns) => ({
    sql: `(SELECT ${columns.map((c) => `c.${c}`).join(', ')} FROM attempts a JOIN customers c ON c.id = a.customer_row_id WHERE a.initiation_id = ? AND a.status = 'queued') s`,
    params: [initiationId],
  });

/**
 * The required variables that are empty or absent on at least one customer of `source`, in the
 * order declared. One pass over the customers, whatever the number of variables.
 */
export async function missingVariables(
  manager: EntityManager,
  campaignId: string,
  idField: string,
  source: CustomerSource,
  variables: string[],
): Promise<string[]> {
  const checks: string[] = [];
  const checkParams: unknown[] = [];
  const columns = new Set(['id']);
  const checked = variables.filter((v) => v !== idField && v !== 'phone_number');
  for (const variable of checked) {
    const column = Object.hasOwn(NULLABLE_COLUMNS, variable) ? NULLABLE_COLUMNS[variable] : undefined;
    if (column) {
      columns.add(column);
      checks.push(`MAX(s.${column} IS NULL)`);
    } else {
      checks.push(
        'MAX(NOT EXISTS (SELECT 1 FROM customer_fields f WHERE f.campaign_id = ? AND f.field_key = ? AND f.customer_id = s.id AND f.value_hash <> ?))',
      );
      checkParams.push(campaignId, variable, EMPTY_TEXT);
    }
  }
  if (checks.length === 0) return [];
  const from = source([...columns]);
  const sql = `SELECT ${checks.map((c, i) => `${c} AS v${i}`).join(', ')} FROM ${from.sql}`;
  const [row] = await manager.query<Array<Record<string, string | number | null>>>(sql, [
    ...checkParams,
    ...from.params,
  ]);
  return checked.filter((_, i) => Number(row[`v${i}`]) === 1);
}
