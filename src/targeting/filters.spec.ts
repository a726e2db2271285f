import { parseFilters } from './filters';

const ok = (raw: unknown) => {
  const result = parseFilters(raw);
  expect(result.problems).toEqual([]);
  return result.filters;
};
const problems = (raw: unknown) => parseFilters(raw).problems;

describe('parseFilters: accepted forms', () => {
  it('treats absent filters as no filter', () => {
    expect(ok(undefined)).toEqual({ custom: [], dates: [], numbers: [] });
    expect(ok({})).toEqual({ custom: [], dates: [], numbers: [] });
  });

  it('normalises single values to lists and statuses to lower case', () => {
    const f = ok({ payment_status: 'Pending', language: 'hindi' });
    expect(f.paymentStatus).toEqual(['pending']);
    expect(f.language).toEqual(['hindi']);
    expect(ok({ payment_status: ['bounced', 'PENDING', 'pending'] }).paymentStatus).toEqual(['bounced', 'pending']);
  });

  it('reads ids and exclude_ids (exclude may be empty)', () => {
    expect(ok({ ids: ['A', 'b '] }).ids).toEqual(['A', 'b ']);
    expect(ok({ exclude_ids: [] }).excludeIds).toEqual([]);
  });

  it('reads custom fields as lists of text', () => {
    expect(ok({ custom: { branch: 'mumbai', product_type: ['personal_loan', 'home_loan'] } }).custom).toEqual([
      { key: 'branch', values: ['mumbai'] },
      { key: 'product_type', values: ['personal_loan', 'home_loan'] },
    ]);
  });

  it('reads dates and date ranges, numbers and number ranges', () => {
    const f = ok({
      emi_due_date: { from: '2025-08-01', to: '2025-08-31' },
      lead_date: '2025-07-04',
      emi_amount: { min: 5000, max: 20000 },
      loan_amount: 100000,
      current_emi: { max: 3 },
    });
    expect(f.dates).toEqual([
      { column: 'emi_due_date', from: '2025-08-01', to: '2025-08-31' },
      { column: 'lead_date', from: '2025-07-04', to: '2025-07-04' },
    ]);
    expect(f.numbers).toEqual([
      { column: 'emi_amount', min: 5000, max: 20000 },
      { column: 'loan_amount', min: 100000, max: 100000 },
      { column: 'current_emi', min: undefined, max: 3 },
    ]);
  });

  it('accepts 100,000 ids', () => {
    expect(ok({ ids: Array.from({ length: 100000 }, (_, i) => `L${i}`) }).ids).toHaveLength(100000);
  });
});

describe('parseFilters: rejections name the key', () => {
  it.each([
    ['not an object', 'x', 'filters must be an object'],
    ['an array', [], 'filters must be an object'],
    ['an unknown key', { status: 'paid' }, 'filters.status is not a known filter'],
    ['a misspelt key', { payment_stauts: 'paid' }, 'filters.payment_stauts is not a known filter'],
    ['empty ids', { ids: [] }, 'filters.ids must not be empty'],
    ['ids as a string', { ids: 'L1' }, 'filters.ids must be an array of strings'],
    ['ids with numbers', { ids: ['L1', 2] }, 'filters.ids must be an array of strings'],
    [
      'too many ids',
      { ids: Array.from({ length: 100001 }, (_, i) => `L${i}`) },
      'filters.ids must contain at most 100000 entries',
    ],
    [
      'an unknown status',
      { payment_status: ['pending', 'late'] },
      'filters.payment_status must be one of: bounced, pending, partial, paid, received',
    ],
    ['an empty status list', { payment_status: [] }, 'filters.payment_status must not be empty'],
    ['a numeric language', { language: 5 }, 'filters.language must be a string or an array of strings'],
    ['custom as a list', { custom: ['branch'] }, 'filters.custom must be an object of field: value or [values]'],
    ['an empty custom', { custom: {} }, 'filters.custom must not be empty'],
    [
      'a custom key with a quote',
      { custom: { "x' OR 1=1 --": 'a' } },
      `filters.custom key "x' OR 1=1 --" is not a valid field name`,
    ],
    ['a JSON-path custom key', { custom: { '$.a': 'a' } }, 'filters.custom key "$.a" is not a valid field name'],
    ['a custom number', { custom: { score: 7.5 } }, 'filters.custom.score must be a string or an array of strings'],
    [
      'a custom standard field',
      { custom: { payment_status: 'paid' } },
      'filters.custom.payment_status is a standard field: filter it at the top level of filters',
    ],
    ['a bad date', { emi_due_date: '2025-02-30' }, 'filters.emi_due_date must be a date YYYY-MM-DD or {from, to}'],
    ['a bad from', { emi_due_date: { from: 'yesterday' } }, 'filters.emi_due_date.from must be a date YYYY-MM-DD'],
    [
      'from after to',
      { emi_due_date: { from: '2025-09-01', to: '2025-08-01' } },
      'filters.emi_due_date.from must not be after filters.emi_due_date.to',
    ],
    ['an empty range', { lead_date: {} }, 'filters.lead_date must give from or to'],
    [
      'a range with a stray key',
      { emi_due_date: { from: '2025-08-01', until: '2025-08-31' } },
      'filters.emi_due_date has unknown keys: until (allowed: from, to)',
    ],
    ['a numeric string amount', { emi_amount: '5000' }, 'filters.emi_amount must be a number or {min, max}'],
    [
      'min above max',
      { emi_amount: { min: 20000, max: 5000 } },
      'filters.emi_amount.min must not be after filters.emi_amount.max',
    ],
    ['a non-finite bound', { loan_amount: { min: 'a' } }, 'filters.loan_amount.min must be a number'],
    [
      'a range key on numbers',
      { loan_period: { from: 1 } },
      'filters.loan_period has unknown keys: from (allowed: min, max)',
    ],
  ])('rejects %s', (_label, raw, message) => {
    expect(problems(raw).some((p) => p.startsWith(message))).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(problems({ ids: [], payment_status: 'late', foo: 1 })).toHaveLength(3);
  });
});
