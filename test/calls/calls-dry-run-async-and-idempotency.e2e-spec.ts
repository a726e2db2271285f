import { bearer, createTestApp, TestApp } from '../support/app';
import { callsCampaign } from '../support/calls-campaign';
import { NO_DRY_RUN_EXCLUSIONS, NO_EXCLUSIONS } from '../support/initiate';
import { OrgSetup } from '../support/outreach';

/** How the calls route answers besides a report: dryRun, 202 (asked for, or when the wait runs out), Idempotency-Key. */

describe('POST /initiate/:campaignId/calls (voice runner over HTTP)', () => {
  const setup = callsCampaign();
  const { runner, initiate, base } = setup;
  let t: TestApp;
  let org: OrgSetup;
  let campaignId: string;
  beforeAll(() => {
    ({ t, org, campaignId } = setup);
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
      // Handed over, no provider event yet (SPEC §9).
      outcomes: { pending: 10, completed: 0, no_answer: 0, busy: 0, voicemail: 0, failed: 0, canceled: 0, expired: 0 },
      // No `retry`: no follow-up (SPEC §10).
      followUps: { scheduled: 0, initiated: 0, failed: 0, excluded: 0 },
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
