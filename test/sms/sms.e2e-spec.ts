import { createHmac } from 'node:crypto';
import { createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { FixtureRecord, generateCustomers, matches } from '../support/fixture';
import { allAttempts, initiate, isolatedEnv, sortedBy, NO_EXCLUSIONS } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';

const SECRET = 'gateway-secret';
const BODY = 'Dear {{first_name}}, EMI Rs {{emi_amount}} due {{emi_due_date}}, branch {{branch}}, score {{score}}';
const DLT = '1107161234567890123';

/** The template rendered the way SPEC §3 says values are given: numbers as written, dates YYYY-MM-DD. */
const textOf = (r: FixtureRecord): string =>
  `Dear ${String(r.first_name)}, EMI Rs ${String(r.emi_amount)} due ${String(r.emi_due_date)}, ` +
  `branch ${String(r.branch)}, score ${String(r.score)}`;

/** 620 customers (two batches of 500 and 120) with every template variable present. */
const fixture: FixtureRecord[] = generateCustomers(620, 23).map((r) => ({
  ...r,
  first_name: `Name ${String(r.loan_id)}`,
  emi_amount: r.emi_amount ?? 999.5,
  emi_due_date: r.emi_due_date ?? '2025-08-20',
  branch: r.branch ?? 'thane',
  score: r.score ?? 3,
}));

/** The seed's literal ids, with values chosen to show how each kind of field is rendered. */
const rendered: Array<{ record: Record<string, unknown>; text: string }> = [
  {
    record: loanRecord(1, {
      loan_id: 'LOANID-2043153',
      first_name: 'Asha',
      emi_amount: 4242,
      emi_due_date: '2025-08-05',
      branch: 'mumbai',
      score: 7.5,
      payment_status: 'bounced',
    }),
    text: 'Dear Asha, EMI Rs 4242 due 2025-08-05, branch mumbai, score 7.5',
  },
  {
    record: loanRecord(2, {
      loan_id: 'LOANID-2043154',
      first_name: 'Ravi',
      emi_amount: 4242.5,
      emi_due_date: '2025-12-31',
      branch: "o'hare & co",
      score: true,
      payment_status: 'pending',
    }),
    text: "Dear Ravi, EMI Rs 4242.5 due 2025-12-31, branch o'hare & co, score true",
  },
  {
    record: loanRecord(3, {
      loan_id: 'LOANID-2043155',
      first_name: 'सीमा',
      emi_amount: '1500',
      emi_due_date: '2026-01-01',
      branch: 'pune',
      score: false,
      payment_status: 'paid',
    }),
    text: 'Dear सीमा, EMI Rs 1500 due 2026-01-01, branch pune, score false',
  },
  {
    record: loanRecord(4, {
      loan_id: 'LOANID-2043156',
      first_name: 'Imran',
      emi_amount: 0.25,
      emi_due_date: '2025-02-28',
      branch: 'Mumbai ',
      score: 0,
      payment_status: 'Pending',
    }),
    text: 'Dear Imran, EMI Rs 0.25 due 2025-02-28, branch Mumbai , score 0',
  },
  {
    record: loanRecord(5, {
      loan_id: 'LOANID-2043157',
      first_name: 'Meera',
      emi_amount: 100000000,
      emi_due_date: '2024-02-29',
      branch: '42',
      score: -3.125,
      payment_status: 'received',
    }),
    text: 'Dear Meera, EMI Rs 100000000 due 2024-02-29, branch 42, score -3.125',
  },
];

interface Lender {
  org: OrgSetup;
  campaignId: string;
}

describe('POST /initiate/:campaignId/sms (SMS gateway over HTTP)', () => {
  const gateway = FakeBatchServer.smsGateway(SECRET, 'messageId');
  let t: TestApp;

  // Generous enough that a loaded machine never times out by accident; the timeout test delays 5 s.
  beforeAll(async () => {
    await gateway.start();
    t = await createTestApp({
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_SECRET: SECRET,
      SMS_GATEWAY_TIMEOUT_MS: '1000',
      DISPATCH_BACKOFF_MS: '10',
      DISPATCH_ATTEMPTS: '3',
      ...isolatedEnv('sms'),
    });
  }, 60000);
  afterAll(async () => {
    await t.close();
    await gateway.close();
  });
  beforeEach(() => gateway.reset());

  /**
   * A fresh lender per test: its own organization (so contact-policy counts of SPEC §7 never
   * carry over from one test to the next), the template of the brief and a campaign.
   */
  async function lender(records: unknown[]): Promise<Lender> {
    const org = await setupOrg(t, { body: BODY });
    const campaignId = await createCampaign(t, org.key);
    await bulkAdd(t, org.key, campaignId, records);
    return { org, campaignId };
  }

  const send = (l: Lender, extra: object = {}) =>
    initiate(t, {
      channel: 'sms',
      campaignId: l.campaignId,
      key: l.org.key,
      body: { templateId: l.org.templateId, ...extra },
    });

  const messageIds = () =>
    gateway
      .received()
      .map((m) => m.customerId as string)
      .sort();

  describe('seed usage examples', () => {
    it('messages all customers in a campaign, each once, with the text rendered for each', async () => {
      const l = await lender(fixture);
      const res = await send(l);
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          success: true,
          message: 'SMS messages initiated for 620 customers',
          results: {
            totalMatched: 620,
            customersSelected: 620,
            initiated: 620,
            failed: 0,
            batchesProcessed: 2,
            errors: [],
            excluded: NO_EXCLUSIONS,
          },
          initiationId: expect.stringMatching(/^init_[0-9A-Za-z]{20}$/),
        },
      });
      expect(gateway.requests).toHaveLength(2);
      expect(gateway.duplicates).toBe(0);
      const items = gateway.received();
      expect(items).toHaveLength(620);
      expect(new Set(items.map((m) => m.attemptId)).size).toBe(620);
      expect(messageIds()).toEqual(fixture.map((r) => r.loan_id as string).sort());
      const byId = new Map(fixture.map((r) => [r.loan_id as string, r]));
      for (const m of items) {
        const record = byId.get(m.customerId as string)!;
        expect({ customerId: m.customerId, to: m.to, text: m.text }).toEqual({
          customerId: record.loan_id,
          to: `+91${record.phone_number as string}`,
          text: textOf(record),
        });
      }
      const batches = gateway.requests.map((r) => r.body as Record<string, unknown>);
      expect(sortedBy(batches, (b) => String(b.batch)).map((b) => [b.batch, (b.messages as unknown[]).length])).toEqual(
        [
          [1, 500],
          [2, 120],
        ],
      );
      for (const request of gateway.requests) {
        expect(request.idempotencyKey).toBe(`${res.body.initiationId}:${(request.body as { batch: number }).batch}`);
        expect(request.signatureValid).toBe(true);
      }
    });

    it('messages specific customers by the seed ids', async () => {
      const l = await lender(rendered.map((r) => r.record));
      const res = await send(l, { filters: { ids: ['LOANID-2043153', 'LOANID-2043154'] } });
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          success: true,
          message: 'SMS messages initiated for 2 customers',
          results: {
            totalMatched: 2,
            customersSelected: 2,
            initiated: 2,
            failed: 0,
            batchesProcessed: 1,
            errors: [],
            excluded: NO_EXCLUSIONS,
          },
          initiationId: expect.any(String),
        },
      });
      expect(messageIds()).toEqual(['LOANID-2043153', 'LOANID-2043154']);
    });

    it('messages bounced and pending customers', async () => {
      const l = await lender(fixture);
      const filters = { payment_status: ['bounced', 'pending'] };
      const matching = fixture.filter((r) => matches(r, filters)).map((r) => r.loan_id as string);
      expect(matching.length).toBeGreaterThan(100);
      const res = await send(l, { filters });
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          success: true,
          message: `SMS messages initiated for ${matching.length} customers`,
          results: {
            totalMatched: matching.length,
            customersSelected: matching.length,
            initiated: matching.length,
            failed: 0,
            batchesProcessed: 1,
            errors: [],
            excluded: NO_EXCLUSIONS,
          },
          initiationId: expect.any(String),
        },
      });
      expect(messageIds()).toEqual([...matching].sort());
    });

    it('messages bounced and pending customers up to a limit (seed 200: 250 of 500 matched)', async () => {
      const l = await lender(fixture);
      const filters = { payment_status: ['bounced', 'pending'] };
      const matching = fixture.filter((r) => matches(r, filters)).map((r) => r.loan_id as string);
      const limit = Math.floor(matching.length / 2);
      const res = await send(l, { filters, limit });
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          success: true,
          message: `SMS messages initiated for ${limit} customers`,
          results: {
            totalMatched: matching.length,
            customersSelected: limit,
            initiated: limit,
            failed: 0,
            batchesProcessed: 1,
            errors: [],
            excluded: NO_EXCLUSIONS,
          },
          initiationId: expect.any(String),
        },
      });
      // The first `limit` matches in creation order (the order records were added in).
      expect(messageIds()).toEqual(matching.slice(0, limit).sort());
    });

    it('messages all customers except specific ones (seed ids)', async () => {
      const l = await lender(rendered.map((r) => r.record));
      const res = await send(l, { filters: { exclude_ids: ['LOANID-2043153', 'LOANID-2043154'] } });
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: {
          success: true,
          message: 'SMS messages initiated for 3 customers',
          results: {
            totalMatched: 3,
            customersSelected: 3,
            initiated: 3,
            failed: 0,
            batchesProcessed: 1,
            errors: [],
            excluded: NO_EXCLUSIONS,
          },
          initiationId: expect.any(String),
        },
      });
      expect(messageIds()).toEqual(['LOANID-2043155', 'LOANID-2043156', 'LOANID-2043157']);
    });

    it('messages all customers except specific ones, over two batches', async () => {
      const l = await lender(fixture);
      const excluded = [fixture[0].loan_id, fixture[250].loan_id, fixture[619].loan_id, 'LOANID-2043153'];
      const res = await send(l, { filters: { exclude_ids: excluded } });
      expect(res.status).toBe(200);
      expect(res.body.results).toEqual({
        totalMatched: 617,
        customersSelected: 617,
        initiated: 617,
        failed: 0,
        batchesProcessed: 2,
        errors: [],
        excluded: NO_EXCLUSIONS,
      });
      expect(messageIds()).toEqual(
        fixture
          .map((r) => r.loan_id as string)
          .filter((id) => !excluded.includes(id))
          .sort(),
      );
    });
  });

  it('sends the gateway exactly the protocol of SPEC §6, signed, with each text rendered', async () => {
    const l = await lender(rendered.map((r) => r.record));
    const res = await send(l);
    expect(res.status).toBe(200);
    const initiationId = res.body.initiationId as string;

    expect(gateway.requests).toHaveLength(1);
    const [request] = gateway.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/sms/batch');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.idempotencyKey).toBe(`${initiationId}:1`);
    expect(request.signatureValid).toBe(true);
    expect(request.headers['x-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(request.rawBody).digest('hex')}`,
    );

    const body = request.body as Record<string, unknown>;
    const messages = body.messages as Array<Record<string, unknown>>;
    expect({ ...body, messages: sortedBy(messages, (m) => m.customerId as string) }).toEqual({
      initiationId,
      batch: 1,
      templateId: l.org.templateId,
      dltTemplateId: DLT,
      senderId: 'TMPPAY',
      messages: rendered.map(({ record, text }) => ({
        attemptId: expect.stringMatching(/^att_/),
        customerId: record.loan_id,
        to: `+91${record.phone_number as string}`,
        text,
      })),
    });

    const attempts = await allAttempts(t, l.org.key, initiationId);
    expect(sortedBy(attempts, (a) => a.customerId)).toEqual(
      sortedBy(messages, (m) => m.customerId as string).map((m) => ({
        attemptId: m.attemptId,
        customerId: m.customerId,
        phone: m.to,
        batch: 1,
        status: 'initiated',
        providerRef: `msg-${m.attemptId as string}`,
        reason: null,
        updatedAt: expect.any(String),
      })),
    );
  });

  it('answers 207 with the rejected messages per batch and reason', async () => {
    const l = await lender(fixture);
    gateway.behave((request) => {
      const items = (request.body?.messages ?? []) as Array<{ attemptId: string }>;
      return {
        body: {
          results: items.map((m, i) =>
            i < 3
              ? { attemptId: m.attemptId, accepted: false, reason: 'Number is on the DND registry' }
              : i < 5
                ? { attemptId: m.attemptId, accepted: false, reason: 'Invalid destination' }
                : { attemptId: m.attemptId, accepted: true, messageId: `m-${m.attemptId}` },
          ),
        },
      };
    });
    const res = await send(l, { limit: 600 });
    expect({ status: res.status, body: res.body }).toEqual({
      status: 207,
      body: {
        success: false,
        message: 'SMS messages initiated for 590 of 600 customers',
        results: {
          totalMatched: 620,
          customersSelected: 600,
          initiated: 590,
          failed: 10,
          batchesProcessed: 2,
          errors: [
            { batch: 1, error: 'Initiation failed', reason: 'Invalid destination', affectedCustomers: 2 },
            { batch: 1, error: 'Initiation failed', reason: 'Number is on the DND registry', affectedCustomers: 3 },
            { batch: 2, error: 'Initiation failed', reason: 'Invalid destination', affectedCustomers: 2 },
            { batch: 2, error: 'Initiation failed', reason: 'Number is on the DND registry', affectedCustomers: 3 },
          ],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });
  });

  it('answers 207 when one batch times out on every try (seed: "Workflow runner timeout")', async () => {
    const l = await lender(fixture);
    gateway.behave((request) => ((request.body as { batch?: number }).batch === 2 ? { delayMs: 5000 } : {}));
    const res = await send(l, { limit: 520 });
    expect({ status: res.status, body: res.body }).toEqual({
      status: 207,
      body: {
        success: false,
        message: 'SMS messages initiated for 500 of 520 customers',
        results: {
          totalMatched: 620,
          customersSelected: 520,
          initiated: 500,
          failed: 20,
          batchesProcessed: 2,
          errors: [{ batch: 2, error: 'Initiation failed', reason: 'Workflow runner timeout', affectedCustomers: 20 }],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });
    const second = gateway.requests.filter((r) => (r.body as { batch: number }).batch === 2);
    expect(second).toHaveLength(3);
    expect(new Set(second.map((r) => r.idempotencyKey))).toEqual(new Set([`${res.body.initiationId}:2`]));
  });

  it('answers 500 when every message fails, with the gateway status as reason, after every try', async () => {
    const l = await lender(fixture);
    gateway.failWith(502, 3);
    const res = await send(l, { limit: 3 });
    expect({ status: res.status, body: res.body }).toEqual({
      status: 500,
      body: {
        success: false,
        message: 'SMS messages initiated for 0 of 3 customers',
        results: {
          totalMatched: 620,
          customersSelected: 3,
          initiated: 0,
          failed: 3,
          batchesProcessed: 1,
          errors: [
            { batch: 1, error: 'Initiation failed', reason: 'Workflow runner error: HTTP 502', affectedCustomers: 3 },
          ],
          excluded: NO_EXCLUSIONS,
        },
        initiationId: expect.any(String),
      },
    });
    expect(gateway.requests).toHaveLength(3);
    const tries = gateway.requests.map((r) =>
      (r.body?.messages as Array<{ attemptId: string }>).map((m) => m.attemptId),
    );
    expect(tries[1]).toEqual(tries[0]);
    expect(tries[2]).toEqual(tries[0]);
    expect(new Set(gateway.requests.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it('does not retry a 4xx from the gateway', async () => {
    const l = await lender(fixture);
    gateway.failWith(400, 1);
    const res = await send(l, { limit: 2 });
    expect(res.status).toBe(500);
    expect(res.body.results.errors).toEqual([
      { batch: 1, error: 'Initiation failed', reason: 'Workflow runner error: HTTP 400', affectedCustomers: 2 },
    ]);
    expect(gateway.requests).toHaveLength(1);
  });

  it('retries a 503 under the same Idempotency-Key and attempt ids, and every message is sent once', async () => {
    const l = await lender(fixture);
    gateway.failWith(503, 1);
    const res = await send(l, { limit: 4 });
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject({ initiated: 4, failed: 0, errors: [] });
    expect(gateway.requests).toHaveLength(2);
    const [first, second] = gateway.requests;
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(second.rawBody.equals(first.rawBody)).toBe(true);
    expect(second.signatureValid).toBe(true);
    const attempts = await allAttempts(t, l.org.key, res.body.initiationId as string);
    expect(attempts.map((a) => a.status)).toEqual(['initiated', 'initiated', 'initiated', 'initiated']);
    expect(new Set(attempts.map((a) => a.customerId))).toEqual(new Set(fixture.slice(0, 4).map((r) => r.loan_id)));
  });

  it('uses phone numbers as stored (E.164) and no voice number is needed', async () => {
    const org = await setupOrg(t, { body: BODY, numbers: [] });
    const campaignId = await createCampaign(t, org.key);
    await bulkAdd(t, org.key, campaignId, [
      { ...rendered[0].record, phone_number: phone(77) },
      { ...rendered[1].record, phone_number: `+91 ${phone(78)}` },
    ]);
    const res = await send({ org, campaignId });
    expect(res.status).toBe(200);
    expect(
      gateway
        .received()
        .map((m) => m.to)
        .sort(),
    ).toEqual([`+91${phone(77)}`, `+91${phone(78)}`]);
  });
});
