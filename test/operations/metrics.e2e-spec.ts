import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { OrgSetup, setupOrg } from '../support/outreach';

const METRICS_TOKEN = 'metrics-secret-0123';

/** The value of one sample line, e.g. `outreach_initiations_total{channel="calls",outcome="completed"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let t: TestApp;
  let org: OrgSetup;
  const scrape = async (): Promise<string> =>
    (
      await t.http
        .get('/metrics')
        .set(bearer(METRICS_TOKEN))
        .expect(200)
        .expect('Content-Type', /text\/plain/)
    ).text;

  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN });
    org = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}' });
  });
  afterAll(() => t.close());

  it('needs METRICS_TOKEN when it is set', async () => {
    for (const headers of [{}, bearer('wrong'), bearer(org.key)]) {
      const res = await t.http.get('/metrics').set(headers).expect(401);
      expect(res.body).toEqual({
        success: false,
        error: 'Unauthorized',
        message: 'Missing or invalid authorization header',
      });
    }
  });

  it('exposes every metric of SPEC §8 from the start', async () => {
    const text = await scrape();
    for (const name of [
      'outreach_initiations_total',
      'outreach_attempts_total',
      'outreach_provider_request_duration_seconds',
      'outreach_queue_jobs',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(sample(text, 'outreach_initiations_total{channel="sms",outcome="failed"}')).toBe(0);
    expect(sample(text, 'outreach_queue_jobs{queue="calls",state="waiting"}')).toBe(0);
    expect(sample(text, 'outreach_queue_jobs{queue="sms",state="failed"}')).toBe(0);
  });

  it('counts ended initiations by channel and outcome, their attempts by status, and provider latency', async () => {
    const before = await scrape();
    const campaignId = await createCampaign(t, org.key, { jsonData: [1, 2, 3].map((n) => loanRecord(n)) });
    await t.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(200);
    await t.http
      .post(`/api/v1/initiate/${campaignId}/sms`)
      .set(bearer(org.key))
      .send({ templateId: org.templateId, limit: 2 })
      .expect(200);
    const after = await scrape();
    const delta = (series: string) => (sample(after, series) ?? 0) - (sample(before, series) ?? 0);
    expect(delta('outreach_initiations_total{channel="calls",outcome="completed"}')).toBe(1);
    expect(delta('outreach_initiations_total{channel="sms",outcome="completed"}')).toBe(1);
    expect(delta('outreach_attempts_total{channel="calls",status="initiated"}')).toBe(3);
    expect(delta('outreach_attempts_total{channel="sms",status="initiated"}')).toBe(2);
    expect(delta('outreach_attempts_total{channel="calls",status="failed"}')).toBe(0);
    expect(delta('outreach_provider_request_duration_seconds_count{channel="calls",provider="sandbox"}')).toBe(1);
    expect(delta('outreach_provider_request_duration_seconds_count{channel="sms",provider="sandbox"}')).toBe(1);
  });

  it('reads queue depth and failed jobs from Bull at scrape time', async () => {
    const queue = t.app.get<Queue>(getQueueToken('sms'));
    await queue.pause(true); // this process's worker takes nothing: the jobs stay waiting
    try {
      await queue.add('dispatch', { organizationId: 'org_x', initiationId: 'init_none', batch: 1 }, { jobId: 'm1' });
      await queue.add('dispatch', { organizationId: 'org_x', initiationId: 'init_none', batch: 2 }, { jobId: 'm2' });
      const text = await scrape();
      expect(sample(text, 'outreach_queue_jobs{queue="sms",state="waiting"}')).toBe(2);
      expect(sample(text, 'outreach_queue_jobs{queue="calls",state="waiting"}')).toBe(0);
    } finally {
      await queue.resume(true);
    }
    // A job for an initiation that does not exist is discarded by the worker: it ends failed.
    let failed = 0;
    for (let i = 0; i < 100 && failed < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
      failed = sample(await scrape(), 'outreach_queue_jobs{queue="sms",state="failed"}') ?? 0;
    }
    expect(failed).toBe(2);
  });
});

describe('/metrics without METRICS_TOKEN, and on a worker process', () => {
  let worker: TestApp;
  beforeAll(async () => {
    worker = await createTestApp({ APP_ROLE: 'worker' });
  });
  afterAll(() => worker.close());

  it('a worker serves /health, /health/ready and /metrics (open when no token is set), and no API route', async () => {
    await worker.http.get('/health').expect(200);
    await worker.http.get('/health/ready').expect(200);
    const res = await worker.http.get('/metrics').expect(200);
    expect(res.text).toContain('outreach_queue_jobs{queue="calls",state="active"}');
    await worker.http.get('/api/v1/campaigns').expect(404);
    await worker.http.get('/admin/queues').expect(404);
    await worker.http.get('/docs-json').expect(404);
  });
});
