import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { OrgSetup, setupOrg } from '../support/outreach';

/** Inputs found by review that once widened an audience, lost data or answered 500. */
describe('hostile input', () => {
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await setupOrg(t, { variables: ['first_name'] });
    campaignId = await createCampaign(t, org.key, { jsonData: [loanRecord(1), loanRecord(2)] });
  });
  afterAll(() => t.close());

  const rawPost = (path: string, json: string, key: string | null = org.key) => {
    const req = t.http.post(path).set('Content-Type', 'application/json');
    if (key) void req.set(bearer(key));
    return req.send(json);
  };

  it('a __proto__ key in filters is an unknown filter, never "no filter"', async () => {
    const audience = await rawPost(
      `/api/v1/campaigns/${campaignId}/audience`,
      '{"filters":{"__proto__":{"ids":["nobody"]}}}',
    ).expect(400);
    expect(audience.body.errors).toEqual(['property filters.__proto__ is not allowed']);
    const calls = await rawPost(
      `/api/v1/initiate/${campaignId}/calls`,
      `{"agentId":"${org.agentId}","dispositionId":"${org.dispositionId}","filters":{"__proto__":{"ids":["nobody"]}}}`,
    ).expect(400);
    expect(calls.body.message).toBe('Validation failed');
    const nested = await rawPost(
      `/api/v1/campaigns/${campaignId}/audience`,
      '{"filters":{"custom":{"__proto__":"x"}}}',
    ).expect(400);
    expect(nested.body.errors).toEqual(['property filters.custom.__proto__ is not allowed']);
  });

  it('reserved names are refused as custom fields rather than silently dropped', async () => {
    const res = await rawPost(
      '/api/v1/customers/add',
      `{"campaignId":"${campaignId}","data":{"loan_id":"L9","phone_number":"9876543219","constructor":"c1"}}`,
    ).expect(400);
    expect(res.body.errors).toEqual(['property data.constructor is not allowed']);
    const proto = await rawPost(
      '/api/v1/customers/add',
      `{"campaignId":"${campaignId}","data":{"loan_id":"L9","phone_number":"9876543219","__proto__":{"x":1}}}`,
    ).expect(400);
    expect(proto.body.errors).toEqual(['property data.__proto__ is not allowed']);
    const list = await t.http.get(`/api/v1/campaigns/${campaignId}/customers`).set(bearer(org.key)).expect(200);
    expect(list.body.pagination.total).toBe(2);
  });

  it('a variable named like an Object method is checked like any other, not a 500', async () => {
    const agent = await t.http
      .post('/api/v1/agents')
      .set(bearer(org.key))
      .send({ name: 'odd', variables: ['first_name', 'toString'] })
      .expect(201);
    const res = await t.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .send({ agentId: agent.body.data.id, dispositionId: org.dispositionId })
      .expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Cannot initiate calls: Missing variables: toString',
      totalMatched: 2,
      customersSelected: 2,
    });
  });

  it('null for a required campaign field is a 400', async () => {
    const res = await t.http
      .put(`/api/v1/campaigns/update/${campaignId}`)
      .set(bearer(org.key))
      .send({ name: null, languages: null })
      .expect(400);
    expect(res.body.errors).toEqual(['name must not be null', 'languages must not be null']);
  });

  it('a huge page number is a 400', async () => {
    const res = await t.http.get('/api/v1/campaigns?page=1000000000000000000').set(bearer(org.key)).expect(400);
    expect(res.body.errors).toEqual(['page must not be greater than 1000000']);
  });

  it('ids longer than any customer id are refused', async () => {
    const res = await t.http
      .post(`/api/v1/campaigns/${campaignId}/audience`)
      .set(bearer(org.key))
      .send({ filters: { ids: ['x'.repeat(256)] } })
      .expect(400);
    expect(res.body.errors).toEqual(['filters.ids entries must be at most 255 bytes']);
  });

  it('without a bearer key, a malformed or oversized body is a 401', async () => {
    const bad = await rawPost(`/api/v1/initiate/${campaignId}/sms`, '{bad', null).expect(401);
    expect(bad.body).toEqual({
      success: false,
      error: 'Unauthorized',
      message: 'Missing or invalid authorization header',
    });
    await rawPost(`/api/v1/initiate/${campaignId}/sms`, '{bad').expect(400);
  });
});
