import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { FakeTwilio } from '../support/fakes/fake-twilio';
import { OrgSetup, setupOrg } from '../support/outreach';

describe('Twilio after a worker died mid-batch (SPEC §4: never sent twice)', () => {
  const twilio = new FakeTwilio();
  const prefix = `outreach_twr_${randomBytes(3).toString('hex')}`;
  let api: TestApp;
  let worker: TestApp | undefined;
  let org: OrgSetup;

  beforeAll(async () => {
    await twilio.start();
    const env = {
      SMS_PROVIDER: 'twilio',
      TWILIO_BASE_URL: twilio.url,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      QUEUE_PREFIX: prefix,
    };
    api = await createTestApp({ ...env, APP_ROLE: 'api' });
    org = await setupOrg(api, { body: 'Hi {{first_name}}' });
    const campaignId = await createCampaign(api, org.key, { jsonData: [1, 2, 3, 4].map((n) => loanRecord(n)) });
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/sms`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ templateId: org.templateId })
      .expect(202);
    // A worker claimed two attempts and died before it wrote their outcomes.
    await api.app
      .get(DataSource)
      .query(
        "UPDATE attempts SET status = 'sending', provider_ref = 'claim:dead-worker' WHERE initiation_id = ? AND external_id IN (?)",
        [res.body.data.initiationId, [Buffer.from('LOAN-000001'), Buffer.from('LOAN-000002')]],
      );
    worker = await createTestApp({ ...env, APP_ROLE: 'worker' });
    let status = '';
    for (let i = 0; i < 200 && status !== 'partial'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await api.http.get(res.body.data.statusUrl).set(bearer(org.key))).body.data.status;
    }
    initiationId = res.body.data.initiationId;
  });
  let initiationId: string;
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await twilio.close();
  });

  it('fails the claimed attempts as "Outcome unknown after worker restart" and never sends them again', async () => {
    const res = await api.http.get(`/api/v1/initiations/${initiationId}`).set(bearer(org.key)).expect(200);
    expect(res.body.data).toMatchObject({
      status: 'partial',
      results: {
        initiated: 2,
        failed: 2,
        errors: [
          {
            batch: 1,
            error: 'Initiation failed',
            reason: 'Outcome unknown after worker restart',
            affectedCustomers: 2,
          },
        ],
      },
    });
    expect(twilio.messages.map((m) => m.to).sort()).toEqual(['+919800000003', '+919800000004']);
  });

  it('lists the outcomes per customer', async () => {
    const res = await api.http.get(`/api/v1/initiations/${initiationId}/attempts`).set(bearer(org.key)).expect(200);
    const byCustomer = Object.fromEntries(
      res.body.data.map((a: { customerId: string; status: string; providerRef: string | null }) => [
        a.customerId,
        [a.status, a.providerRef],
      ]),
    );
    expect(byCustomer['LOAN-000001']).toEqual(['failed', null]);
    expect(byCustomer['LOAN-000003'][0]).toBe('initiated');
    expect(byCustomer['LOAN-000003'][1]).toMatch(/^SM/);
  });
});
