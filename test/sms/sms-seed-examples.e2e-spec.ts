import { matches } from '../support/fixture';
import { NO_EXCLUSIONS, sortedBy } from '../support/initiate';
import { fixture, rendered, smsGatewayApp, textOf } from '../support/sms-initiation';

/** The seed's usage examples of the SMS route: who is messaged, with which text, in which batches. */

describe('POST /initiate/:campaignId/sms (SMS gateway over HTTP)', () => {
  const sms = smsGatewayApp('sms_seed');
  const { gateway, lender, send, messageIds } = sms;

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
});
