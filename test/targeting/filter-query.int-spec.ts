import { DataSource } from 'typeorm';
import { FilterQueryBuilder } from '../../src/targeting/filter-query.builder';
import { parseFilters } from '../../src/targeting/filters';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign } from '../support/factories';
import { FixtureRecord, generateCustomers, matches } from '../support/fixture';

const SIZE = 3000;

describe('FilterQueryBuilder on the real database', () => {
  let t: TestApp;
  let builder: FilterQueryBuilder;
  let orgId: string;
  let campaignId: string;
  let fixture: FixtureRecord[];
  const rowToExternal = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    builder = t.app.get(FilterQueryBuilder);
    const org = await t.createOrg('Targeting Org');
    orgId = org.id;
    campaignId = await createCampaign(t, org.apiKey);
    fixture = generateCustomers(SIZE);
    await bulkAdd(t, org.apiKey, campaignId, fixture);
    // Noise that must never match: the same ids in another campaign and in another organization.
    const sibling = await createCampaign(t, org.apiKey);
    await bulkAdd(t, org.apiKey, sibling, generateCustomers(300, 7));
    const other = await t.createOrg('Other Org');
    await bulkAdd(t, other.apiKey, await createCampaign(t, other.apiKey), generateCustomers(300, 7));

    const rows = await t.app
      .get(DataSource)
      .query('SELECT id, external_id FROM customers WHERE campaign_id = ?', [campaignId]);
    for (const r of rows as Array<{ id: string; external_id: Buffer }>)
      rowToExternal.set(r.id, r.external_id.toString('utf8'));
    expect(rowToExternal.size).toBe(SIZE);
  }, 60000);
  afterAll(() => t.close());

  const scope = () => ({ organizationId: orgId, campaignId });
  const parsed = (raw: Record<string, unknown>) => {
    const { filters, problems } = parseFilters(raw);
    expect(problems).toEqual([]);
    return filters;
  };
  async function selected(raw: Record<string, unknown>, limit = SIZE + 1): Promise<string[]> {
    const ids = await builder.firstIds(scope(), parsed(raw), limit);
    return ids.map((id) => rowToExternal.get(id)!);
  }
  const expected = (raw: Record<string, unknown>, limit = SIZE + 1) =>
    fixture
      .filter((rec) => matches(rec, raw))
      .map((rec) => rec.loan_id as string)
      .slice(0, limit);

  const cases: Array<[string, Record<string, unknown>]> = [
    ['no filter', {}],
    ['ids', { ids: ['L1', 'L2', 'l3', 'L4 ', 'L5', 'missing'] }],
    ['exclude_ids', { exclude_ids: ['L1', 'L2', 'L3', 'L10'] }],
    ['one status', { payment_status: 'pending' }],
    ['statuses, any case', { payment_status: ['BOUNCED', 'Pending'] }],
    ['language, case-insensitive', { language: 'HINDI' }],
    ['languages', { language: ['english', 'tamil'] }],
    ['custom value', { custom: { branch: 'mumbai' } }],
    ['custom values: exact case and spaces', { custom: { branch: ['Mumbai', 'mumbai '] } }],
    ['custom with a quote', { custom: { branch: "o'hare" } }],
    ['custom number as text', { custom: { score: '7.5' } }],
    ['custom number 8 as text', { custom: { score: ['8', '10'] } }],
    ['custom boolean as text', { custom: { vip: 'true' } }],
    ['two custom keys', { custom: { branch: 'pune', product_type: ['personal_loan', 'home_loan'] } }],
    ['custom key nobody has', { custom: { nobody: 'x' } }],
    ['due date equal', { emi_due_date: '2025-08-15' }],
    ['due date range', { emi_due_date: { from: '2025-08-01', to: '2025-08-31' } }],
    ['due date open range', { emi_due_date: { from: '2025-09-10' } }],
    ['lead date', { lead_date: { to: '2025-06-10' } }],
    ['amount range', { emi_amount: { min: 5000, max: 20000 } }],
    ['amount min with decimals', { emi_amount: { min: 29000.5 } }],
    ['loan amount equal', { loan_amount: 100000 }],
    ['loan period', { loan_period: { min: 12, max: 24 } }],
    ['current emi', { current_emi: { max: 3 } }],
    [
      'the seed example',
      {
        payment_status: ['bounced', 'pending'],
        emi_amount: { min: 5000, max: 20000 },
        language: 'hindi',
        custom: { branch: 'mumbai', product_type: ['personal_loan', 'home_loan'] },
      },
    ],
    [
      'seed: due this month and pending',
      { emi_due_date: { from: '2025-08-01', to: '2025-08-31' }, payment_status: 'pending' },
    ],
    [
      'ids and exclude',
      {
        ids: ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'],
        exclude_ids: ['L2', 'L6'],
        payment_status: ['pending', 'paid', 'bounced'],
      },
    ],
  ];

  it.each(cases)('matches %s exactly as computed independently', async (_label, raw) => {
    const want = expected(raw);
    expect(await selected(raw)).toEqual(want);
    expect(await builder.count(scope(), parsed(raw))).toBe(want.length);
  });

  it('has fixtures that make the cases meaningful', () => {
    for (const [label, raw] of cases.filter(([l]) => !['custom key nobody has'].includes(l))) {
      expect([label, expected(raw).length > 0]).toEqual([label, true]);
    }
    expect(expected({}).length).toBeGreaterThan(expected({ payment_status: 'pending' }).length);
  });

  it('keeps the tenant scope in the SQL: another organization with this campaign id matches nothing', async () => {
    const other = await t.createOrg('Scope Org');
    expect(await builder.count({ organizationId: other.id, campaignId }, parsed({}))).toBe(0);
    expect(await builder.firstIds({ organizationId: other.id, campaignId }, parsed({}), 10)).toEqual([]);
  });

  it('cuts at limit in creation order', async () => {
    const raw = { payment_status: ['pending', 'bounced'] };
    expect(await selected(raw, 25)).toEqual(expected(raw, 25));
    const walked: string[] = [];
    for await (const chunk of builder.selectIds(scope(), parsed(raw), 777, 100)) {
      expect(chunk.length).toBeLessThanOrEqual(100);
      walked.push(...chunk.map((id) => rowToExternal.get(id)!));
    }
    expect(walked).toEqual(expected(raw, 777));
  });

  it('handles 100,000 ids and 100,000 exclusions', async () => {
    const ids = Array.from({ length: 100000 }, (_, i) => `L${i}`);
    expect(await selected({ ids })).toEqual(expected({ ids }));
    expect(await builder.count(scope(), parsed({ exclude_ids: ids }))).toBe(expected({ exclude_ids: ids }).length);
  });

  it.each([
    ["' OR '1'='1"],
    ['L1" OR ""="'],
    ['L1\\'],
    ['%'],
    ['L1 -- '],
    ['L1; DROP TABLE customers; --'],
    ['$.loan_id'],
    ['L1\u0000'],
    ['Ｌ１'],
  ])('treats hostile value %j as data: an empty or exact match, never wider', async (value) => {
    expect(await selected({ ids: [value] })).toEqual([]);
    expect(await selected({ custom: { branch: value } })).toEqual([]);
    expect(await selected({ language: value })).toEqual([]);
    expect(await selected({ exclude_ids: [value] })).toHaveLength(SIZE);
  });

  it('answers hostile filters over HTTP with 400 or an exact count, never a 500', async () => {
    const key = (await t.createOrg('Hostile')).apiKey;
    const camp = await createCampaign(t, key);
    await bulkAdd(t, key, camp, generateCustomers(50, 3));
    const bodies: object[] = [
      { filters: { custom: { "a' OR 1=1 --": 'x' } } },
      { filters: { custom: { 'a.b': 'x' } } },
      { filters: { "payment_status' --": 'paid' } },
      { filters: { emi_amount: { min: '1 OR 1=1' } } },
      { filters: { emi_due_date: "2025-08-01' OR '1'='1" } },
      { filters: { ids: [{ $ne: 1 }] } },
      { filters: { custom: { branch: { $gt: '' } } } },
      { filters: 'DROP TABLE customers' },
      { filters: { language: ['hindi', null] } },
    ];
    for (const body of bodies) {
      const res = await t.http.post(`/api/v1/campaigns/${camp}/audience`).set(bearer(key)).send(body);
      expect([res.status, res.body.message]).toEqual([400, 'Validation failed']);
    }
    const exact = await t.http
      .post(`/api/v1/campaigns/${camp}/audience`)
      .set(bearer(key))
      .send({ filters: { custom: { branch: "o'hare" } } })
      .expect(200);
    expect(exact.body.data.totalMatched).toBe(generateCustomers(50, 3).filter((r) => r.branch === "o'hare").length);
  });
});
