import { bearer } from '../../support/app';
import { phone } from '../../support/factories';
import { outcomeScenario } from '../../support/outcome-scenario';

/**
 * GET /api/v1/logs (SPEC §9) over calls and SMS that went through the pipeline, outcomes applied
 * through OutcomeService: the entry, each filter, the organization's time zone, both ways of paging.
 */
describe('GET /api/v1/logs', () => {
  const world = outcomeScenario('logs');

  const logs = async (query: string, key = world().a.org.key) => {
    const res = await world().t.http.get(`/api/v1/logs${query}`).set(bearer(key));
    return res;
  };
  const ids = async (query: string): Promise<string[]> => {
    const res = await logs(`?per_page=100${query}`);
    expect(res.status).toBe(200);
    return (res.body.data as Array<{ call_id: string }>).map((e) => e.call_id);
  };
  /** Newest first: T3's calls, T2's SMS, T1's calls, each run's attempts newest (last created) first. */
  const all = (): string[] => {
    const { callsEmi, smsEmi, callsLead } = world().a;
    return [...callsEmi.attempts, ...smsEmi.attempts, ...callsLead.attempts].reverse();
  };

  it('lists every attempt handed to a provider, newest first, excluded ones and other organizations never', async () => {
    const res = await logs('');
    expect(res.status).toBe(200);
    expect(res.body.pagination).toEqual({
      page: 1,
      per_page: 10,
      total: 9,
      total_pages: 1,
      has_next: false,
      has_prev: false,
      next_cursor: null,
    });
    expect(res.body.data.map((e: { call_id: string }) => e.call_id)).toEqual(all());
    expect(res.body.data.map((e: { call_id: string }) => e.call_id)).not.toContain(world().b.calls.attempts[0]);
  });

  it('shows a call as TimePay does: times with the organization offset, end = start + duration', async () => {
    const { a } = world();
    const res = await logs('?type=call&status=Contacted&campaign_id=' + a.emiCampaign);
    expect(res.body.data).toHaveLength(1);
    const entry = res.body.data[0];
    expect(entry).toEqual({
      call_id: a.callsEmi.attempts[0],
      type: 'call',
      initiation_id: a.callsEmi.initiationId,
      date: '2026-03-02',
      start_time: '2026-03-02T12:00:00.000+05:30',
      end_time: '2026-03-02T12:02:04.000+05:30',
      duration: 124,
      direction: 'outbound',
      from: entry.from,
      to: `+91${phone(1)}`,
      name: 'Borrower 1 Rao',
      loan_id: 'LOAN-000001',
      campaign_id: a.emiCampaign,
      campaign_name: 'EMI March',
      agent_id: a.org.agentId,
      disposition: 'Promise to pay',
      disposition_id: a.org.dispositionId,
      status: 'Contacted',
      outcome: 'completed',
      summary: 'Promised to pay on Friday',
      extracted_data: { promise_date: '2026-03-06' },
      recording_url: 'https://runner.example/rec/1.mp3',
      transcript_url: null,
    });
    expect(a.org.numbers).toContain(entry.from);
  });

  it('shows an SMS on the date of its own time zone, a lead by lead_id, and an unknown outcome as Pending', async () => {
    const { a } = world();
    const sms = (await logs('?type=sms&status=Failed')).body.data;
    expect(sms).toEqual([
      expect.objectContaining({
        call_id: a.smsEmi.attempts[1],
        type: 'sms',
        date: '2026-03-03',
        start_time: '2026-03-03T00:30:00.000+05:30',
        end_time: null,
        duration: null,
        agent_id: null,
        outcome: 'undelivered',
      }),
    ]);
    const lead = (await logs(`?campaign_id=${a.leadCampaign}`)).body.data;
    expect(lead.map((e: { call_id: string }) => e.call_id)).toEqual([...a.callsLead.attempts].reverse());
    expect(lead[0]).toMatchObject({ lead_id: 'LEAD-6', status: 'Pending', outcome: null, disposition: null });
    expect(lead[0]).not.toHaveProperty('loan_id');
    expect(lead[1]).toMatchObject({ disposition: 'callback later', disposition_id: null, duration: 60 });
  });

  it('filters by type, campaign, agent, status, outcome and disposition', async () => {
    const { callsEmi, smsEmi, callsLead, org, leadCampaign } = world().a;
    expect(await ids('&type=sms')).toEqual([...smsEmi.attempts].reverse());
    expect(await ids('&type=call')).toHaveLength(6);
    expect(await ids(`&campaign_id=${leadCampaign}`)).toHaveLength(2);
    expect(await ids(`&agent_id=${org.agentId}`)).toEqual([
      ...[...callsLead.attempts].reverse(),
      ...[...callsEmi.attempts].reverse(),
    ]);
    expect(await ids('&agent_id=agent_unknown')).toEqual([]);
    expect(await ids('&status=Contacted')).toEqual([callsLead.attempts[0], smsEmi.attempts[0], callsEmi.attempts[0]]);
    expect(await ids('&status=no%20contact')).toEqual([callsEmi.attempts[2], callsEmi.attempts[1]]);
    expect(await ids('&status=Failed')).toEqual([smsEmi.attempts[1]]);
    expect(await ids('&status=Pending')).toEqual([callsLead.attempts[1], smsEmi.attempts[2], callsEmi.attempts[3]]);
    expect(await ids('&outcome=busy')).toEqual([callsEmi.attempts[2]]);
    expect(await ids('&outcome=ringing')).toEqual([callsEmi.attempts[3]]);
    expect(await ids('&outcome=pending')).toEqual(await ids('&status=Pending'));
    expect(await ids('&status=Contacted&type=call')).toEqual([callsLead.attempts[0], callsEmi.attempts[0]]);
    expect(await ids('&disposition=promise%20TO%20pay')).toEqual([callsEmi.attempts[0]]);
  });

  it('filters by the number called (national or E.164) and the number it was sent from', async () => {
    const { callsEmi, smsEmi } = world().a;
    expect(await ids(`&phone=${phone(2)}`)).toEqual([smsEmi.attempts[1], callsEmi.attempts[1]]);
    expect(await ids(`&phone=%2B91${phone(2)}`)).toEqual([smsEmi.attempts[1], callsEmi.attempts[1]]);
    const entries = (await logs('?per_page=100')).body.data as Array<{ call_id: string; from: string | null }>;
    const from = entries.find((e) => e.call_id === callsEmi.attempts[0])?.from;
    expect(from).toEqual(expect.any(String));
    const sentFrom = await ids(`&from_phone=${encodeURIComponent(from as string)}`);
    expect(sentFrom).toEqual(entries.filter((e) => e.from === from).map((e) => e.call_id));
    expect(sentFrom).toContain(callsEmi.attempts[0]);
  });

  it("reads times without an offset in the organization's zone, inclusively; an explicit offset as written", async () => {
    const { callsEmi, smsEmi, callsLead } = world().a;
    const t1 = [...callsEmi.attempts].reverse();
    const t2t3 = [...[...callsLead.attempts].reverse(), ...[...smsEmi.attempts].reverse()];
    // T2 is 19:00Z on the 2nd: in Kolkata already the 3rd.
    expect(await ids('&end_time=2026-03-02')).toEqual(t1);
    expect(await ids('&start_time=2026-03-03')).toEqual(t2t3);
    expect(await ids('&start_time=2026-03-02T12:00&end_time=2026-03-02T12:00')).toEqual(t1);
    expect(await ids('&start_time=2026-03-02T12:00:01')).toEqual(t2t3);
    expect(await ids('&end_time=2026-03-02T11:59:59')).toEqual([]);
    expect(await ids('&start_time=2026-03-02T19:00:00Z')).toEqual(t2t3);
    expect(await ids('&end_time=2026-03-02T18:59:59.999Z')).toEqual(t1);
    expect(await ids('&start_time=2026-03-02T14:00:00%2B00:00&end_time=2026-03-02T21:59:59-05:00')).toEqual([
      ...[...smsEmi.attempts].reverse(),
    ]);
  });

  it('pages by number and by cursor through the same sequence', async () => {
    const byPage: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const res = await logs(`?per_page=4&page=${page}`);
      expect(res.body.pagination).toMatchObject({
        page,
        per_page: 4,
        total: 9,
        total_pages: 3,
        has_prev: page > 1,
        has_next: page < 3,
      });
      byPage.push(...res.body.data.map((e: { call_id: string }) => e.call_id));
    }
    const byCursor: string[] = [];
    let cursor: string | null = null;
    const pages: number[] = [];
    do {
      const res = await logs(`?per_page=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      pages.push(res.body.pagination.page);
      byCursor.push(...res.body.data.map((e: { call_id: string }) => e.call_id));
      cursor = res.body.pagination.next_cursor as string | null;
    } while (cursor);
    expect(byPage).toEqual(all());
    expect(byCursor).toEqual(all());
    expect(pages).toEqual([1, 2, 3]);
    expect((await logs('?per_page=4&page=4')).body).toMatchObject({
      data: [],
      pagination: { has_next: false, has_prev: true },
    });
  });

  it('counts only when asked', async () => {
    expect((await logs('?count_only=true')).body).toEqual({ success: true, total: 9, pagination: { total: 9 } });
    expect((await logs('?count_only=true&type=sms&status=Contacted')).body).toEqual({
      success: true,
      total: 1,
      pagination: { total: 1 },
    });
  });

  it('takes empty parameters as no filter (TimePay clients send them)', async () => {
    expect(await ids('&type=&status=&phone=&campaign_id=&start_time=&page=')).toEqual(all());
  });

  it('answers 400 for a bad value or an unknown parameter, 403/404 for a campaign not the organization’s', async () => {
    const bad = [
      '?status=Reached',
      '?type=voice',
      '?outcome=answered',
      '?start_time=yesterday',
      '?end_time=2026-02-30',
      '?phone=abc',
      '?per_page=101',
      '?page=0',
      '?cursor=bm90LWEtY3Vyc29y',
      '?cursor=***',
      '?count_only=yes',
      '?foo=1',
    ];
    for (const query of bad) {
      const res = await logs(query);
      expect({ query, status: res.status, success: res.body.success }).toEqual({ query, status: 400, success: false });
    }
    expect((await logs('?status=Reached')).body.errors).toEqual([
      'status must be one of: Contacted, No Contact, Failed, Pending',
    ]);
    expect((await logs('?cursor=bm90LWEtY3Vyc29y')).body.errors).toEqual(['cursor is not a cursor of this list']);
    const foreign = await logs(`?campaign_id=${world().b.emiCampaign}`);
    expect([foreign.status, foreign.body.message]).toEqual([
      403,
      'Campaign ID invalid or mismatch for your organization.',
    ]);
    const unknown = await logs('?campaign_id=camp_nope');
    expect([unknown.status, unknown.body.message]).toEqual([404, 'Campaign not found']);
  });

  it('shows another organization only its own entries, in its own time zone', async () => {
    const { b } = world();
    const res = await logs('', b.org.key);
    expect(res.body.data.map((e: { call_id: string }) => e.call_id)).toEqual(b.calls.attempts);
    expect(res.body.data[0]).toMatchObject({
      start_time: '2026-03-02T01:30:00.000-05:00',
      date: '2026-03-02',
      duration: 30,
    });
    expect((await logs('?count_only=true', b.org.key)).body.total).toBe(1);
  });
});
