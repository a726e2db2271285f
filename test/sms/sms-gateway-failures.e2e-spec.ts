import type { TestApp } from '../support/app';
import { allAttempts, NO_EXCLUSIONS } from '../support/initiate';
import { fixture, smsGatewayApp } from '../support/sms-initiation';

/** What the SMS route answers when the gateway rejects, times out or fails (207, 500), and what it retries. */

describe('POST /initiate/:campaignId/sms (SMS gateway over HTTP)', () => {
  const sms = smsGatewayApp('sms_failures');
  const { gateway, lender, send } = sms;
  let t: TestApp;
  beforeAll(() => {
    t = sms.t;
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
});
