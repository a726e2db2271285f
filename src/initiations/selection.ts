import type { EntityManager } from 'typeorm';
import { valueHash } from '../customers/customer-writer';
import type { SqlWhere } from '../targeting/filter-query.builder';

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

/** The selection: the first `limit` matches in creation order, as a derived table `s`. */
function selection(where: SqlWhere, columns: string[], limit: number): { sql: string; params: unknown[] } {
  return {
    sql: `(SELECT ${columns.map((c) => `c.${c}`).join(', ')} FROM customers c WHERE ${where.sql} ORDER BY c.id LIMIT ?) s`,
    params: [...where.params, limit],
  };
}

/**
 * The required variables that are empty or absent on at least one selected customer, in the
 * order declared. One pass over the selection, whatever the number of variables.
 */
export async function missingVariables(
  manager: EntityManager,
  campaignId: string,
  idField: string,
  where: SqlWhere,
  limit: number,
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
  const from = selection(where, [...columns], limit);
  const sql = `SELECT ${checks.map((c, i) => `${c} AS v${i}`).join(', ')} FROM ${from.sql}`;
  const [row] = await manager.query<Array<Record<string, string | number | null>>>(sql, [
    ...checkParams,
    ...from.params,
  ]);
  return checked.filter((_, i) => Number(row[`v${i}`]) === 1);
}

/**
 * Writes the selection as attempt rows, numbered into batches, in one INSERT … SELECT: the
 * selection becomes a snapshot and no process holds it in memory. Returns the rows written.
 */
export async function insertAttempts(
  manager: EntityManager,
  attempt: { initiationId: string; organizationId: string; campaignId: string; channel: string },
  where: SqlWhere,
  limit: number,
  batchSize: number,
): Promise<number> {
  const from = selection(where, ['id', 'external_id', 'phone_number'], limit);
  const sql =
    'INSERT INTO attempts (attempt_id, initiation_id, organization_id, campaign_id, channel, customer_row_id, external_id, phone, batch, status) ' +
    "SELECT CONCAT('att_', LOWER(HEX(RANDOM_BYTES(12)))), ?, ?, ?, ?, s.id, s.external_id, s.phone_number, " +
    `FLOOR((ROW_NUMBER() OVER (ORDER BY s.id) - 1) / ?) + 1, 'queued' FROM ${from.sql}`;
  const result = await manager.query<{ affectedRows: number }>(sql, [
    attempt.initiationId,
    attempt.organizationId,
    attempt.campaignId,
    attempt.channel,
    batchSize,
    ...from.params,
  ]);
  return result.affectedRows;
}
