import fc from 'fast-check';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign } from '../support/factories';
import { FixtureRecord, generateCustomers } from '../support/fixture';
import { judgeFilters, judgeLimit } from '../support/filter-oracle';
import { OrgSetup, setupOrg } from '../support/outreach';

/** Fixed, so a failure is reproducible; fast-check prints the seed and the shrunk counterexample. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260302);
const RUNS = 200;

// ---- arbitraries ---------------------------------------------------------------------------------
const FIXTURE_IDS = ['L0', 'L1', 'l1', 'L1 ', 'L7', 'L12', 'l12', 'L49', 'L50', 'nobody', ''];
const hostileText = fc.constantFrom(
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '\u0000',
  'NULL',
  '{{first_name}}',
  'ＬＩ',
  '😀',
  'mumbai',
  'mumbai ',
  'Mumbai',
  'PAID',
  'paid ',
  '2025-02-30',
  '2025-13-01',
  ' 2025-08-01',
  '2025-08-01T00:00:00Z',
  '7.5',
  'true',
  '1e309',
);
/** Languages that differ from a fixture's only by what a text collation would ignore (SPEC §4: they count). */
const TRICKY_LANGUAGES = ['español', 'ESPAÑOL', 'espanol', 'hindi\u200b', 'hindi ', 'tamil\u00a0', 'i\u0307stanbul'];
const anyText = fc.oneof(fc.string({ maxLength: 12 }), hostileText, fc.constantFrom(...FIXTURE_IDS));
const date = fc
  .record({ m: fc.constantFrom('06', '07', '08', '09'), d: fc.integer({ min: 1, max: 30 }) })
  .map(({ m, d }) => `2025-${m}-${String(d).padStart(2, '0')}`);
const orderedPair = <T>(arb: fc.Arbitrary<T>) => fc.tuple(arb, arb).map(([x, y]) => (x <= y ? [x, y] : [y, x]));
const dateFilter = fc.oneof(
  date,
  orderedPair(date).chain(([from, to]) => fc.constantFrom<Record<string, string>>({ from, to }, { from }, { to })),
);
const numberFilter = (max: number, decimals: boolean) => {
  const n = decimals
    ? fc.integer({ min: 0, max: max * 100 }).map((x) => x / 100)
    : fc.integer({ min: 0, max }).map((x) => (max > 1000 ? x * 10000 : x));
  return fc.oneof(
    n,
    orderedPair(n).chain(([min, max]) => fc.constantFrom<Record<string, number>>({ min, max }, { min }, { max })),
  );
};
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 4 }));

/** Filters SPEC §4 accepts, over the values the fixture holds. */
const allValidFilters = fc.record(
  {
    ids: fc.array(fc.constantFrom(...FIXTURE_IDS), { minLength: 1, maxLength: 6 }),
    exclude_ids: fc.array(fc.constantFrom(...FIXTURE_IDS), { maxLength: 4 }),
    payment_status: oneOrMany(fc.constantFrom('bounced', 'pending', 'PENDING', 'Partial', 'paid', 'received')),
    language: oneOrMany(
      fc.constantFrom(...['hindi', 'HINDI', 'English', 'tamil', 'marathi', 'telugu'], ...TRICKY_LANGUAGES),
    ),
    custom: fc.dictionary(
      fc.constantFrom('branch', 'product_type', 'score', 'vip', 'missing_field'),
      oneOrMany(
        fc.constantFrom('mumbai', 'Mumbai', 'mumbai ', 'pune', "o'hare", 'home_loan', '7.5', '8', 'true', 'false'),
      ),
      { minKeys: 1, maxKeys: 2 },
    ),
    emi_due_date: dateFilter,
    lead_date: dateFilter,
    loan_amount: numberFilter(49, false),
    emi_amount: numberFilter(30000, true),
    loan_period: fc.oneof(fc.constantFrom(6, 12, 24, 36), numberFilter(40, false)),
    current_emi: numberFilter(36, false),
  },
  { requiredKeys: [] },
);
/** Up to three of them at once: more keys AND-ed together would almost never match anyone. */
const validFilters = fc
  .tuple(allValidFilters, fc.integer({ min: 0, max: 3 }))
  .map(([all, n]) => Object.fromEntries(Object.entries(all).slice(0, n)));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  anyText,
  fc.double(),
  fc.constantFrom(null, true, false, 0, -0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2),
  fc.array(anyText, { maxLength: 4 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.oneof(anyText, fc.constantFrom('from', 'to', 'min', 'max', '$gt', '__proto__')), anyText, {
    maxKeys: 3,
  }),
  fc.record({ min: fc.jsonValue({ maxDepth: 1 }), max: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }),
  fc.record({ from: anyText, to: anyText }, { requiredKeys: [] }),
);
const hostileKey = fc.oneof(
  fc.constantFrom(
    'ids',
    'exclude_ids',
    'payment_status',
    'language',
    'custom',
    'emi_due_date',
    'lead_date',
    'loan_amount',
    'emi_amount',
    'loan_period',
    'current_emi',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'IDS',
    'ids ',
    'custom.branch',
    '$where',
    'first_name',
    'phone_number',
  ),
  fc.string({ maxLength: 8 }),
);

/** Random and hostile JSON: whole values, unknown or reserved keys, and valid filters with one value spoiled. */
const hostileFilters: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(hostileKey, hostileValue, { maxKeys: 4 }),
  fc.tuple(validFilters, hostileKey, hostileValue).map(([valid, key, value]) => ({ ...valid, [key]: value })),
  fc.record({ custom: fc.dictionary(fc.oneof(anyText, hostileKey), hostileValue, { maxKeys: 3 }) }),
);

const limitArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, '5', true, null, []) },
);
const requestArb = fc.record({
  filters: fc.oneof({ weight: 1, arbitrary: validFilters }, { weight: 1, arbitrary: hostileFilters }),
  limit: limitArb,
});

// ---- the properties -------------------------------------------------------------------------------
describe('filter fuzzing: random and hostile JSON against the preview and both initiate routes (dryRun)', () => {
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  let fixture: FixtureRecord[];

  beforeAll(async () => {
    t = await createTestApp();
    org = await setupOrg(t, { variables: ['first_name'] });
    // …plus customers whose languages differ only by accents, invisible characters or spaces.
    const tricky = ['Español', 'espanol', 'hindi\u200b', 'Hindi ', 'Tamil', 'İstanbul', 'istanbul'];
    fixture = [
      ...generateCustomers(50, 11),
      ...tricky.map((language, i) => ({ loan_id: `T${i}`, phone_number: `97${String(i).padStart(8, '0')}`, language })),
    ];
    campaignId = await createCampaign(t, org.key);
    await bulkAdd(t, org.key, campaignId, fixture);
    // The same ids elsewhere (another campaign, another organization): a scope leak would widen the match.
    const noise = generateCustomers(50, 12);
    await bulkAdd(t, org.key, await createCampaign(t, org.key), noise);
    const other = await t.createOrg('Noise Org');
    await bulkAdd(t, other.apiKey, await createCampaign(t, other.apiKey), noise);
  }, 60000);
  afterAll(() => t.close());

  /** What the API must answer for this body, by the plain-JavaScript oracle. */
  type Expected = { kind: 'invalid' } | { kind: 'unsure' } | { kind: 'valid'; ids: string[]; selected: string[] };
  const expected = (body: { filters: unknown; limit: unknown }): Expected => {
    const verdict = judgeFilters(body.filters);
    if (judgeLimit(body.limit) === 'invalid') return { kind: 'invalid' };
    if (verdict.kind === 'invalid') return { kind: 'invalid' };
    if (verdict.kind === 'unsure') return { kind: 'unsure' };
    const ids = fixture.filter(verdict.select).map((r) => r.loan_id as string);
    const limit = typeof body.limit === 'number' ? body.limit : ids.length;
    return { kind: 'valid', ids, selected: ids.slice(0, limit) };
  };

  const withBody = (filters: unknown, limit: unknown): Record<string, unknown> => {
    const body: Record<string, unknown> = { filters };
    if (limit !== undefined) body.limit = limit;
    return body;
  };

  /** Never a 500; 400 exactly when the oracle finds the request invalid; otherwise exactly the oracle's selection. */
  const check = async (
    post: (body: object) => Promise<{ status: number; body: Record<string, unknown> }>,
    sample: boolean,
    request: { filters: unknown; limit: unknown },
  ): Promise<void> => {
    const res = await post(withBody(request.filters, request.limit));
    const context = JSON.stringify({ request, status: res.status, body: res.body }).slice(0, 2000);
    expect([context, res.status < 500]).toEqual([context, true]);
    const want = expected(request);
    if (want.kind === 'unsure') return;
    if (want.kind === 'invalid') {
      expect([context, res.status, res.body.message]).toEqual([context, 400, 'Validation failed']);
      return;
    }
    const data = res.body.data as { totalMatched: number; customersSelected: number; sample?: Array<{ id: string }> };
    if (!sample && want.ids.length === 0) {
      expect([context, res.status, res.body.message]).toEqual([
        context,
        404,
        'No customers found matching the given filters',
      ]);
      return;
    }
    expect([context, res.status]).toEqual([context, 200]);
    expect([context, data.totalMatched, data.customersSelected]).toEqual([
      context,
      want.ids.length,
      want.selected.length,
    ]);
    if (sample) {
      expect([context, data.sample!.map((c) => c.id)]).toEqual([context, want.selected.slice(0, 20)]);
    }
  };

  const run = (property: fc.IAsyncProperty<[{ filters: unknown; limit: unknown }]>) =>
    fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });

  it(`audience preview (${RUNS} runs, seed ${SEED})`, async () => {
    const post = (body: object) =>
      t.http.post(`/api/v1/campaigns/${campaignId}/audience`).set(bearer(org.key)).send(body);
    await run(fc.asyncProperty(requestArb, (request) => check(post, true, request)));
  }, 180000);

  it(`initiate calls, dryRun (${RUNS} runs, seed ${SEED})`, async () => {
    const post = (body: object) =>
      t.http
        .post(`/api/v1/initiate/${campaignId}/calls?dryRun=true`)
        .set(bearer(org.key))
        .send({ agentId: org.agentId, dispositionId: org.dispositionId, ...body });
    await run(fc.asyncProperty(requestArb, (request) => check(post, false, request)));
  }, 180000);

  it(`initiate SMS, dryRun (${RUNS} runs, seed ${SEED})`, async () => {
    const post = (body: object) =>
      t.http
        .post(`/api/v1/initiate/${campaignId}/sms?dryRun=true`)
        .set(bearer(org.key))
        .send({ templateId: org.templateId, ...body });
    await run(fc.asyncProperty(requestArb, (request) => check(post, false, request)));
  }, 180000);

  it('dispatched nothing: every request was a preview or a dry run', async () => {
    const res = await t.http.get('/api/v1/initiations').set(bearer(org.key)).expect(200);
    expect(res.body.pagination.total).toBe(0);
  });
});
