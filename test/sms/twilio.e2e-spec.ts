import { createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { FakeTwilio, TwilioRequestRecord } from '../support/fakes/fake-twilio';
import { allAttempts, initiate, isolatedEnv, NO_EXCLUSIONS } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';

const BODY = 'Dear {{first_name}}, EMI Rs {{emi_amount}} due {{emi_due_date}}, branch {{branch}}';
const e164 = (n: number): string => `+91${phone(n)}`;
const textFor = (n: number): string => `Dear Borrower ${n}, EMI Rs ${1000 + n / 2} due 2025-08-15, branch pune`;

/** Customer n: phone 98000000nn, emi_amount 1000 + n/2 (so half of them render a decimal). */
const customer = (n: number) => loanRecord(n, { emi_amount: 1000 + n / 2, emi_due_date: '2025-08-15', branch: 'pune' });

interface Lender {
  org: OrgSetup;
  campaignId: string;
}

describe('POST /initiate/:campaignId/sms with SMS_PROVIDER=twilio', () => {
  const twilio = new FakeTwilio();
  let t: TestApp;

  const twilioEnv = (timeoutMs: string, queues: string) => ({
    SMS_PROVIDER: 'twilio',
    TWILIO_BASE_URL: twilio.url,
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    SMS_GATEWAY_TIMEOUT_MS: timeoutMs,
    DISPATCH_BACKOFF_MS: '10',
    DISPATCH_ATTEMPTS: '3',
    ...isolatedEnv(queues),
  });

  // A deadline no answer of the fake misses by accident, even on a loaded machine: a Twilio
  // timeout is retried, so a slow answer would send a message twice (see the timeout test).
  beforeAll(async () => {
    await twilio.start();
    t = await createTestApp(twilioEnv('2000', 'twilio'));
  }, 60000);
  afterAll(async () => {
    await t.close();
    await twilio.close();
  });
  beforeEach(() => twilio.reset());

  /** A fresh organization per test, so contact-policy counts (SPEC §7) never carry over. */
  async function lender(count: number, app: TestApp = t): Promise<Lender> {
    const org = await setupOrg(app, { body: BODY });
    const campaignId = await createCampaign(app, org.key);
    await bulkAdd(
      app,
      org.key,
      campaignId,
      Array.from({ length: count }, (_, i) => customer(i + 1)),
    );
    return { org, campaignId };
  }

  const send = (l: Lender, extra: object = {}, app: TestApp = t) =>
    initiate(app, {
      channel: 'sms',
      campaignId: l.campaignId,
      key: l.org.key,
      body: { templateId: l.org.templateId, ...extra },
    });

  const allNumbers = (count: number): string[] => Array.from({ length: count }, (_, i) => e164(i + 1)).sort();
  const tos = (messages: TwilioRequestRecord[]): string[] => messages.map((m) => m.to ?? '').sort();
  const accepted = () => twilio.messages.filter((m) => m.status === 201);

  it('posts one well-formed message per customer, each customer exactly once, and records the sids', async () => {
    const l = await lender(12);
    const res = await send(l);
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'SMS messages initiated for 12 customers',
        results: {
          totalMatched: 12,
          customersSelected: 12,
          initiated: 12,
          failed: 0,
          batchesProcessed: 1,
          errors: [],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });

    expect(twilio.messages).toHaveLength(12);
    expect(tos(twilio.messages)).toEqual(allNumbers(12));
    for (const m of twilio.messages) {
      const n = Number((m.to ?? '').slice(-8));
      expect(m).toEqual({
        accountSid: twilio.accountSid,
        contentType: 'application/x-www-form-urlencoded',
        auth: { user: twilio.accountSid, password: twilio.authToken },
        to: e164(n),
        from: 'TMPPAY',
        body: textFor(n),
        status: 201,
        sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      });
    }

    const sidByTo = new Map(twilio.messages.map((m) => [m.to, m.sid]));
    expect(new Set(sidByTo.values()).size).toBe(12);
    const attempts = await allAttempts(t, l.org.key, res.body.initiationId as string);
    expect(attempts).toHaveLength(12);
    for (const a of attempts) {
      expect(a).toMatchObject({ status: 'initiated', reason: null, batch: 1, providerRef: sidByTo.get(a.phone) });
    }
  });

  it("fails a number Twilio refuses with 400, with Twilio's message as the reason, and sends it once", async () => {
    const l = await lender(5);
    const refusal = `The 'To' number ${e164(3)} is not a valid phone number.`;
    twilio.rejectTo(e164(3), { code: 21211, message: refusal });
    const res = await send(l);
    expect({ status: res.status, body: res.body }).toEqual({
      status: 207,
      body: {
        success: false,
        message: 'SMS messages initiated for 4 of 5 customers',
        results: {
          totalMatched: 5,
          customersSelected: 5,
          initiated: 4,
          failed: 1,
          batchesProcessed: 1,
          errors: [{ batch: 1, error: 'Initiation failed', reason: refusal, affectedCustomers: 1 }],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });
    expect(tos(twilio.messages)).toEqual(allNumbers(5));
    expect(twilio.messages.filter((m) => m.to === e164(3)).map((m) => m.status)).toEqual([400]);

    const attempts = await allAttempts(t, l.org.key, res.body.initiationId as string);
    expect(attempts.find((a) => a.phone === e164(3))).toMatchObject({
      customerId: 'LOAN-000003',
      status: 'failed',
      reason: refusal,
      providerRef: null,
    });
    expect(attempts.filter((a) => a.status === 'initiated').map((a) => a.phone)).toHaveLength(4);
  });

  it('retries a 503 and every customer ends initiated exactly once, never sent twice', async () => {
    const l = await lender(10);
    twilio.failNext(1, 503);
    const res = await send(l);
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'SMS messages initiated for 10 customers',
        results: {
          totalMatched: 10,
          customersSelected: 10,
          initiated: 10,
          failed: 0,
          batchesProcessed: 1,
          errors: [],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });

    // Exactly one request failed; its customer was tried again, once; nobody got two messages.
    const failed = twilio.messages.filter((m) => m.status === 503);
    expect(failed).toHaveLength(1);
    expect(twilio.messages).toHaveLength(11);
    expect(tos(accepted())).toEqual(allNumbers(10));
    expect(twilio.messages.filter((m) => m.to === failed[0].to).map((m) => m.status)).toEqual([503, 201]);

    const attempts = await allAttempts(t, l.org.key, res.body.initiationId as string);
    expect(attempts.map((a) => a.phone).sort()).toEqual(allNumbers(10));
    const sidByTo = new Map(accepted().map((m) => [m.to, m.sid]));
    for (const a of attempts) expect(a).toMatchObject({ status: 'initiated', providerRef: sidByTo.get(a.phone) });
  });

  it('fails with the Twilio status when every try of a message gets a 5xx', async () => {
    const l = await lender(1);
    twilio.failNext(3, 503);
    const res = await send(l);
    expect({ status: res.status, body: res.body }).toEqual({
      status: 500,
      body: {
        success: false,
        message: 'SMS messages initiated for 0 of 1 customers',
        results: {
          totalMatched: 1,
          customersSelected: 1,
          initiated: 0,
          failed: 1,
          batchesProcessed: 1,
          errors: [{ batch: 1, error: 'Initiation failed', reason: 'Twilio error: HTTP 503', affectedCustomers: 1 }],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });
    expect(twilio.messages.map((m) => [m.to, m.status])).toEqual([
      [e164(1), 503],
      [e164(1), 503],
      [e164(1), 503],
    ]);
  });

  it('never sends a customer the message twice when Twilio times out (SPEC §4: never sent an attempt twice)', async () => {
    // An app with a short deadline; its own queues, so the main app's worker never takes its jobs.
    const short = await createTestApp(twilioEnv('300', 'twilio_timeout'));
    try {
      const l = await lender(1, short);
      // Twilio takes the message but answers after the client's deadline.
      twilio.delay(700);
      const res = await send(l, {}, short);
      await twilio.settled();
      const [attempt] = await allAttempts(short, l.org.key, res.body.initiationId as string);
      expect(['initiated', 'failed']).toContain(attempt.status);
      expect(res.status).toBe(attempt.status === 'initiated' ? 200 : 500);
      expect(twilio.messages.map((m) => m.to)).toEqual([e164(1)]);
    } finally {
      await short.close();
    }
  });

  it('sends each customer of a two-batch campaign exactly once', async () => {
    const l = await lender(620);
    const res = await send(l);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual({
      totalMatched: 620,
      customersSelected: 620,
      initiated: 620,
      failed: 0,
      batchesProcessed: 2,
      errors: [],
      excluded: NO_EXCLUSIONS,
    });
    expect(twilio.messages).toHaveLength(620);
    expect(tos(twilio.messages)).toEqual(allNumbers(620));
    expect(new Set(twilio.messages.map((m) => m.sid)).size).toBe(620);
  });
});
