import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { callsCampaign } from '../support/calls-campaign';
import { bulkAdd, createCampaign } from '../support/factories';
import { NO_EXCLUSIONS } from '../support/initiate';
import { OrgSetup } from '../support/outreach';

/**
 * What the calls route reports of the runner's answers: rejections (207), live counts while a batch
 * is out, an attempt accepted twice, failures (500), timeouts, retries, attempts left out.
 */

describe('POST /initiate/:campaignId/calls (voice runner over HTTP)', () => {
  const setup = callsCampaign();
  const { runner, fixture, initiate, base } = setup;
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  beforeAll(() => {
    ({ t, org, campaignId } = setup);
  });

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
});
