/**
 * The standard fields a customer can lack, one bit each in `customers.missing_fields` (written
 * with the row by the customer writer, indexed with the campaign): whether ANY customer of a
 * campaign lacks a field is a few dives in that index (the distinct masks), not a pass over the
 * campaign's rows (issue 20: an initiation's required-variables check at a million customers).
 * loan_id/lead_id and phone_number never are empty. Append only: a bit's meaning never changes.
 */
export const MISSING_FIELD_BITS = {
  first_name: 1 << 0,
  last_name: 1 << 1,
  loan_amount: 1 << 2,
  emi_amount: 1 << 3,
  loan_period: 1 << 4,
  current_emi: 1 << 5,
  emi_due_date: 1 << 6,
  lead_date: 1 << 7,
  payment_status: 1 << 8,
  language: 1 << 9,
  timezone: 1 << 10,
} as const;

export type NullableField = keyof typeof MISSING_FIELD_BITS;

/** The mask of the fields that are null in `values` (by column name). */
export function missingFieldsOf(values: Record<NullableField, unknown>): number {
  let mask = 0;
  for (const [field, bit] of Object.entries(MISSING_FIELD_BITS)) {
    if (values[field as NullableField] === null || values[field as NullableField] === undefined) mask |= bit;
  }
  return mask;
}

/** The same mask as SQL over a customers row (the migration's backfill). */
export const MISSING_FIELDS_SQL = Object.entries(MISSING_FIELD_BITS)
  .map(([field, bit]) => `(\`${field}\` IS NULL) * ${bit}`)
  .join(' + ');
