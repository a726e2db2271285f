import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign } from '../support/factories';

/**
 * `pagination: {page, limit, total, totalPages, hasNext, hasPrev}` on every list (SPEC §2): TimePay
 * clients follow pages while `hasNext` is true and stop at the first page without it.
 */
describe('pagination of lists (hasNext, hasPrev)', () => {
  let t: TestApp;
  let key: string;
  let emptyKey: string;
  const CAMPAIGNS = 5;
  const DISPOSITIONS = 4;

  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Pages Org')).apiKey;
    emptyKey = (await t.createOrg('Empty Org')).apiKey;
    for (let i = 0; i < CAMPAIGNS; i++) await createCampaign(t, key, { name: `Campaign ${i}` });
    for (let i = 0; i < DISPOSITIONS; i++) {
      await t.http
        .post('/api/v1/dispositions')
        .set(bearer(key))
        .send({ name: `Disposition ${i}` })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  const pagination = async (path: string, apiKey = key) => {
    const res = await t.http.get(path).set(bearer(apiKey)).expect(200);
    expect(res.body.success).toBe(true);
    return { pagination: res.body.pagination, count: (res.body.data as unknown[]).length };
  };

  it.each([
    ['first', 1, { hasNext: true, hasPrev: false }, 2],
    ['middle', 2, { hasNext: true, hasPrev: true }, 2],
    ['last', 3, { hasNext: false, hasPrev: true }, 1],
    ['past the end', 4, { hasNext: false, hasPrev: true }, 0],
  ])('campaigns: the %s page', async (_label, pageNo, flags, count) => {
    expect(await pagination(`/api/v1/campaigns?page=${pageNo}&limit=2`)).toEqual({
      pagination: { page: pageNo, limit: 2, total: CAMPAIGNS, totalPages: 3, ...flags },
      count,
    });
  });

  it.each([
    ['first', 1, { hasNext: true, hasPrev: false }],
    ['middle', 2, { hasNext: true, hasPrev: true }],
    ['last (exactly filled)', 4, { hasNext: false, hasPrev: true }],
  ])('dispositions: the %s page', async (_label, pageNo, flags) => {
    expect(await pagination(`/api/v1/dispositions?page=${pageNo}&limit=1`)).toEqual({
      pagination: { page: pageNo, limit: 1, total: DISPOSITIONS, totalPages: 4, ...flags },
      count: 1,
    });
  });

  it('a single page has neither a next nor a previous page', async () => {
    expect((await pagination('/api/v1/dispositions')).pagination).toEqual({
      page: 1,
      limit: 20,
      total: DISPOSITIONS,
      totalPages: 1,
      hasNext: false,
      hasPrev: false,
    });
  });

  it.each(['/api/v1/campaigns', '/api/v1/dispositions', '/api/v1/agents'])(
    'an empty list (%s) has neither',
    async (path) => {
      expect(await pagination(path, emptyKey)).toEqual({
        pagination: { page: 1, limit: 20, total: 0, totalPages: 0, hasNext: false, hasPrev: false },
        count: 0,
      });
    },
  );

  it('a client that follows hasNext sees every item exactly once', async () => {
    for (const [path, total] of [
      ['/api/v1/campaigns', CAMPAIGNS],
      ['/api/v1/dispositions', DISPOSITIONS],
    ] as const) {
      const seen: string[] = [];
      let pageNo = 1;
      for (;;) {
        const res = await t.http.get(`${path}?page=${pageNo}&limit=2`).set(bearer(key)).expect(200);
        seen.push(...(res.body.data as Array<{ id: string }>).map((x) => x.id));
        if (!res.body.pagination.hasNext) break;
        pageNo += 1;
      }
      expect([path, seen.length, new Set(seen).size]).toEqual([path, total, total]);
    }
  });
});
