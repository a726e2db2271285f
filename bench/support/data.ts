import { Readable } from 'node:stream';
import { FixtureRecord, generateCustomers } from '../../test/support/fixture';

/**
 * Customers for the benchmark: the targeting fixture's mix (7 statuses, 6 languages, 3 months of
 * due dates, 8 branch values) with distinct ids and phone numbers (`<digit><9 digits>`; one
 * leading digit per campaign, so phones are distinct across the organization) and a first name,
 * which the benchmark's agent needs.
 */
export function customers(start: number, count: number, phoneDigit: number): FixtureRecord[] {
  return generateCustomers(count, start + 1).map((r, i) => ({
    ...r,
    loan_id: `L${start + i}`,
    first_name: `Name${(start + i) % 997}`,
    phone_number: `${phoneDigit}${String(start + i).padStart(9, '0')}`,
  }));
}

const CSV_COLUMNS = [
  'loan_id',
  'first_name',
  'phone_number',
  'emi_amount',
  'loan_amount',
  'emi_due_date',
  'payment_status',
  'language',
  'branch',
] as const;

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file of `count` customers, generated as it is read (10,000 rows a chunk). */
export function csvStream(count: number, phoneDigit: number): Readable {
  let next = 0;
  return new Readable({
    read() {
      if (next === 0) this.push(`${CSV_COLUMNS.join(',')}\n`);
      if (next >= count) {
        this.push(null);
        return;
      }
      const n = Math.min(10_000, count - next);
      const lines = customers(next, n, phoneDigit).map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
      next += n;
      this.push(`${lines.join('\n')}\n`);
    },
  });
}
