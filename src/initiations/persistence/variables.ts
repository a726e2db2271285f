import type { EntityManager } from 'typeorm';
import { valueHash } from '../../customers/customer-writer';
import { MISSING_FIELD_BITS, NullableField } from '../../customers/missing-fields';

/**
 * Standard fields that can be empty, by their column (the same names): the fields of the
 * missing-fields mask, one list. loan_id/lead_id and phone_number never are empty.
 */
const NULLABLE_COLUMNS: Record<string, string> = Object.fromEntries(
  Object.keys(MISSING_FIELD_BITS).map((field) => [field, field]),
);
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
 * The customers of one campaign whose row ids lie in [first, last]: a primary-key range, read in
 * order — a superset of an initiation's customers that costs a sequential read, not a join per row.
 */
export const campaignSpanOf =
  (campaignId: string, first: string, last: string): CustomerSource =>
  (columns) => ({
    sql: `(SELECT ${columns.map((c) => `c.${c}`).join(', ')} FROM customers c WHERE c.id BETWEEN ? AND ? AND c.campaign_id = ?) s`,
    params: [first, last, campaignId],
  });

/** Every customer of one campaign: a superset of any of its selections. */
export const campaignOf =
  (campaignId: string): CustomerSource =>
  (columns) => ({
    sql: `(SELECT ${columns.map((c) => `c.${c}`).join(', ')} FROM customers c WHERE c.campaign_id = ?) s`,
    params: [campaignId],
  });

/**
 * The required variables a customer row can lack, as SQL: per variable, an expression over the
 * row alias that is 1 when the variable is empty or absent on that customer. `columns` are the
 * customer columns the expressions read (besides `id`).
 */
export interface VariableChecks {
  names: string[];
  columns: string[];
  on: (alias: string) => Array<{ sql: string; params: unknown[] }>;
}

export function variableChecks(campaignId: string, idField: string, variables: string[]): VariableChecks {
  const names = variables.filter((v) => v !== idField && v !== 'phone_number');
  const columns = new Set<string>();
  for (const v of names) if (Object.hasOwn(NULLABLE_COLUMNS, v)) columns.add(NULLABLE_COLUMNS[v]);
  return {
    names,
    columns: [...columns],
    on: (alias) =>
      names.map((variable) =>
        Object.hasOwn(NULLABLE_COLUMNS, variable)
          ? { sql: `${alias}.${NULLABLE_COLUMNS[variable]} IS NULL`, params: [] }
          : {
              sql: `NOT EXISTS (SELECT 1 FROM customer_fields f WHERE f.campaign_id = ? AND f.field_key = ? AND f.customer_id = ${alias}.id AND f.value_hash <> ?)`,
              params: [campaignId, variable, EMPTY_TEXT],
            },
      ),
  };
}

/** The variables whose flag (`v0`, `v1`, … of a row of MAX()es) is set, in the order declared. */
export function flaggedVariables(checks: VariableChecks, row: Record<string, unknown> | undefined): string[] {
  return checks.names.filter((_, i) => Number(row?.[`v${i}`] ?? 0) === 1);
}

/**
 * What the campaign's masks of missing fields (customers.missing_fields, a few dives in its index)
 * tell of `checks` over ANY of its selections: `complete` — no customer lacks a standard variable
 * and none is a custom field; `lacking` — some customer of the campaign lacks a standard one (a
 * selection may not include it: only the exact check tells); `unknown` — custom fields are asked.
 */
export async function campaignCompleteness(
  db: Pick<EntityManager, 'query'>,
  campaignId: string,
  checks: VariableChecks,
): Promise<'complete' | 'lacking' | 'unknown'> {
  if (checks.names.length === 0) return 'complete';
  const wanted = checks.names.reduce(
    (mask, v) => (Object.hasOwn(MISSING_FIELD_BITS, v) ? mask | MISSING_FIELD_BITS[v as NullableField] : mask),
    0,
  );
  if (wanted !== 0) {
    const masks = await db.query<Array<{ m: number }>>(
      'SELECT DISTINCT missing_fields AS m FROM customers WHERE campaign_id = ?',
      [campaignId],
    );
    if (masks.some((r) => (Number(r.m) & wanted) !== 0)) return 'lacking';
  }
  return checks.names.every((v) => Object.hasOwn(MISSING_FIELD_BITS, v)) ? 'complete' : 'unknown';
}

/**
 * The required variables that are empty or absent on at least one customer of `source`, in the
 * order declared. One pass over the customers, whatever the number of variables.
 */
export async function missingVariables(
  manager: EntityManager,
  checks: VariableChecks,
  source: CustomerSource,
): Promise<string[]> {
  if (checks.names.length === 0) return [];
  const exprs = checks.on('s');
  const from = source(['id', ...checks.columns]);
  const sql = `SELECT ${exprs.map((e, i) => `MAX(${e.sql}) AS v${i}`).join(', ')} FROM ${from.sql}`;
  const [row] = await manager.query<Array<Record<string, string | number | null>>>(sql, [
    ...exprs.flatMap((e) => e.params),
    ...from.params,
  ]);
  return flaggedVariables(checks, row);
}
