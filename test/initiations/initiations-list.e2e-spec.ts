import { setCreatedAt } from '../support/catalogue';
import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { OrgSetup, setupOrg } from '../support/outreach';

describe('GET /api/v1/initiations (audit of every initiation)', () => {
  let t: TestApp;
  let org: OrgSetup;
  let campaignA: string;
  let campaignB: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    org = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}' });
    campaignA = await createCampaign(t, org.key, { jsonData: [loanRecord(1), loanRecord(2), loanRecord(3)] });
    campaignB = await createCampaign(t, org.key, { jsonData: [loanRecord(4)] });
    let second = 0;
    const run = async (name: string, path: string, body: object) => {
      const res = await t.http.post(path).set(bearer(org.key)).send(body).expect(200);
      ids[name] = res.body.initiationId;
      // Pinned, distinct creation times: "newest first" must not depend on the database clock.
      await setCreatedAt(t, 'initiations', ids[name], `2026-03-02T06:30:0${second++}.000Z`);
    };
    await run('callsA', `/api/v1/initiate/${campaignA}/calls`, {
      agentId: org.agentId,
      dispositionId: org.dispositionId,
      limit: 2,
      filters: { ids: ['LOAN-000001', 'LOAN-000002', 'LOAN-000003'] },
    });
    await run('smsA', `/api/v1/initiate/${campaignA}/sms`, { templateId: org.templateId });
    await run('callsB', `/api/v1/initiate/${campaignB}/calls`, {
      agentId: org.agentId,
      dispositionId: org.dispositionId,
    });
    // A dry run dispatches nothing and is not an initiation.
    await t.http
      .post(`/api/v1/initiate/${campaignB}/sms?dryRun=true`)
      .set(bearer(org.key))
      .send({ templateId: org.templateId })
      .expect(200);
  });
  afterAll(() => t.close());

  const list = (query = '', key = org.key) => t.http.get(`/api/v1/initiations${query}`).set(bearer(key));

  it('lists them newest first with who asked, the filters, the counts and the outcome', async () => {
    const res = await list().expect(200);
    expect(res.body.pagination).toEqual({
      page: 1,
      limit: 20,
      total: 3,
      totalPages: 1,
      hasNext: false,
      hasPrev: false,
    });
    expect(res.body.data.map((i: { initiationId: string }) => i.initiationId)).toEqual([
      ids.callsB,
      ids.smsA,
      ids.callsA,
    ]);
    const whoami = await t.http.get('/api/v1/auth/whoami').set(bearer(org.key)).expect(200);
    expect(res.body.data[2]).toEqual({
      initiationId: ids.callsA,
      campaignId: campaignA,
      channel: 'calls',
      status: 'completed',
      apiKeyId: whoami.body.data.apiKeyId,
      filters: { ids: ['LOAN-000001', 'LOAN-000002', 'LOAN-000003'] },
      limit: 2,
      totalMatched: 3,
      customersSelected: 2,
      initiated: 2,
      failed: 0,
      excluded: 0,
      createdAt: expect.any(String),
      completedAt: expect.any(String),
    });
    expect(res.body.data[1]).toMatchObject({ channel: 'sms', filters: null, limit: null, initiated: 3 });
  });

  it('filters by campaign, channel and status, and pages', async () => {
    const byCampaign = await list(`?campaignId=${campaignA}`).expect(200);
    expect(byCampaign.body.data.map((i: { initiationId: string }) => i.initiationId)).toEqual([ids.smsA, ids.callsA]);
    const byChannel = await list('?channel=calls').expect(200);
    expect(byChannel.body.data.map((i: { initiationId: string }) => i.initiationId)).toEqual([ids.callsB, ids.callsA]);
    expect((await list('?status=failed').expect(200)).body.pagination.total).toBe(0);
    const paged = await list('?limit=1&page=2').expect(200);
    expect(paged.body.data.map((i: { initiationId: string }) => i.initiationId)).toEqual([ids.smsA]);
    expect(paged.body.pagination).toEqual({ page: 2, limit: 1, total: 3, totalPages: 3, hasNext: true, hasPrev: true });
  });

  it('refuses bad query values with a 400', async () => {
    const res = await list('?channel=fax&status=done').expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: expect.arrayContaining(['channel must be one of: calls, sms']),
    });
    await list('?limit=1000').expect(400);
  });

  it("never shows another organization's initiations", async () => {
    const other = await t.createOrg();
    const res = await list('', other.apiKey).expect(200);
    expect(res.body.data).toEqual([]);
    expect((await list(`?campaignId=${campaignA}`, other.apiKey).expect(200)).body.pagination.total).toBe(0);
  });

  it('counts the customers the contact policy excluded', async () => {
    const other = await setupOrg(t, { variables: ['first_name'] });
    const campaign = await createCampaign(t, other.key, { jsonData: [loanRecord(1), loanRecord(2), loanRecord(3)] });
    await t.http
      .post('/api/v1/do-not-contact')
      .set(bearer(other.key))
      .send({ entries: [{ phone: '9800000001', channel: 'calls' }] })
      .expect(201);
    await t.http
      .post(`/api/v1/initiate/${campaign}/calls`)
      .set(bearer(other.key))
      .send({ agentId: other.agentId, dispositionId: other.dispositionId })
      .expect(200);
    const res = await list('', other.key).expect(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({ totalMatched: 3, customersSelected: 2, initiated: 2, failed: 0, excluded: 1 }),
    ]);
  });
});
