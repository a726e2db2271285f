import { DataSource } from 'typeorm';
import { FilterQueryBuilder } from '../../src/targeting/filter-query.builder';
import { parseFilters } from '../../src/targeting/filters';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';

/**
 * SPEC §4: `language` ignores case and nothing else — accents, invisible characters and spaces
 * count (`español` ≠ `espanol`, `hindi\u200b` ≠ `hindi`). A text collation (utf8mb4_unicode_ci)
 * folds all of those; these cases pin the exact semantics on the real database.
 */
describe('the language filter: case-insensitive, otherwise exact', () => {
  let t: TestApp;
  let key: string;
  let orgId: string;
  let campaignId: string;
  const LANGUAGES: Record<string, string> = {
    'LOAN-000001': 'hindi',
    'LOAN-000002': 'Hindi',
    'LOAN-000003': 'HINDI',
    'LOAN-000004': 'hindi\u200b',
    'LOAN-000005': 'hindi ',
    'LOAN-000006': 'Español',
    'LOAN-000007': 'espanol',
    'LOAN-000008': 'espan\u0303ol', // español decomposed (n + combining tilde): other bytes, kept apart
    'LOAN-000009': 'english',
  };
  const ids = (...ns: number[]) => ns.map((n) => `LOAN-${String(n).padStart(6, '0')}`);

  beforeAll(async () => {
    t = await createTestApp();
    ({ apiKey: key, id: orgId } = await t.createOrg('Language Org'));
    campaignId = await createCampaign(t, key);
    await bulkAdd(
      t,
      key,
      campaignId,
      Object.entries(LANGUAGES).map(([loanId, language], i) =>
        loanRecord(i + 1, { loan_id: loanId, language, payment_status: i % 2 === 0 ? 'Pending' : 'paid' }),
      ),
    );
  });
  afterAll(() => t.close());

  const matched = async (filters: object): Promise<string[]> => {
    const res = await t.http
      .post(`/api/v1/campaigns/${campaignId}/audience`)
      .set(bearer(key))
      .send({ filters })
      .expect(200);
    expect(res.body.data.totalMatched).toBe(res.body.data.sample.length);
    return (res.body.data.sample as Array<{ id: string }>).map((c) => c.id);
  };

  it.each([
    ['hindi', 'hindi', ids(1, 2, 3)],
    ['Hindi', 'Hindi', ids(1, 2, 3)],
    ['HINDI', 'HINDI', ids(1, 2, 3)],
    ['hindi + zero-width space', 'hindi\u200b', ids(4)],
    ['HINDI + zero-width space', 'HINDI\u200b', ids(4)],
    ['hindi + trailing space', 'hindi ', ids(5)],
    ['español', 'español', ids(6)],
    ['ESPAÑOL', 'ESPAÑOL', ids(6)],
    ['espanol', 'espanol', ids(7)],
    ['español decomposed', 'espan\u0303ol', ids(8)],
    ['hindí (an accent too many)', 'hindí', []],
    ['hin + soft hyphen + di', 'hin\u00addi', []],
  ])('%s matches exactly its own', async (_label, language, expected) => {
    expect(await matched({ language })).toEqual(expected);
  });

  it('matches any of a list, each value compared the same way', async () => {
    expect(await matched({ language: ['HINDI', 'Español'] })).toEqual(ids(1, 2, 3, 6));
    expect(await matched({ language: ['hindi\u200b', 'espanol', 'ENGLISH'] })).toEqual(ids(4, 7, 9));
  });

  it('combines with payment_status, which still ignores case (stored "Pending", asked "PENDING")', async () => {
    expect(await matched({ payment_status: 'PENDING', language: 'hindi' })).toEqual(ids(1, 3));
    expect(await matched({ payment_status: ['paid'], language: ['HINDI', 'espanol'] })).toEqual(ids(2));
  });

  it('returns the language as given, whatever the filter compares', async () => {
    const res = await t.http.get(`/api/v1/campaigns/${campaignId}/customers?limit=100`).set(bearer(key)).expect(200);
    const given = Object.fromEntries(
      (res.body.data as Array<{ id: string; data: { language: string } }>).map((c) => [c.id, c.data.language]),
    );
    expect(given).toEqual(LANGUAGES);
  });

  it('follows a changed language, by re-adding or by update', async () => {
    const camp = await createCampaign(t, key);
    await bulkAdd(t, key, camp, [loanRecord(1, { language: 'espanol' }), loanRecord(2, { language: 'hindi' })]);
    await bulkAdd(t, key, camp, [loanRecord(1, { language: 'Español' })]);
    await t.http
      .put('/api/v1/customers/update')
      .set(bearer(key))
      .send({ campaignId: camp, loan_id: 'LOAN-000002', data: { language: 'hindi\u200b' } })
      .expect(200);
    const count = async (language: string) =>
      (
        await t.http
          .post(`/api/v1/campaigns/${camp}/audience`)
          .set(bearer(key))
          .send({ filters: { language } })
          .expect(200)
      ).body.data.totalMatched;
    expect([await count('español'), await count('espanol')]).toEqual([1, 0]);
    expect([await count('hindi'), await count('HINDI\u200b')]).toEqual([0, 1]);
  });

  it('stays a plain column predicate the targeting indexes can serve (BENCHMARKS.md)', async () => {
    const { filters } = parseFilters({ payment_status: 'pending', language: 'HINDI' });
    const { sql, params } = t.app.get(FilterQueryBuilder).where({ organizationId: orgId, campaignId }, filters);
    const [plan] = await t.app
      .get(DataSource)
      .query<Array<{ possible_keys: string | null }>>(`EXPLAIN SELECT COUNT(*) FROM customers c WHERE ${sql}`, params);
    expect(plan.possible_keys?.split(',')).toEqual(
      expect.arrayContaining(['idx_customers_campaign_status_language_due', 'idx_customers_campaign_language']),
    );
  });
});
