import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { OrgSetup, setupOrg } from '../support/outreach';
import { NO_EXCLUSIONS } from '../support/initiate';

describe('customers/add and add/bulk with initiateCall', () => {
  const runner = FakeBatchServer.voiceRunner();
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;

  beforeAll(async () => {
    await runner.start();
    t = await createTestApp({ VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: runner.url, DISPATCH_BACKOFF_MS: '10' });
    org = await setupOrg(t, { variables: ['first_name'] });
    campaignId = await createCampaign(t, org.key);
  });
  afterAll(async () => {
    await t.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const callConfig = () => ({ agentId: org.agentId, dispositionId: org.dispositionId });

  it('adds one customer and calls exactly that customer', async () => {
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(org.key))
      .send({ campaignId, data: loanRecord(1), initiateCall: true, callConfig: callConfig() })
      .expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Customer added to campaign successfully',
      data: { id: 'LOAN-000001', campaignId },
      callInitiated: true,
      initiationId: expect.stringMatching(/^init_/),
    });
    expect(runner.received().map((c) => c.customerId)).toEqual(['LOAN-000001']);
  });

  it('reports the runner rejection as callError, and keeps the customer', async () => {
    runner.behave((request) => ({
      body: {
        results: (request.body?.calls as Array<{ attemptId: string }>).map((c) => ({
          attemptId: c.attemptId,
          accepted: false,
          reason: 'Invalid number',
        })),
      },
    }));
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(org.key))
      .send({ campaignId, data: loanRecord(2), initiateCall: true, callConfig: callConfig() })
      .expect(201);
    expect(res.body).toMatchObject({ callInitiated: false, callError: 'Invalid number' });
    const list = await t.http
      .get(`/api/v1/campaigns/${campaignId}/customers?limit=100`)
      .set(bearer(org.key))
      .expect(200);
    expect(list.body.data.map((c: { id: string }) => c.id)).toContain('LOAN-000002');
  });

  it('reports a failed check (unknown agent) as callError and dispatches nothing', async () => {
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(org.key))
      .send({
        campaignId,
        data: loanRecord(3),
        initiateCall: true,
        callConfig: { agentId: 'agent_nope', dispositionId: org.dispositionId },
      })
      .expect(201);
    expect(res.body).toMatchObject({ callInitiated: false, callError: 'Agent not found' });
    expect(runner.requests).toHaveLength(0);
  });

  it('bulk adds and calls the added customers, answering callResults', async () => {
    const records = [loanRecord(10), loanRecord(11), { loan_id: 'BAD', phone_number: 'x' }, loanRecord(12)];
    const res = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(org.key))
      .send({ campaignId, records, initiateCall: true, callConfig: callConfig() })
      .expect(207);
    expect(res.body.results).toMatchObject({ total: 4, successful: 3, failed: 1 });
    expect(res.body.callResults).toEqual({
      totalMatched: 3,
      customersSelected: 3,
      initiated: 3,
      failed: 0,
      batchesProcessed: 1,
      errors: [],
      excluded: NO_EXCLUSIONS,
      initiationId: expect.stringMatching(/^init_/),
    });
    expect(
      runner
        .received()
        .map((c) => c.customerId)
        .sort(),
    ).toEqual(['LOAN-000010', 'LOAN-000011', 'LOAN-000012']);
  });

  it('refuses an inactive agent, and dispatches nothing', async () => {
    await t.http.put(`/api/v1/agents/${org.agentId}`).set(bearer(org.key)).send({ status: 'inactive' }).expect(200);
    try {
      const res = await t.http
        .post(`/api/v1/initiate/${campaignId}/calls`)
        .set(bearer(org.key))
        .send(callConfig())
        .expect(400);
      expect(res.body).toEqual({ success: false, message: 'Agent is inactive' });
      expect(runner.requests).toHaveLength(0);
    } finally {
      await t.http.put(`/api/v1/agents/${org.agentId}`).set(bearer(org.key)).send({ status: 'active' }).expect(200);
    }
  });

  it('requires callConfig with initiateCall', async () => {
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(org.key))
      .send({ campaignId, data: loanRecord(20), initiateCall: true })
      .expect(400);
    expect(res.body.errors).toEqual(['callConfig is required when initiateCall is true']);
    expect(runner.requests).toHaveLength(0);
  });
});
