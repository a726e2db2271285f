import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { OrgSetup, setupOrg } from '../support/outreach';

const FORBIDDEN = { success: false, message: 'Campaign ID invalid or mismatch for your organization.' };

describe("tenant isolation: a second organization on the first one's ids", () => {
  let t: TestApp;
  let a: OrgSetup;
  let b: OrgSetup;
  let campaignId: string;
  let initiationId: string;
  let numberId: string;

  beforeAll(async () => {
    t = await createTestApp();
    a = await setupOrg(t, { variables: ['first_name'] });
    b = await setupOrg(t, { variables: ['first_name'] });
    campaignId = await createCampaign(t, a.key, { name: 'A campaign', jsonData: [loanRecord(1), loanRecord(2)] });
    const init = await t.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(a.key))
      .send({ agentId: a.agentId, dispositionId: a.dispositionId })
      .expect(200);
    initiationId = init.body.initiationId;
    numberId = (await t.http.get('/api/v1/phone-numbers').set(bearer(a.key)).expect(200)).body.data[0].id;
  });
  afterAll(() => t.close());

  const asB = (method: 'get' | 'post' | 'put' | 'delete', path: string, body?: object) =>
    t.http[method](path).set(bearer(b.key)).send(body);

  type Method = 'get' | 'post' | 'put' | 'delete';
  const campaignRoutes: Array<[Method, () => string, object | (() => object) | undefined]> = [
    ['get', () => `/api/v1/campaigns/${campaignId}`, undefined],
    ['put', () => `/api/v1/campaigns/update/${campaignId}`, { name: 'Hijacked' }],
    ['delete', () => `/api/v1/campaigns/${campaignId}`, undefined],
    ['get', () => `/api/v1/campaigns/${campaignId}/customers`, undefined],
    ['delete', () => `/api/v1/campaigns/${campaignId}/customers/LOAN-000001`, undefined],
    ['post', () => '/api/v1/customers/add', () => ({ campaignId, data: loanRecord(9) })],
    ['post', () => '/api/v1/customers/add/bulk', () => ({ campaignId, records: [loanRecord(9)] })],
    [
      'put',
      () => '/api/v1/customers/update',
      () => ({ campaignId, loan_id: 'LOAN-000001', data: { first_name: 'X' } }),
    ],
    ['post', () => `/api/v1/campaigns/${campaignId}/audience`, {}],
    [
      'post',
      () => `/api/v1/initiate/${campaignId}/calls`,
      () => ({ agentId: b.agentId, dispositionId: b.dispositionId }),
    ],
    ['post', () => `/api/v1/initiate/${campaignId}/sms`, () => ({ templateId: b.templateId })],
  ];

  it.each(campaignRoutes)('%s %s → 403', async (method, path, body) => {
    const payload = typeof body === 'function' ? body() : body;
    const res = await asB(method, path(), payload).expect(403);
    expect(res.body).toEqual(FORBIDDEN);
  });

  it("CSV import into the other organization's campaign → 403", async () => {
    const res = await t.http
      .post(`/api/v1/campaigns/${campaignId}/customers/import`)
      .set(bearer(b.key))
      .set('Content-Type', 'text/csv')
      .send('loan_id,phone_number\nX1,9876543210\n')
      .expect(403);
    expect(res.body).toEqual(FORBIDDEN);
  });

  it.each([
    ['agents', () => a.agentId, 'Agent not found', { name: 'x' }],
    ['dispositions', () => a.dispositionId, 'Disposition not found', { name: 'x' }],
    ['sms/templates', () => a.templateId, 'Template not found', { name: 'x' }],
    ['phone-numbers', () => numberId, 'Phone number not found', { label: 'x' }],
  ])(
    '%s of the other organization are unknown: 404 on get, update and delete',
    async (resource, id, message, update) => {
      for (const [method, body] of [
        ['get', undefined],
        ['put', update],
        ['delete', undefined],
      ] as const) {
        const res = await asB(method, `/api/v1/${resource}/${id()}`, body).expect(404);
        expect(res.body).toEqual({ success: false, message });
      }
      const list = await asB('get', `/api/v1/${resource}?limit=100`).expect(200);
      expect(list.body.data.map((r: { id: string }) => r.id)).not.toContain(id());
    },
  );

  it("another organization's agent, disposition or template cannot be used on one's own campaign", async () => {
    const own = await createCampaign(t, b.key, { jsonData: [loanRecord(5)] });
    const agent = await asB('post', `/api/v1/initiate/${own}/calls`, {
      agentId: a.agentId,
      dispositionId: b.dispositionId,
    }).expect(404);
    expect(agent.body).toEqual({ success: false, message: 'Agent not found' });
    const disposition = await asB('post', `/api/v1/initiate/${own}/calls`, {
      agentId: b.agentId,
      dispositionId: a.dispositionId,
    }).expect(404);
    expect(disposition.body).toEqual({ success: false, message: 'Disposition not found' });
    const template = await asB('post', `/api/v1/initiate/${own}/sms`, { templateId: a.templateId }).expect(404);
    expect(template.body).toEqual({ success: false, message: 'Template not found' });
  });

  it('initiations of the other organization are unknown', async () => {
    expect((await asB('get', `/api/v1/initiations/${initiationId}`).expect(404)).body).toEqual({
      success: false,
      message: 'Initiation not found',
    });
    await asB('get', `/api/v1/initiations/${initiationId}/attempts`).expect(404);
  });

  it("lists never show the other organization's campaigns", async () => {
    const list = await asB('get', '/api/v1/campaigns?limit=100').expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain(campaignId);
  });

  it("left the first organization's data unchanged", async () => {
    const campaign = await t.http.get(`/api/v1/campaigns/${campaignId}`).set(bearer(a.key)).expect(200);
    expect(campaign.body.data).toMatchObject({ name: 'A campaign', customerCount: 2 });
    const customers = await t.http.get(`/api/v1/campaigns/${campaignId}/customers`).set(bearer(a.key)).expect(200);
    expect(customers.body.data.map((c: { data: { first_name: string } }) => c.data.first_name)).toEqual([
      'Borrower 1',
      'Borrower 2',
    ]);
    const agent = await t.http.get(`/api/v1/agents/${a.agentId}`).set(bearer(a.key)).expect(200);
    expect(agent.body.data.name).toBe('Reminder agent');
    const initiation = await t.http.get(`/api/v1/initiations/${initiationId}`).set(bearer(a.key)).expect(200);
    expect(initiation.body.data.results.initiated).toBe(2);
  });
});
