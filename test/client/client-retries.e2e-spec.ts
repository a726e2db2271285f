import { OutreachApiError, OutreachClient, OutreachTimeoutError } from '@outreach-api/client';
import { createTestApp, type TestApp } from '../support/app';
import { ScriptedApi } from '../support/fakes/scripted-api';
import { rejection } from '../support/rejection';

/**
 * What the client does with answers the real API gives only under load or now and then: 429 and
 * 503 with and without Retry-After, and a status that asks to be polled later. A ScriptedApi on
 * 127.0.0.1 answers; the client's sleep is injected, so no test waits for real.
 */
describe('OutreachClient retries and polling', () => {
  const api = new ScriptedApi();
  beforeAll(() => api.start());
  afterAll(() => api.close());

  const setup = (options: Partial<ConstructorParameters<typeof OutreachClient>[0]> = {}) => {
    const slept: number[] = [];
    let now = 0;
    const client = new OutreachClient({
      baseUrl: api.url,
      apiKey: 'key-123',
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      now: () => now,
      ...options,
    });
    return { client, slept };
  };

  const tooMany = (seconds: string) => ({
    status: 429,
    headers: { 'Retry-After': seconds },
    body: { success: false, error: 'Too Many Requests', message: `Rate limit exceeded, retry in ${seconds} s` },
  });
  const unavailable = (headers: Record<string, string> = {}) => ({
    status: 503,
    headers,
    body: { success: false, error: 'Service Unavailable', message: 'Try again later' },
  });
  const report = { success: true, message: 'SMS messages initiated for 2 customers', initiationId: 'init_x' };

  it('waits what Retry-After asks on 429 and 503, then sends the same request again (same Idempotency-Key and body)', async () => {
    api.script(tooMany('2'), unavailable({ 'Retry-After': '1' }), { status: 200, body: report });
    const { client, slept } = setup();
    const answer = await client.initiateSms('camp_1', { templateId: 'tmpl_1' });
    expect(answer).toEqual(report);
    expect(slept).toEqual([2000, 1000]);
    expect(api.requests).toHaveLength(3);
    const keys = api.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(api.requests.map((r) => r.body))).toEqual(new Set([JSON.stringify({ templateId: 'tmpl_1' })]));
    for (const r of api.requests) {
      expect(r.method).toBe('POST');
      expect(r.url).toBe('/api/v1/initiate/camp_1/sms');
      expect(r.headers.authorization).toBe('Bearer key-123');
    }
  });

  it('backs off exponentially without Retry-After, and throws the last answer once the retries run out', async () => {
    api.script(unavailable());
    const { client, slept } = setup({ retry: { retries: 3, baseDelayMs: 100 } });
    const error = await rejection(client.listCampaigns());
    expect(error).toBeInstanceOf(OutreachApiError);
    expect(error.status).toBe(503);
    expect(error.body).toEqual({ success: false, error: 'Service Unavailable', message: 'Try again later' });
    expect(slept).toEqual([100, 200, 400]);
    expect(api.requests).toHaveLength(4);
  });

  it('does not wait longer than maxDelayMs: a Retry-After beyond it is thrown at once, with retryAfterMs', async () => {
    api.script(tooMany('3600'), { status: 200, body: { success: true, data: [] } });
    const { client, slept } = setup({ retry: { maxDelayMs: 10_000 } });
    const error = await rejection(client.listCampaigns());
    expect(error).toBeInstanceOf(OutreachApiError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, error: 'Too Many Requests' });
    expect(slept).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it('retries nothing else: a 500 is thrown after one request; `retry: false` throws the 429', async () => {
    api.script({
      status: 500,
      body: { success: false, error: 'Internal Server Error', message: 'An unexpected error occurred' },
    });
    const { client } = setup();
    await expect(client.getInitiation('init_x')).rejects.toMatchObject({ status: 500 });
    expect(api.requests).toHaveLength(1);

    api.script(tooMany('1'), { status: 200, body: { success: true, data: [] } });
    const { client: once, slept } = setup({ retry: false });
    await expect(once.listCampaigns()).rejects.toMatchObject({ status: 429 });
    expect(slept).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it('a body that is not the envelope still throws OutreachApiError, its text as the message', async () => {
    api.script({ status: 502, body: undefined, headers: { 'Content-Type': 'text/plain' } });
    const { client } = setup();
    const error = await rejection(client.whoAmI());
    expect(error).toBeInstanceOf(OutreachApiError);
    expect(error.status).toBe(502);
    expect(error.body).toEqual({ success: false, message: 'Bad Gateway' });
  });

  it('the iterators end by themselves on an answer that would never end (same cursor again, an empty page)', async () => {
    const logPage = { page: 1, per_page: 1, total: 9, total_pages: 9, has_next: true, has_prev: false };
    api.script(
      {
        status: 200,
        body: { success: true, data: [{ call_id: 'att_1' }], pagination: { ...logPage, next_cursor: 'c1' } },
      },
      {
        status: 200,
        body: { success: true, data: [{ call_id: 'att_2' }], pagination: { ...logPage, next_cursor: 'c1' } },
      },
    );
    const { client } = setup();
    const entries = [];
    for await (const entry of client.logs()) entries.push(entry.call_id);
    expect(entries).toEqual(['att_1', 'att_2']);
    expect(api.requests.map((r) => new URL(r.url, api.url).searchParams.get('cursor'))).toEqual([null, 'c1']);

    const pagination = { page: 1, limit: 100, total: 9, totalPages: 9, hasNext: true, hasPrev: false };
    api.script({ status: 200, body: { success: true, data: [], pagination } });
    const attempts = [];
    for await (const attempt of client.attempts('init_w')) attempts.push(attempt);
    expect(attempts).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  const status = (value: string, headers: Record<string, string> = {}) => ({
    status: 200,
    headers,
    body: { success: true, data: { initiationId: 'init_w', channel: 'sms', status: value, results: {} } },
  });

  it('waitForInitiation polls with a growing interval, takes Retry-After over it, and answers the final status', async () => {
    api.script(status('queued'), status('running', { 'Retry-After': '3' }), status('running'), status('partial'));
    const { client, slept } = setup();
    const done = await client.waitForInitiation('init_w', { intervalMs: 100, factor: 2, maxIntervalMs: 1000 });
    expect(done).toMatchObject({ initiationId: 'init_w', status: 'partial' });
    expect(slept).toEqual([100, 3000, 400]);
    expect(api.requests.map((r) => r.url)).toEqual(Array(4).fill('/api/v1/initiations/init_w'));
  });

  it('waitForInitiation gives up after timeoutMs with OutreachTimeoutError (scheduled is not final)', async () => {
    api.script(status('scheduled'));
    const { client, slept } = setup();
    const error = await rejection<OutreachTimeoutError>(
      client.waitForInitiation('init_w', { timeoutMs: 5000, intervalMs: 1000, factor: 1 }),
    );
    expect(error).toBeInstanceOf(OutreachTimeoutError);
    expect(error.message).toContain('last status: scheduled');
    expect(slept).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(api.requests).toHaveLength(6);
  });

  it('waitForInitiation stops when its signal is aborted', async () => {
    api.script(status('running'));
    const controller = new AbortController();
    const { client } = setup({
      sleep: async () => controller.abort(new Error('shutting down')),
    });
    await expect(client.waitForInitiation('init_w', { signal: controller.signal })).rejects.toThrow('shutting down');
    expect(api.requests).toHaveLength(1);
  });

  it('waitForInitiation rides out a 429 on a poll (the retry) and stops at once on a 404', async () => {
    api.script(status('running'), tooMany('2'), status('completed'));
    const { client, slept } = setup();
    await expect(client.waitForInitiation('init_w', { intervalMs: 50 })).resolves.toMatchObject({
      status: 'completed',
    });
    expect(slept).toEqual([50, 2000]);

    api.script({ status: 404, body: { success: false, message: 'Initiation not found' } });
    await expect(client.waitForInitiation('init_w')).rejects.toMatchObject({
      status: 404,
      body: { message: 'Initiation not found' },
    });
    expect(api.requests).toHaveLength(1);
  });
});

describe("OutreachClient on the real API's rate limit", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t?.close());

  it('waits the Retry-After the API sends on each 429, then throws the 429 with its envelope', async () => {
    const org = await t.createOrg();
    const slept: number[] = [];
    const client = new OutreachClient({
      baseUrl: t.url,
      apiKey: org.apiKey,
      // The API asks for up to 60 s (the rest of its window), the longest wait by default.
      retry: { retries: 2 },
      // The API's window does not move while the client "waits": every retry meets the limit again.
      sleep: async (ms) => void slept.push(ms),
    });
    for (let i = 0; i < 3; i++) await client.whoAmI();

    const error = await rejection(client.whoAmI());
    expect(error).toBeInstanceOf(OutreachApiError);
    expect(error.status).toBe(429);
    expect(error.body).toEqual({
      success: false,
      error: 'Too Many Requests',
      message: `Rate limit exceeded, retry in ${error.retryAfterMs! / 1000} s`,
    });
    expect(error.retryAfterMs! >= 1000 && error.retryAfterMs! <= 60_000).toBe(true);
    expect(slept).toHaveLength(2);
    for (const ms of slept) expect(ms >= 1000 && ms <= 60_000 && ms % 1000 === 0).toBe(true);
  });
});
