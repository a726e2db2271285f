import { initiate } from '../../support/initiate';
import { outcomeScenario } from '../../support/outcome-scenario';

type Params = Record<string, string | number | undefined>;

/**
 * What the published third-party TimePay client does (SPEC §9, last bullet), written as it behaves:
 * the key as a bearer or bare in x-api-key, optionally x-org-id; any `success: false` is an error;
 * lists followed while `pagination.has_next || pagination.hasNext`; counts read `total`, else
 * `pagination.total`. Unset parameters are left out of the query.
 */
class TimePayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly key: string,
    private readonly opts: { header: 'bearer' | 'x-api-key'; orgId?: string },
  ) {}

  async get(path: string, params: Params = {}): Promise<Record<string, unknown>> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
    const headers: Record<string, string> =
      this.opts.header === 'bearer' ? { Authorization: `Bearer ${this.key}` } : { 'x-api-key': this.key };
    if (this.opts.orgId) headers['x-org-id'] = this.opts.orgId;
    const res = await fetch(`${this.baseUrl}/api/v1/${path}?${query.toString()}`, { headers });
    const body = (await res.json()) as Record<string, unknown>;
    if (body.success === false) throw new Error(`TimePay API error: ${String(body.message)}`);
    return body;
  }

  async all(path: string, params: Params = {}): Promise<Array<Record<string, unknown>>> {
    const items: Array<Record<string, unknown>> = [];
    for (let page = 1; ; page += 1) {
      const body = await this.get(path, { ...params, page });
      items.push(...(body.data as Array<Record<string, unknown>>));
      const p = body.pagination as { has_next?: boolean; hasNext?: boolean };
      if (!(p.has_next || p.hasNext)) return items;
    }
  }

  async count(params: Params): Promise<number> {
    const body = await this.get('logs', { ...params, count_only: 'true' });
    return (body.total ?? (body.pagination as { total: number }).total) as number;
  }
}

describe('the published TimePay client, unchanged', () => {
  const world = outcomeScenario('timepay_client');
  let extra: string[] = [];

  beforeAll(async () => {
    // A second round of calls: 13 entries, more than the 10 of a default page.
    const { t, a } = world();
    t.clock.set('2026-03-04T05:00:00.000Z');
    const res = await initiate(t, {
      channel: 'calls',
      campaignId: a.emiCampaign,
      key: a.org.key,
      body: { agentId: a.org.agentId, dispositionId: a.org.dispositionId },
    });
    expect(res.status).toBe(200);
    const list = await t.http
      .get(`/api/v1/initiations/${res.body.initiationId as string}/attempts`)
      .set({ Authorization: `Bearer ${a.org.key}` });
    extra = (list.body.data as Array<{ attemptId: string }>).map((x) => x.attemptId);
  });

  const client = (header: 'bearer' | 'x-api-key', orgId?: string): TimePayClient =>
    new TimePayClient(world().t.url, world().a.org.key, { header, orgId });

  it.each(['bearer', 'x-api-key'] as const)('lists campaigns, agents and dispositions (%s)', async (header) => {
    const c = client(header, world().a.org.orgId);
    const campaigns = await c.all('campaigns', { status: 'active', search: 'EMI' });
    expect(campaigns.map((x) => x.name)).toEqual(['EMI March']);
    expect((await c.all('agents')).map((x) => x.id)).toEqual([world().a.org.agentId]);
    expect((await c.all('dispositions')).map((x) => x.id)).toEqual([world().a.org.dispositionId]);
  });

  it.each(['bearer', 'x-api-key'] as const)('follows every page of the logs and counts them (%s)', async (header) => {
    const { a } = world();
    const c = client(header);
    const entries = await c.all('logs');
    expect(entries).toHaveLength(13);
    expect(entries.map((e) => e.call_id)).toEqual(
      [...a.callsEmi.attempts, ...a.smsEmi.attempts, ...a.callsLead.attempts, ...extra].reverse(),
    );
    expect(await c.count({})).toBe(13);
  });

  it('filters with every parameter it knows, and counts the same filters', async () => {
    const { a } = world();
    const c = client('bearer', a.org.orgId);
    const first = (await c.get('logs', { type: 'call', status: 'Contacted', campaign_id: a.emiCampaign }))
      .data as Array<{
      from: string;
    }>;
    const filters: Params = {
      type: 'call',
      campaign_id: a.emiCampaign,
      agent_id: a.org.agentId,
      status: 'Contacted',
      disposition: 'Promise to pay',
      phone: '9800000001',
      from_phone: first[0].from,
      start_time: '2026-03-02T00:00:00',
      end_time: '2026-03-02T23:59:59',
    };
    const entries = await c.all('logs', filters);
    expect(entries.map((e) => e.call_id)).toEqual([a.callsEmi.attempts[0]]);
    expect(entries[0]).toMatchObject({ start_time: '2026-03-02T12:00:00.000+05:30', status: 'Contacted' });
    expect(await c.count(filters)).toBe(1);
    expect(await c.count({ ...filters, start_time: '2026-03-03T00:00:00' })).toBe(0);
  });

  it("sees an error, not another organization's data, with the wrong x-org-id", async () => {
    await expect(client('x-api-key', world().b.org.orgId).get('logs')).rejects.toThrow(
      'TimePay API error: Organization mismatch for this API key',
    );
  });
});
