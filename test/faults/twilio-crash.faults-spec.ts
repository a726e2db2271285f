import request from 'supertest';
import { bearer } from '../support/app';
import { FakeTwilio } from '../support/fakes/fake-twilio';
import { AppProcess } from '../support/faults/app-process';
import { Audience, audience, Cluster, waitForEnd } from '../support/faults/cluster';
import { attemptsOf } from '../support/faults/ledger';
import { waitUntil } from '../support/faults/wait';

const CUSTOMERS = 1000;
const UNKNOWN = 'Outcome unknown after worker restart';

describe('Twilio (no de-duplication): a worker killed with SIGKILL mid-send', () => {
  const twilio = new FakeTwilio();
  let cluster: Cluster;
  let api: AppProcess;
  let crowd: Audience;

  beforeAll(async () => {
    await twilio.start();
    cluster = new Cluster({
      env: () => ({
        SMS_PROVIDER: 'twilio',
        TWILIO_BASE_URL: twilio.url,
        TWILIO_ACCOUNT_SID: twilio.accountSid,
        TWILIO_AUTH_TOKEN: twilio.authToken,
      }),
    });
    api = await cluster.start('api', 'api');
    crowd = await audience(api, CUSTOMERS);
  });
  afterAll(async () => {
    await cluster?.close();
    await twilio.close();
  });

  it('fails what the dead worker may have sent as "Outcome unknown after worker restart" and never sends it again', async () => {
    twilio.delay(40);
    const w1 = await cluster.start('w1', 'worker');
    const res = await request(api.url)
      .post(`/api/v1/initiate/${crowd.campaignId}/sms`)
      .set(bearer(crowd.key))
      .set('Prefer', 'respond-async')
      .send({ templateId: crowd.templateId })
      .timeout(30_000);
    expect(res.status).toBe(202);
    const id = res.body.data.initiationId as string;
    await waitUntil(
      '150 messages at Twilio',
      () => twilio.messages.length,
      (n) => n >= 150,
      60_000,
      () => cluster.logs(),
    );
    expect((await w1.kill('SIGKILL')).signal).toBe('SIGKILL');
    await cluster.start('w2', 'worker');

    const end = await waitForEnd(cluster, api, crowd.key, id);
    expect(end.results.customersSelected).toBe(CUSTOMERS);
    expect(end.results.initiated + end.results.failed).toBe(CUSTOMERS);
    expect(end.results.failed).toBeGreaterThan(0);
    expect(end.status).toBe('partial');

    // Twilio saw each number at most once, across both workers.
    const sends = new Map<string, number>();
    for (const m of twilio.messages) sends.set(m.to ?? '', (sends.get(m.to ?? '') ?? 0) + 1);
    expect([...sends].filter(([, n]) => n > 1)).toEqual([]);
    const sidByPhone = new Map(twilio.messages.map((m) => [m.to, m.sid]));

    const attempts = await attemptsOf(await cluster.db(), id);
    expect(attempts).toHaveLength(CUSTOMERS);
    expect(attempts.filter((a) => a.status !== 'initiated' && a.status !== 'failed')).toEqual([]);
    // Every failure is an unknown outcome from the crash; every success is a message Twilio took.
    expect([...new Set(attempts.filter((a) => a.status === 'failed').map((a) => a.reason))]).toEqual([UNKNOWN]);
    const initiated = attempts.filter((a) => a.status === 'initiated');
    expect(initiated.filter((a) => !a.providerRef || sidByPhone.get(a.phone) !== a.providerRef)).toEqual([]);
  });
});
