import { randomUUID } from 'node:crypto';
import { OutreachApiError, OutreachClient, initiationIdOf } from '@outreach-api/client';
import { loanRecord } from '../support/factories';
import { policyApp } from '../support/policy-initiation';
import { rejection } from '../support/rejection';

/**
 * The typed client (packages/client) against the real API: a policyApp (real database, Redis and
 * Bull queues; fake SMS gateway and voice runner on 127.0.0.1; the clock at NOON_UTC).
 */
describe('OutreachClient against the API', () => {
  const p = policyApp('client_api');
  const seven = () => Array.from({ length: 7 }, (_, i) => loanRecord(i + 1));

  /** A client on the org's key whose fetch records each request's method, URL and headers. */
  const clientFor = (key: string) => {
    const sent: Array<{ method: string; url: URL; headers: Headers }> = [];
    const client = new OutreachClient({
      baseUrl: p.t.url,
      apiKey: key,
      fetch: (request) => {
        sent.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers) });
        return fetch(request);
      },
    });
    return { client, sent };
  };

  it('makes typed calls: campaigns and customers through the methods, any route through `api`', async () => {
    const l = await p.lender([]);
    const { client, sent } = clientFor(l.org.key);

    const created = await client.createCampaign({
      name: 'Client campaign',
      description: 'Made by the typed client',
      campaignType: 'emi',
      startDate: '2026-03-01',
      startTime: '09:00',
      endDate: '2026-03-31',
      endTime: '18:00',
      languages: ['english'],
      region: 'west',
    });
    expect(created).toMatchObject({ success: true, message: 'Campaign created successfully' });
    const campaignId = created.data.id;
    expect(campaignId).toMatch(/^camp_/);

    const added = await client.addCustomersBulk({ campaignId, records: seven() });
    expect(added).toMatchObject({ results: { total: 7, successful: 7, failed: 0 } });

    const campaign = await client.getCampaign(campaignId);
    expect(campaign).toMatchObject({ data: { id: campaignId, name: 'Client campaign', customerCount: 7 } });
    const customers = await client.listCustomers(campaignId, { limit: 5 });
    expect(customers.data).toHaveLength(5);
    expect(customers.pagination).toMatchObject({ total: 7, hasNext: true });

    const agent = await client.api.GET('/api/v1/agents/{id}', { params: { path: { id: l.org.agentId } } });
    expect(agent.data).toMatchObject({ success: true, data: { id: l.org.agentId, name: 'Reminder agent' } });

    // The key went as a Bearer header on every request.
    expect(sent.length).toBeGreaterThanOrEqual(5);
    for (const r of sent) expect(r.headers.get('authorization')).toBe(`Bearer ${l.org.key}`);
  });

  it('initiateSms sends an Idempotency-Key when given none; the same key again answers the same initiation', async () => {
    const l = await p.lender(seven());
    const { client, sent } = clientFor(l.org.key);

    const first = await client.initiateSms(l.campaignId, { templateId: l.org.templateId });
    const initiationId = initiationIdOf(first);
    expect(initiationId).toMatch(/^init_/);
    expect(first).toMatchObject({ success: true, results: { initiated: 7, failed: 0 } });
    const key = sent.find((r) => r.method === 'POST')?.headers.get('idempotency-key');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const again = await client.initiateSms(l.campaignId, { templateId: l.org.templateId }, { idempotencyKey: key! });
    expect(initiationIdOf(again)).toBe(initiationId);
    expect(p.reached('sms')).toEqual(
      seven()
        .map((r) => String(r.loan_id))
        .sort(),
    );

    // Without a key of the caller's, each call is a new initiation with a new key.
    const other = await client.initiateSms(l.campaignId, { templateId: l.org.templateId });
    expect(initiationIdOf(other)).not.toBe(initiationId);
    const keys = sent.filter((r) => r.method === 'POST').map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(2);
  });

  it('a dry run sends no Idempotency-Key and dispatches nothing', async () => {
    const l = await p.lender(seven());
    const { client, sent } = clientFor(l.org.key);
    const dry = await client.initiateCalls(
      l.campaignId,
      { agentId: l.org.agentId, dispositionId: l.org.dispositionId },
      { dryRun: true },
    );
    expect(dry).toMatchObject({ success: true, data: { totalMatched: 7, customersSelected: 7 } });
    expect(sent[0].url.searchParams.get('dryRun')).toBe('true');
    expect(sent[0].headers.has('idempotency-key')).toBe(false);
    expect(p.reached('calls')).toEqual([]);
  });

  it('waitForInitiation polls an accepted initiation until its status is final', async () => {
    const l = await p.lender(seven());
    const { client, sent } = clientFor(l.org.key);
    const accepted = await client.initiateCalls(
      l.campaignId,
      { agentId: l.org.agentId, dispositionId: l.org.dispositionId },
      { respondAsync: true },
    );
    expect(sent[0].headers.get('prefer')).toBe('respond-async');
    const initiationId = initiationIdOf(accepted)!;
    expect(initiationId).toMatch(/^init_/);

    const seen: string[] = [];
    const done = await client.waitForInitiation(initiationId, {
      timeoutMs: 20_000,
      intervalMs: 20,
      onPoll: (s) => seen.push(s.status),
    });
    expect(done).toMatchObject({ initiationId, channel: 'calls', status: 'completed' });
    expect(done.results).toMatchObject({ customersSelected: 7, initiated: 7, failed: 0 });
    expect(seen[seen.length - 1]).toBe('completed');
    expect(p.reached('calls')).toEqual(
      seven()
        .map((r) => String(r.loan_id))
        .sort(),
    );
  });

  it('iterates over every attempt and every log entry, page after page', async () => {
    const l = await p.lender(seven());
    const { client, sent } = clientFor(l.org.key);
    const report = await client.initiateSms(l.campaignId, { templateId: l.org.templateId });
    const initiationId = initiationIdOf(report)!;

    const attempts = [];

    for await (const attempt of client.attempts(initiationId, { limit: 3 })) attempts.push(attempt);
    expect(attempts.map((a) => a.customerId).sort()).toEqual(
      seven()
        .map((r) => String(r.loan_id))
        .sort(),
    );
    expect(new Set(attempts.map((a) => a.attemptId)).size).toBe(7);
    const pages = sent.filter((r) => r.url.pathname.endsWith('/attempts')).map((r) => r.url.searchParams.get('page'));
    expect(pages).toEqual(['1', '2', '3']);

    const entries = [];
    for await (const entry of client.logs({ per_page: 3, type: 'sms' })) entries.push(entry);
    expect(entries.map((e) => e.call_id).sort()).toEqual(attempts.map((a) => a.attemptId).sort());
    const logRequests = sent.filter((r) => r.url.pathname === '/api/v1/logs');
    expect(logRequests).toHaveLength(3);
    expect(logRequests[0].url.searchParams.has('cursor')).toBe(false);
    expect(logRequests[1].url.searchParams.get('cursor')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(logRequests[2].url.searchParams.get('cursor')).not.toBe(logRequests[1].url.searchParams.get('cursor'));
    expect(await client.countLogs({ type: 'sms' })).toBe(7);
  });

  it('throws OutreachApiError carrying the status and the error envelope', async () => {
    const l = await p.lender(seven());
    const { client } = clientFor(l.org.key);

    const missing = await rejection(client.getInitiation('init_doesnotexist00000000'));
    expect(missing).toBeInstanceOf(OutreachApiError);
    expect(missing).toMatchObject({ status: 404, body: { success: false, message: 'Initiation not found' } });

    const invalid = await rejection(client.initiateSms(l.campaignId, { templateId: l.org.templateId, limit: 0 }));
    expect(invalid).toBeInstanceOf(OutreachApiError);
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toBe('Validation failed');
    expect(invalid.errors.length).toBeGreaterThan(0);
    expect(p.reached('sms')).toEqual([]);

    const stranger = new OutreachClient({ baseUrl: p.t.url, apiKey: `wrong-${randomUUID()}` });
    const unauthorized = await rejection(stranger.api.GET('/api/v1/campaigns'));
    expect(unauthorized).toBeInstanceOf(OutreachApiError);
    expect(unauthorized).toMatchObject({ status: 401, error: 'Unauthorized' });
    expect(unauthorized.body).toEqual({
      success: false,
      error: 'Unauthorized',
      message: 'Missing or invalid authorization header',
    });
  });
});
