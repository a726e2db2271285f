import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { campaignBody, createCampaign, loanRecord } from '../support/factories';

describe('campaigns', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Campaigns Org')).apiKey;
  });
  afterAll(() => t.close());

  it('creates a campaign and returns it with defaults', async () => {
    const res = await t.http
      .post('/api/v1/campaigns/create')
      .set(bearer(key))
      .send(campaignBody({ tags: ['q3'] }))
      .expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Campaign created successfully',
      data: { id: expect.stringMatching(/^camp_[0-9A-Za-z]{20}$/), name: 'August EMI reminders' },
    });
    const got = await t.http.get(`/api/v1/campaigns/${res.body.data.id}`).set(bearer(key)).expect(200);
    expect(got.body.data).toMatchObject({
      id: res.body.data.id,
      campaignType: 'emi',
      status: 'active',
      startDate: '2025-08-01',
      startTime: '09:00',
      endDate: '2025-08-31',
      endTime: '18:00',
      languages: ['hindi', 'english'],
      region: 'west',
      tags: ['q3'],
      timezone: 'Asia/Kolkata',
      customerCount: 0,
    });
  });

  it('creates a campaign with jsonData customers in one go', async () => {
    const records = [loanRecord(1), loanRecord(2, { branch: 'mumbai' })];
    const res = await t.http
      .post('/api/v1/campaigns/create')
      .set(bearer(key))
      .send(campaignBody({ jsonData: records }))
      .expect(201);
    expect(res.body.data.customersAdded).toBe(2);
    const got = await t.http.get(`/api/v1/campaigns/${res.body.data.id}`).set(bearer(key)).expect(200);
    expect(got.body.data.customerCount).toBe(2);
  });

  it('refuses the whole creation when a jsonData record is invalid', async () => {
    const before = await t.http.get('/api/v1/campaigns?limit=100').set(bearer(key)).expect(200);
    const res = await t.http
      .post('/api/v1/campaigns/create')
      .set(bearer(key))
      .send(
        campaignBody({ name: 'Should not exist', jsonData: [loanRecord(1), { loan_id: 'X', phone_number: 'nope' }] }),
      )
      .expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['jsonData[1]: phone_number is not a valid phone number'],
    });
    const after = await t.http.get('/api/v1/campaigns?limit=100').set(bearer(key)).expect(200);
    expect(after.body.pagination.total).toBe(before.body.pagination.total);
  });

  it.each([
    [{ name: undefined }, 'name is required'],
    [{ campaignType: 'loan' }, 'campaignType must be one of: emi, edi, lead'],
    [{ region: 'northeast' }, 'region must be one of: north, south, east, west, central'],
    [{ startDate: '2025-13-01' }, 'startDate must be a date YYYY-MM-DD'],
    [{ startTime: '9am' }, 'startTime must be a time HH:MM (24 h)'],
    [{ endTime: '24:30' }, 'endTime must be a time HH:MM (24 h)'],
    [{ languages: 'hindi' }, 'languages must be an array'],
    [{ timezone: 'India/Mumbai' }, 'timezone must be an IANA time zone such as Asia/Kolkata'],
    [{ endDate: '2025-07-01' }, 'endDate and endTime must not be before startDate and startTime'],
    [{ owner: 'me' }, 'property owner should not exist'],
  ])('rejects %j', async (overrides, message) => {
    const res = await t.http
      .post('/api/v1/campaigns/create')
      .set(bearer(key))
      .send(campaignBody(overrides))
      .expect(400);
    expect(res.body.message).toBe('Validation failed');
    expect(res.body.errors).toContain(message);
  });

  it('lists with pagination, filters and search', async () => {
    const org = await t.createOrg('List Org');
    const k = org.apiKey;
    await createCampaign(t, k, { name: 'Alpha 100%' });
    await createCampaign(t, k, { name: 'Beta', campaignType: 'lead' });
    const third = await createCampaign(t, k, { name: 'Gamma' });
    await t.http.put(`/api/v1/campaigns/update/${third}`).set(bearer(k)).send({ status: 'paused' }).expect(200);

    const all = await t.http.get('/api/v1/campaigns?page=1&limit=2').set(bearer(k)).expect(200);
    expect(all.body.pagination).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2, hasNext: true, hasPrev: false });
    expect(all.body.data.map((c: { name: string }) => c.name)).toEqual(['Gamma', 'Beta']);
    const second = await t.http.get('/api/v1/campaigns?page=2&limit=2').set(bearer(k)).expect(200);
    expect(second.body.data.map((c: { name: string }) => c.name)).toEqual(['Alpha 100%']);

    const leads = await t.http.get('/api/v1/campaigns?campaign_type=lead').set(bearer(k)).expect(200);
    expect(leads.body.data.map((c: { name: string }) => c.name)).toEqual(['Beta']);
    const paused = await t.http.get('/api/v1/campaigns?status=paused').set(bearer(k)).expect(200);
    expect(paused.body.data.map((c: { name: string }) => c.name)).toEqual(['Gamma']);
    const search = await t.http.get('/api/v1/campaigns?search=100%25').set(bearer(k)).expect(200);
    expect(search.body.data.map((c: { name: string }) => c.name)).toEqual(['Alpha 100%']);
    const wildcard = await t.http.get('/api/v1/campaigns?search=%25').set(bearer(k)).expect(200);
    expect(wildcard.body.data.map((c: { name: string }) => c.name)).toEqual(['Alpha 100%']);
  });

  it.each([
    ['limit=101', 'limit must not be greater than 100'],
    ['page=0', 'page must not be less than 1'],
    ['status=open', 'status must be one of: active, paused, completed'],
    ['sort=name', 'property sort should not exist'],
  ])('rejects the list query %s', async (query, message) => {
    const res = await t.http.get(`/api/v1/campaigns?${query}`).set(bearer(key)).expect(400);
    expect(res.body.errors).toContain(message);
  });

  it('updates some fields and reports them', async () => {
    const id = await createCampaign(t, key);
    const res = await t.http
      .put(`/api/v1/campaigns/update/${id}`)
      .set(bearer(key))
      .send({ name: 'Renamed', endDate: '2025-09-30' })
      .expect(200);
    expect(res.body).toMatchObject({
      success: true,
      message: 'Campaign updated successfully',
      updatedFields: ['name', 'endDate'],
    });
    const got = await t.http.get(`/api/v1/campaigns/${id}`).set(bearer(key)).expect(200);
    expect(got.body.data).toMatchObject({ name: 'Renamed', endDate: '2025-09-30', startDate: '2025-08-01' });

    const empty = await t.http.put(`/api/v1/campaigns/update/${id}`).set(bearer(key)).send({}).expect(400);
    expect(empty.body.errors).toEqual(['At least one field must be given']);
    const bad = await t.http
      .put(`/api/v1/campaigns/update/${id}`)
      .set(bearer(key))
      .send({ endDate: '2025-01-01' })
      .expect(400);
    expect(bad.body.errors).toEqual(['endDate and endTime must not be before startDate and startTime']);
    await t.http.put(`/api/v1/campaigns/update/${id}`).set(bearer(key)).send({ jsonData: [] }).expect(400);
  });

  it('deletes a campaign with its customers', async () => {
    const id = await createCampaign(t, key, { jsonData: [loanRecord(5)] });
    const res = await t.http.delete(`/api/v1/campaigns/${id}`).set(bearer(key)).expect(200);
    expect(res.body).toEqual({ success: true, message: 'Campaign deleted successfully' });
    const gone = await t.http.get(`/api/v1/campaigns/${id}`).set(bearer(key)).expect(404);
    expect(gone.body).toEqual({ success: false, message: 'Campaign not found' });
    const rows = await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM customers WHERE campaign_id = ?', [id]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('answers 404 for an unknown campaign on every route', async () => {
    for (const [method, path, body] of [
      ['get', '/api/v1/campaigns/camp_unknown', undefined],
      ['put', '/api/v1/campaigns/update/camp_unknown', { name: 'x' }],
      ['delete', '/api/v1/campaigns/camp_unknown', undefined],
    ] as const) {
      const res = await t.http[method](path).set(bearer(key)).send(body).expect(404);
      expect(res.body).toEqual({ success: false, message: 'Campaign not found' });
    }
  });
});
