import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, createTestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { FakeBatchServer, FakeReply } from '../support/fakes/fake-runner';
import { initiate, isolatedEnv } from '../support/initiate';
import { setupOrg } from '../support/outreach';
import { counts } from '../support/policy-initiation';

/**
 * SPEC §7 checked again when each batch is dispatched, on apps of their own (an API and a worker
 * apart, or a runner whose first answer is scripted) with the injected clock: a batch is never sent
 * late, and a retry the provider may already have taken is sent again under its key.
 */

describe('contact policy inside every initiation (SPEC §7)', () => {
  const runner = FakeBatchServer.voiceRunner();

  beforeAll(() => runner.start());
  afterAll(() => runner.close());
  beforeEach(() => runner.reset());

  describe('the dispatch-time check of every batch', () => {
    it('a batch that waited past the window, or whose number was listed meanwhile, is excluded, never sent late', async () => {
      const prefix = `${isolatedEnv('policy_dispatch').QUEUE_PREFIX}_late`;
      const env = { VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: runner.url, BATCH_SIZE: '2', QUEUE_PREFIX: prefix };
      const api = await createTestApp({ ...env, APP_ROLE: 'api' });
      try {
        api.clock.set('2026-03-02T13:20:00.000Z'); // 18:50 Kolkata
        const org = await setupOrg(api, { variables: ['first_name'] });
        const campaignId = await createCampaign(api, org.key);
        await bulkAdd(api, org.key, campaignId, [loanRecord(1), loanRecord(2), loanRecord(3), loanRecord(4)]);
        const res = await initiate(api, {
          channel: 'calls',
          campaignId,
          key: org.key,
          headers: { Prefer: 'respond-async' },
          body: { agentId: org.agentId, dispositionId: org.dispositionId },
        });
        expect(res.status).toBe(202);
        await api.http
          .post('/api/v1/do-not-contact')
          .set(bearer(org.key))
          .send({ entries: [{ phone: phone(4), channel: 'all' }] })
          .expect(201);
        // The worker comes up at 19:05 Kolkata: the window has closed.
        const worker = await createTestApp({ ...env, APP_ROLE: 'worker' });
        worker.clock.set('2026-03-02T13:35:00.000Z');
        try {
          const id = res.body.data.initiationId as string;
          let body: { data: { status: string; results: Record<string, unknown> } } | undefined;
          for (let i = 0; i < 200; i++) {
            body = (await api.http.get(`/api/v1/initiations/${id}`).set(bearer(org.key))).body as typeof body;
            if (body?.data.status === 'completed') break;
            await new Promise((r) => setTimeout(r, 50));
          }
          expect(body?.data.status).toBe('completed');
          expect(body?.data.results).toMatchObject({
            customersSelected: 4,
            initiated: 0,
            excluded: counts({ do_not_contact: 1, outside_window: 3 }),
          });
          expect(runner.requests).toHaveLength(0);
        } finally {
          await worker.close();
        }
      } finally {
        await api.close();
      }
    });
  });

  describe('a retried batch the provider may already have taken', () => {
    /**
     * An app of its own on a runner whose first answer is `first`; the clock passes 19:00 Kolkata
     * (the calls window's end) while that first try is under way. Calls two customers once.
     */
    async function acrossTheClose(first: FakeReply, env: Record<string, string>) {
      const runnerOnce = FakeBatchServer.voiceRunner();
      await runnerOnce.start();
      const app = await createTestApp({
        VOICE_PROVIDER: 'http',
        VOICE_RUNNER_URL: runnerOnce.url,
        DISPATCH_BACKOFF_MS: '10',
        QUEUE_PREFIX: `${isolatedEnv('policy_dispatch').QUEUE_PREFIX}_${randomBytes(3).toString('hex')}`,
        ...env,
      });
      try {
        app.clock.set('2026-03-02T13:29:00.000Z'); // 18:59 Kolkata
        runnerOnce.behave((request) => {
          if (request.index !== 0) return {};
          app.clock.set('2026-03-02T13:31:00.000Z'); // 19:01 before the next try
          return first;
        });
        const org = await setupOrg(app, { variables: ['first_name'] });
        const campaignId = await createCampaign(app, org.key);
        await bulkAdd(app, org.key, campaignId, [loanRecord(1), loanRecord(2)]);
        const res = await initiate(app, {
          channel: 'calls',
          campaignId,
          key: org.key,
          body: { agentId: org.agentId, dispositionId: org.dispositionId },
        });
        const [{ n }] = await app.app
          .get(DataSource)
          .query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM contact_log WHERE organization_id = ?', [org.orgId]);
        return { res, requests: runnerOnce.requests, attemptIds: runnerOnce.uniqueAttemptIds(), contacts: Number(n) };
      } finally {
        await app.close();
        await runnerOnce.close();
      }
    }

    it('is sent again under the same key, not excluded, when its window closed between the tries', async () => {
      // The runner takes the calls, then answers too late. A repeat of the key waits for the first
      // answer: one of the later tries gets it.
      const run = await acrossTheClose({ delayMs: 600 }, { VOICE_RUNNER_TIMEOUT_MS: '300', DISPATCH_ATTEMPTS: '8' });
      expect(run.res.status).toBe(200);
      expect(run.res.body.results).toMatchObject({ initiated: 2, failed: 0, excluded: counts({}) });
      expect(run.requests.length).toBeGreaterThanOrEqual(2);
      expect(new Set(run.requests.map((r) => r.idempotencyKey)).size).toBe(1);
      expect(run.attemptIds).toHaveLength(2);
      expect(run.contacts).toBe(2); // both calls count towards the caps
    });

    it('is checked again when the provider certainly did not take it (HTTP 503), and then not sent late', async () => {
      const run = await acrossTheClose({ status: 503 }, { DISPATCH_ATTEMPTS: '3' });
      expect(run.res.body.results).toMatchObject({
        initiated: 0,
        failed: 0,
        excluded: counts({ outside_window: 2 }),
      });
      expect(run.requests).toHaveLength(1);
      expect(run.contacts).toBe(0);
    });
  });
});
