import { createTestApp, TestApp } from '../support/app';
import { createCampaign } from '../support/factories';

/**
 * SPEC §9, last bullet: a published TimePay client lists `campaigns?status&search&page`,
 * `agents?page` and `dispositions?page` with the bare key in `x-api-key` (and `x-org-id`), sends
 * every parameter it knows (unset ones empty), and follows pages while `pagination.hasNext`.
 */
describe('lists as a TimePay client calls them', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  const names = { activeEmi: [] as string[], pausedEmi: [] as string[], leads: [] as string[] };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg('TimePay Lists Org');
    headers = { 'x-api-key': org.apiKey, 'x-org-id': org.id };
    // 26 campaigns: more than one default page (20).
    for (let i = 0; i < 22; i++) names.activeEmi.push(`EMI reminders ${i}`);
    for (let i = 0; i < 2; i++) names.pausedEmi.push(`EMI paused ${i}`);
    for (let i = 0; i < 2; i++) names.leads.push(`Leads ${i}`);
    for (const name of names.activeEmi) await createCampaign(t, org.apiKey, { name });
    for (const name of names.leads) await createCampaign(t, org.apiKey, { name, campaignType: 'lead' });
    for (const name of names.pausedEmi) {
      const id = await createCampaign(t, org.apiKey, { name });
      await t.http.put(`/api/v1/campaigns/update/${id}`).set(headers).send({ status: 'paused' }).expect(200);
    }
    for (let i = 0; i < 21; i++) {
      await t.http
        .post('/api/v1/agents')
        .set(headers)
        .send({ name: `Agent ${i}`, variables: [] })
        .expect(201);
      await t.http
        .post('/api/v1/dispositions')
        .set(headers)
        .send({ name: `Disposition ${i}` })
        .expect(201);
    }
  }, 60000);
  afterAll(() => t.close());

  /** The client's loop: page from 1 while hasNext; any `success: false` is an error. */
  async function listAll(path: string, params: Record<string, string> = {}): Promise<string[]> {
    const seen: string[] = [];
    for (let page = 1; page < 100; page++) {
      const query = new URLSearchParams({ ...params, page: String(page) }).toString();
      const res = await t.http.get(`/api/v1/${path}?${query}`).set(headers);
      expect([path, query, res.status, res.body.success]).toEqual([path, query, 200, true]);
      seen.push(...(res.body.data as Array<{ name: string }>).map((x) => x.name));
      expect(res.body.pagination.hasPrev).toBe(page > 1);
      if (!res.body.pagination.hasNext) return seen;
    }
    throw new Error('hasNext never became false');
  }
  const sorted = (list: string[]) => [...list].sort();

  it('campaigns: every parameter sent empty lists them all, in pages', async () => {
    const all = await listAll('campaigns', { status: '', search: '' });
    expect(sorted(all)).toEqual(sorted([...names.activeEmi, ...names.pausedEmi, ...names.leads]));
  });

  it('campaigns: an empty page is the first page', async () => {
    const res = await t.http.get('/api/v1/campaigns?status=&search=&page=').set(headers).expect(200);
    expect(res.body.pagination).toEqual({
      page: 1,
      limit: 20,
      total: 26,
      totalPages: 2,
      hasNext: true,
      hasPrev: false,
    });
  });

  it('campaigns: status and search narrow the list, search ignoring case', async () => {
    expect(sorted(await listAll('campaigns', { status: 'active', search: '' }))).toEqual(
      sorted([...names.activeEmi, ...names.leads]),
    );
    expect(sorted(await listAll('campaigns', { status: 'active', search: 'emi' }))).toEqual(sorted(names.activeEmi));
    expect(sorted(await listAll('campaigns', { status: 'paused', search: 'EMI' }))).toEqual(sorted(names.pausedEmi));
    expect(await listAll('campaigns', { status: '', search: 'Leads 1' })).toEqual(['Leads 1']);
    expect(await listAll('campaigns', { status: 'completed', search: '' })).toEqual([]);
  });

  it('campaigns: a status that is not one still answers 400, never an unfiltered list', async () => {
    const res = await t.http.get('/api/v1/campaigns?status=open&search=&page=1').set(headers).expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['status must be one of: active, paused, completed'],
    });
  });

  it('agents and dispositions: ?page= followed to the end, each item once', async () => {
    for (const path of ['agents', 'dispositions']) {
      const all = await listAll(path);
      const label = path === 'agents' ? 'Agent' : 'Disposition';
      expect([path, sorted(all)]).toEqual([path, sorted(Array.from({ length: 21 }, (_, i) => `${label} ${i}`))]);
    }
    for (const path of ['agents?page=', 'dispositions?page=']) {
      const res = await t.http.get(`/api/v1/${path}`).set(headers).expect(200);
      expect([path, res.body.pagination.page, res.body.pagination.hasNext]).toEqual([path, 1, true]);
    }
  });
});
