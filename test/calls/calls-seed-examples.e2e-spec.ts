import { createHmac } from 'node:crypto';
import { bearer, TestApp } from '../support/app';
import { callsCampaign, SECRET } from '../support/calls-campaign';
import { matches } from '../support/fixture';
import { NO_EXCLUSIONS } from '../support/initiate';
import { OrgSetup } from '../support/outreach';

/** The seed's usage examples of the calls route: who is called, in which batches, with what. */

describe('POST /initiate/:campaignId/calls (voice runner over HTTP)', () => {
  const setup = callsCampaign();
  const { runner, fixture, initiate, base } = setup;
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  beforeAll(() => {
    ({ t, org, campaignId } = setup);
  });

  it('calls every customer of a 1,201-customer campaign exactly once, in 3 batches', async () => {
    const res = await initiate(base()).expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Calls initiated for 1201 customers',
      results: {
        totalMatched: 1201,
        customersSelected: 1201,
        initiated: 1201,
        failed: 0,
        batchesProcessed: 3,
        errors: [],
        excluded: NO_EXCLUSIONS,
      },
      initiationId: expect.stringMatching(/^init_[0-9A-Za-z]{20}$/),
    });
    expect(runner.requests).toHaveLength(3);
    const items = runner.received();
    expect(items).toHaveLength(1201);
    expect(new Set(items.map((i) => i.attemptId)).size).toBe(1201);
    expect(new Set(items.map((i) => i.customerId)).size).toBe(1201);
    expect(items.map((i) => i.customerId).sort()).toEqual(fixture.map((r) => r.loan_id).sort());
    const sizes = runner.requests.map((r) => (r.body?.calls as unknown[]).length).sort((a, b) => a - b);
    expect(sizes).toEqual([201, 500, 500]);
    for (const request of runner.requests) {
      const body = request.body as Record<string, unknown>;
      expect(request.signatureValid).toBe(true);
      expect(request.headers['x-signature']).toBe(
        `sha256=${createHmac('sha256', SECRET).update(request.rawBody).digest('hex')}`,
      );
      expect(request.idempotencyKey).toBe(`${res.body.initiationId}:${body.batch as number}`);
      expect(body).toMatchObject({
        initiationId: res.body.initiationId,
        campaignId,
        agentId: org.agentId,
        dispositionId: org.dispositionId,
      });
    }
    const first = items.find((i) => i.customerId === fixture[0].loan_id)!;
    expect(first).toMatchObject({
      to: '+919800000000',
      from: org.numbers[0],
      variables: { first_name: `Name ${fixture[0].loan_id as string}`, emi_amount: 4242 },
    });
    expect(new Set(items.map((i) => i.from))).toEqual(new Set(org.numbers));
    const attempts = await t.http
      .get(`/api/v1/initiations/${res.body.initiationId}/attempts?limit=100&status=initiated`)
      .set(bearer(org.key))
      .expect(200);
    expect(attempts.body.pagination.total).toBe(1201);
    expect(attempts.body.data[0]).toMatchObject({
      status: 'initiated',
      providerRef: `call-${attempts.body.data[0].attemptId as string}`,
      batch: 1,
    });
  });

  it.each([
    ['bounced and pending', { filters: { payment_status: ['bounced', 'pending'] } }],
    [
      'EMI due this month, limited to 100',
      { limit: 100, filters: { emi_due_date: { from: '2025-08-01', to: '2025-08-31' }, payment_status: 'pending' } },
    ],
    ['specific ids', { filters: { ids: [fixture[3].loan_id, fixture[9].loan_id, 'LOAN-2025-00789'] } }],
    [
      'custom field filters',
      {
        filters: {
          payment_status: ['bounced', 'pending'],
          emi_amount: { min: 4000, max: 5000 },
          language: 'hindi',
          custom: { branch: 'mumbai', product_type: ['personal_loan', 'home_loan'] },
        },
      },
    ],
    ['all except some', { filters: { exclude_ids: [fixture[0].loan_id, fixture[1].loan_id] } }],
  ])(
    'seed example: %s reaches exactly the matching customers',
    async (_label, extra: { limit?: number; filters: Record<string, unknown> }) => {
      const matching = fixture.filter((r) => matches(r, extra.filters)).map((r) => r.loan_id as string);
      const selected = matching.slice(0, extra.limit ?? matching.length);
      expect(selected.length).toBeGreaterThan(0);
      const res = await initiate({ ...base(), ...extra }).expect(200);
      expect(res.body.results).toMatchObject({
        totalMatched: matching.length,
        customersSelected: selected.length,
        initiated: selected.length,
        failed: 0,
      });
      // Batches run concurrently: compare who was called, not the order of arrival.
      expect(
        runner
          .received()
          .map((i) => i.customerId as string)
          .sort(),
      ).toEqual([...selected].sort());
      expect(runner.received()).toHaveLength(selected.length);
    },
  );
});
