import { MISSING_FIELDS_BACKFILL } from '../database/migrations/1796414900000-MissingFields';
import { MISSING_FIELD_BITS, MISSING_FIELDS_SQL, missingFieldsOf } from './missing-fields';

const none = Object.fromEntries(Object.keys(MISSING_FIELD_BITS).map((f) => [f, 'x'])) as Record<
  keyof typeof MISSING_FIELD_BITS,
  unknown
>;

describe('missing fields mask', () => {
  it('is 0 for a customer with every standard field, one bit per empty field', () => {
    expect(missingFieldsOf(none)).toBe(0);
    expect(missingFieldsOf({ ...none, first_name: null })).toBe(1);
    expect(missingFieldsOf({ ...none, emi_amount: null, timezone: null })).toBe(8 | 1024);
  });

  it('has one distinct bit per field, within a SMALLINT UNSIGNED', () => {
    const bits = Object.values(MISSING_FIELD_BITS);
    expect(new Set(bits).size).toBe(bits.length);
    expect(bits.reduce((a, b) => a | b, 0)).toBeLessThan(65536);
  });

  it("the migration's frozen backfill computes the same mask as the writer", () => {
    expect(MISSING_FIELDS_BACKFILL).toBe(MISSING_FIELDS_SQL);
  });
});
