import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { FixtureRecord, generateCustomers, matches } from '../support/fixture';
import { OrgSetup, setupOrg } from '../support/outreach';
import { NO_EXCLUSIONS, NO_DRY_RUN_EXCLUSIONS } from '../support/initiate';

const SECRET = 'runner-secret';

describe('POST /initiate/:campaignId/calls (voice runner over HTTP)', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  const fixture: FixtureRecord[] = generateCustomers(1201, 11).map((r) => ({
    ...r,
    first_name: `Name ${r.loan_id as string}`,
    emi_amount: 4242,
  }));

  beforeAll(async () => {
    await runner.start();
    t = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET: SECRET,
      // Generous: a loaded machine must not turn a normal answer into a timeout (the timeout test has its own app).
      VOICE_RUNNER_TIMEOUT_MS: '5000',
      DISPATCH_BACKOFF_MS: '10',
      DISPATCH_ATTEMPTS: '3',
    });
    org = await setupOrg(t);
    campaignId = await createCampaign(t, org.key);
    await bulkAdd(t, org.key, campaignId, fixture);
  }, 60000);
  afterAll(async () => {
    await t.close();
    await runner.close();
  });
  beforeEach(() => runner.reset());

  const initiate = (body: object, query = '', headers: Record<string, string> = {}, camp = campaignId, key = org.key) =>
    t.http.post(`/api/v1/initiate/${camp}/calls${query}`).set(bearer(key)).set(headers).send(body);
  const base = () => ({ agentId: org.agentId, dispositionId: org.dispositionId });

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

  it('answers 207 with the rejected customers per batch', async () => {
    runner.behave((request) => {
      const calls = (request.body?.calls ?? []) as Array<{ attemptId: string }>;
      return {
        body: {
          results: calls.map((c, i) =>
            i < 7
              ? { attemptId: c.attemptId, accepted: false, reason: 'Number on DND' }
              : { attemptId: c.attemptId, accepted: true, callId: `c-${i}` },
          ),
        },
      };
    });
    const res = await initiate({ ...base(), limit: 600 }).expect(207);
    expect(res.body).toMatchObject({
      success: false,
      message: 'Calls initiated for 586 of 600 customers',
      results: {
        customersSelected: 600,
        initiated: 586,
        failed: 14,
        batchesProcessed: 2,
        errors: [
          { batch: 1, error: 'Call initiation failed', reason: 'Number on DND', affectedCustomers: 7 },
          { batch: 2, error: 'Call initiation failed', reason: 'Number on DND', affectedCustomers: 7 },
        ],
        excluded: NO_EXCLUSIONS,
      },
    });
  });

  // Phones no earlier test has called, so the attempt cap never applies here.
  describe('on a campaign of its own', () => {
    let own: string;
    beforeAll(async () => {
      own = await createCampaign(t, org.key, { name: 'Own phones' });
      const records = fixture
        .slice(0, 700)
        .map((r, i) => ({ ...r, loan_id: `OWN-${i}`, phone_number: `97${String(i).padStart(8, '0')}` }));
      await bulkAdd(t, org.key, own, records);
    });

    it('reports live counts while a batch is still out: answered batches counted, the rest queued', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      runner.behave((request) => {
        const body = request.body as { batch: number; calls: Array<{ attemptId: string }> };
        // Batch 2 (held below) accepts everyone, after the live report has been read.
        if (body.batch === 2) return {};
        return {
          body: {
            results: body.calls.map((c, i) =>
              i === 0
                ? { attemptId: c.attemptId, accepted: false, reason: 'Number on DND' }
                : { attemptId: c.attemptId, accepted: true, callId: `c-${i}` },
            ),
          },
        };
      });
      runner.holdUntil(2, held);
      const res = await initiate({ ...base(), limit: 700 }, '', { Prefer: 'respond-async' }, own).expect(202);
      const url = res.body.data.statusUrl as string;
      const read = async () => (await t.http.get(url).set(bearer(org.key)).expect(200)).body.data;
      let live = await read();
      for (let i = 0; i < 200 && live.results.batchesProcessed < 1; i++) {
        await new Promise((r) => setTimeout(r, 25));
        live = await read();
      }
      expect(live.status).toBe('running');
      expect(live.results).toMatchObject({ customersSelected: 700, initiated: 499, failed: 1, batchesProcessed: 1 });
      release();
      let done = live;
      for (let i = 0; i < 200 && done.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        done = await read();
      }
      expect(done.status).toBe('partial');
      expect(done.results).toMatchObject({ initiated: 699, failed: 1, batchesProcessed: 2 });
    });

    // The repeated id makes the update-first write change fewer rows than it was given: the careful path runs.
    it('counts an attempt the runner accepts twice in one answer once (report and contact log)', async () => {
      runner.behave((request) => {
        const calls = (request.body?.calls ?? []) as Array<{ attemptId: string }>;
        const accepted = calls.map((c, i) => ({ attemptId: c.attemptId, accepted: true, callId: `c-${i}` }));
        return { body: { results: [...accepted, { ...accepted[0], callId: 'c-again' }] } };
      });
      const contacts = async (): Promise<number> => {
        const [{ n }] = await t.app
          .get(DataSource)
          .query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM contact_log WHERE organization_id = ?', [org.orgId]);
        return Number(n);
      };
      const before = await contacts();
      const res = await initiate({ ...base(), limit: 4 }, '', {}, own).expect(200);
      expect(res.body.results).toMatchObject({ customersSelected: 4, initiated: 4, failed: 0 });
      expect((await contacts()) - before).toBe(4);
      const [{ ref }] = await t.app
        .get(DataSource)
        .query<Array<{ ref: string }>>(
          "SELECT provider_ref AS ref FROM attempts WHERE initiation_id = ? AND provider_ref IN ('c-0', 'c-again')",
          [res.body.initiationId],
        );
      expect(['c-0', 'c-again']).toContain(ref);
    });
  });

  it('answers 500 when every call fails, with the runner error as reason', async () => {
    runner.failWith(502, 3);
    const res = await initiate({ ...base(), limit: 5 }).expect(500);
    expect(res.body).toMatchObject({
      success: false,
      message: 'Calls initiated for 0 of 5 customers',
      results: {
        initiated: 0,
        failed: 5,
        errors: [
          {
            batch: 1,
            error: 'Call initiation failed',
            reason: 'Workflow runner error: HTTP 502',
            affectedCustomers: 5,
          },
        ],
      },
    });
    expect(runner.requests).toHaveLength(3);
  });

  it('reports a runner timeout', async () => {
    const quick = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_TIMEOUT_MS: '200',
      DISPATCH_BACKOFF_MS: '10',
    });
    try {
      runner.delay(1500, 3);
      const res = await quick.http
        .post(`/api/v1/initiate/${campaignId}/calls`)
        .set(bearer(org.key))
        .send({ ...base(), limit: 3 })
        .expect(500);
      expect(res.body.results.errors).toEqual([
        { batch: 1, error: 'Call initiation failed', reason: 'Workflow runner timeout', affectedCustomers: 3 },
      ]);
    } finally {
      await quick.close();
    }
  });

  it('retries a transient failure with the same attempt ids and Idempotency-Key', async () => {
    runner.failWith(503, 1);
    const res = await initiate({ ...base(), limit: 4 }).expect(200);
    expect(res.body.results).toMatchObject({ initiated: 4, failed: 0 });
    expect(runner.requests).toHaveLength(2);
    const [a, b] = runner.requests;
    expect(a.idempotencyKey).toBe(b.idempotencyKey);
    expect((a.body?.calls as Array<{ attemptId: string }>).map((c) => c.attemptId)).toEqual(
      (b.body?.calls as Array<{ attemptId: string }>).map((c) => c.attemptId),
    );
  });

  it('fails attempts the runner leaves out with "No result from runner"', async () => {
    runner.behave((request) => {
      const calls = (request.body?.calls ?? []) as Array<{ attemptId: string }>;
      return {
        body: { results: calls.slice(1).map((c) => ({ attemptId: c.attemptId, accepted: true, callId: 'x' })) },
      };
    });
    const res = await initiate({ ...base(), limit: 3 }).expect(207);
    expect(res.body.results.errors).toEqual([
      { batch: 1, error: 'Call initiation failed', reason: 'No result from runner', affectedCustomers: 1 },
    ]);
  });

  it('dryRun counts and reports missing variables, and dispatches nothing', async () => {
    const res = await initiate({ ...base(), limit: 700 }, '?dryRun=true').expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Dry run: nothing was dispatched',
      data: {
        totalMatched: 1201,
        customersSelected: 700,
        batches: 2,
        missingVariables: [],
        excluded: NO_DRY_RUN_EXCLUSIONS,
      },
    });
    expect(runner.requests).toHaveLength(0);
    const list = await t.http.get(`/api/v1/campaigns/${campaignId}`).set(bearer(org.key)).expect(200);
    expect(list.body.data.customerCount).toBe(1201);
  });

  it('answers 202 with Prefer: respond-async, and the status URL reports the outcome', async () => {
    const res = await initiate({ ...base(), limit: 10 }, '', { Prefer: 'respond-async' }).expect(202);
    expect(res.body).toEqual({
      success: true,
      message: 'Initiation accepted',
      data: {
        initiationId: expect.any(String),
        status: 'queued',
        statusUrl: `/api/v1/initiations/${res.body.data.initiationId as string}`,
      },
    });
    let status: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) {
      status = (
        await t.http
          .get(res.body.data.statusUrl as string)
          .set(bearer(org.key))
          .expect(200)
      ).body.data;
      if (status.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toEqual({
      initiationId: res.body.data.initiationId,
      channel: 'calls',
      status: 'completed',
      results: {
        totalMatched: 1201,
        customersSelected: 10,
        initiated: 10,
        failed: 0,
        batchesProcessed: 1,
        errors: [],
        excluded: NO_EXCLUSIONS,
      },
    });
    expect(runner.received()).toHaveLength(10);
  });

  it('answers 202 when the synchronous wait runs out', async () => {
    const slow = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      INITIATION_SYNC_TIMEOUT_MS: '0',
      ADMIN_API_TOKEN: undefined,
    });
    try {
      const res = await slow.http
        .post(`/api/v1/initiate/${campaignId}/calls`)
        .set(bearer(org.key))
        .send({ ...base(), limit: 2 })
        .expect(202);
      expect(res.body.message).toBe('Initiation accepted');
    } finally {
      await slow.close();
    }
  });

  describe('Idempotency-Key', () => {
    it('replays the first report and dispatches nothing more', async () => {
      const headers = { 'Idempotency-Key': `k-${Date.now()}-replay` };
      const first = await initiate({ ...base(), limit: 3 }, '', headers).expect(200);
      const again = await initiate({ ...base(), limit: 3 }, '', headers).expect(200);
      expect(again.body).toEqual(first.body);
      expect(runner.received()).toHaveLength(3);
    });

    it('answers 422 when the key comes with another body', async () => {
      const headers = { 'Idempotency-Key': `k-${Date.now()}-mismatch` };
      await initiate({ ...base(), limit: 3 }, '', headers).expect(200);
      const res = await initiate({ ...base(), limit: 4 }, '', headers).expect(422);
      expect(res.body).toEqual({
        success: false,
        message: 'Idempotency-Key was already used with a different request',
      });
      expect(runner.received()).toHaveLength(3);
    });

    it('answers 409 while the first request still runs', async () => {
      const headers = { 'Idempotency-Key': `k-${Date.now()}-inflight` };
      runner.delay(1500, 1);
      const first = initiate({ ...base(), limit: 2 }, '', headers).then((r) => r);
      await new Promise((r) => setTimeout(r, 400));
      const second = await initiate({ ...base(), limit: 2 }, '', headers).expect(409);
      expect(second.body).toEqual({
        success: false,
        message: 'A request with this Idempotency-Key is still in progress',
      });
      expect((await first).status).toBe(200);
      expect(runner.received()).toHaveLength(2);
    });

    it('frees the key when the request fails its checks', async () => {
      const headers = { 'Idempotency-Key': `k-${Date.now()}-free` };
      await initiate({ ...base(), filters: { ids: ['nobody'] } }, '', headers).expect(404);
      await initiate({ ...base(), filters: { ids: ['nobody'] } }, '', headers).expect(404);
    });
  });
});
