import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { ALL_QUEUE_NAMES } from '../../src/queues/queues';
import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';

const basic = (user: string, password: string) => ({
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

describe('Bull Board at /admin/queues', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('asks for the admin token, as HTTP Basic, when it is missing or wrong', async () => {
    const org = await t.createOrg();
    for (const headers of [{}, bearer('not-the-admin-token'), basic('admin', 'wrong'), bearer(org.apiKey)]) {
      const res = await t.http.get('/admin/queues').set(headers).expect(401);
      expect(res.headers['www-authenticate']).toMatch(/^Basic realm=/);
      expect(res.body).toEqual({
        success: false,
        error: 'Unauthorized',
        message: 'Missing or invalid authorization header',
      });
    }
    await t.http.get('/admin/queues/api/queues').expect(401);
  });

  it('serves the board with the admin token as Bearer or as the Basic password', async () => {
    const page = await t.http.get('/admin/queues').set(bearer(ADMIN_TOKEN)).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Outreach queues');
    await t.http.get('/admin/queues').set(basic('anyone', ADMIN_TOKEN)).expect(200);
    const api = await t.http.get('/admin/queues/api/queues').set(basic('ops', ADMIN_TOKEN)).expect(200);
    // Every queue of the job catalogue (calls, sms, and those later issues add).
    const names = api.body.queues.map((q: { name: string }) => q.name).sort();
    expect(names).toEqual([...ALL_QUEUE_NAMES].sort());
    expect(names).toEqual(expect.arrayContaining(['calls', 'sms']));
  });

  it('is read-only by default: a job cannot be removed, retried or the queue emptied', async () => {
    const queue = t.app.get<Queue>(getQueueToken('calls'));
    const job = await queue.add('probe', { probe: true }, { jobId: 'board-probe', delay: 60_000 });
    const api = await t.http.get('/admin/queues/api/queues').set(bearer(ADMIN_TOKEN)).expect(200);
    expect(api.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    for (const path of [
      'calls/board-probe/clean',
      'calls/board-probe/retry',
      'calls/board-probe/promote',
      'calls/empty',
    ]) {
      const res = await t.http.put(`/admin/queues/api/queues/${path}`).set(bearer(ADMIN_TOKEN));
      expect([path, res.status]).toEqual([path, 405]);
    }
    expect(await queue.getJob('board-probe')).not.toBeNull();
    await job.remove();
  });
});

describe('Bull Board with QUEUE_BOARD_READ_ONLY=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ QUEUE_BOARD_READ_ONLY: 'false' });
  });
  afterAll(() => t.close());

  it('lets the operator remove a job', async () => {
    const queue = t.app.get<Queue>(getQueueToken('calls'));
    await queue.add('probe', { probe: true }, { jobId: 'board-probe-rw', delay: 60_000 });
    await t.http.put('/admin/queues/api/queues/calls/board-probe-rw/clean').set(bearer(ADMIN_TOKEN)).expect(204);
    expect(await queue.getJob('board-probe-rw')).toBeNull();
  });
});

describe('Bull Board without ADMIN_API_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ADMIN_API_TOKEN: undefined });
  });
  afterAll(() => t.close());

  it('is not mounted: 404', async () => {
    await t.http.get('/admin/queues').expect(404);
    await t.http.get('/admin/queues').set(bearer(ADMIN_TOKEN)).expect(404);
    await t.http.get('/admin/queues/api/queues').set(basic('x', ADMIN_TOKEN)).expect(404);
  });
});
