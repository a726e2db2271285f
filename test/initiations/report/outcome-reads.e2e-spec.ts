import { DataSource } from 'typeorm';
import { bearer } from '../../support/app';
import { outcomeScenario } from '../../support/outcome-scenario';

/**
 * The outcome reads of SPEC §9 besides the logs: an initiation's outcome counts, the attempts'
 * outcome fields and ?outcome=, an attempt's history, a campaign's stats; another organization's never.
 */
describe('outcome reads', () => {
  const world = outcomeScenario('outcome_reads');
  const get = (path: string, key = world().a.org.key) => world().t.http.get(path).set(bearer(key));

  it('counts an initiation by final outcome, pending for the rest it handed over; excluded ones not at all', async () => {
    const { callsEmi, smsEmi } = world().a;
    const calls = await get(`/api/v1/initiations/${callsEmi.initiationId}`);
    expect(calls.body.data.outcomes).toEqual({
      pending: 1,
      completed: 1,
      no_answer: 1,
      busy: 1,
      voicemail: 0,
      failed: 0,
      canceled: 0,
      expired: 0,
    });
    const sms = await get(`/api/v1/initiations/${smsEmi.initiationId}`);
    expect(sms.body.data.outcomes).toEqual({ pending: 1, delivered: 1, undelivered: 1, failed: 0, expired: 0 });
    expect(sms.body.data.results.excluded.total).toBe(1);
  });

  it('does not count an outcome reported for an attempt that failed at dispatch', async () => {
    const { t, a } = world();
    const db = t.app.get(DataSource);
    // An initiation of its own, so the other tests' counts stay as they are.
    const rows = await db.query<Array<{ id: string }>>('SELECT id FROM attempts WHERE attempt_id = ?', [
      a.callsLead.attempts[1],
    ]);
    await db.query("UPDATE attempts SET status = 'failed', outcome = 'failed', outcome_rank = 3 WHERE id = ?", [
      rows[0].id,
    ]);
    try {
      const res = await get(`/api/v1/initiations/${a.callsLead.initiationId}`);
      expect(res.body.data.outcomes).toMatchObject({ pending: 0, completed: 1, failed: 0 });
    } finally {
      await db.query("UPDATE attempts SET status = 'initiated', outcome = NULL, outcome_rank = 0 WHERE id = ?", [
        rows[0].id,
      ]);
    }
  });

  it('lists the attempts with their outcome fields, and narrows them with ?outcome= (pending included)', async () => {
    const { callsEmi, org } = world().a;
    const res = await get(`/api/v1/initiations/${callsEmi.initiationId}/attempts?outcome=completed`);
    expect(res.status).toBe(200);
    expect(res.body.pagination).toMatchObject({ total: 1 });
    expect(res.body.data[0]).toMatchObject({
      attemptId: callsEmi.attempts[0],
      status: 'initiated',
      outcome: 'completed',
      outcomeAt: '2026-03-02T06:32:09.000Z',
      durationSec: 124,
      outcomeReason: null,
      disposition: { id: org.dispositionId, name: 'Promise to pay' },
      summary: 'Promised to pay on Friday',
      recordingUrl: 'https://runner.example/rec/1.mp3',
      transcriptUrl: null,
      extracted: { promise_date: '2026-03-06' },
    });
    const pending = await get(`/api/v1/initiations/${callsEmi.initiationId}/attempts?outcome=pending`);
    expect(pending.body.data.map((x: { attemptId: string }) => x.attemptId)).toEqual([callsEmi.attempts[3]]);
    expect(pending.body.data[0]).toMatchObject({ outcome: 'ringing', disposition: null, extracted: null });
    const all = await get(`/api/v1/initiations/${callsEmi.initiationId}/attempts`);
    expect(all.body.data.map((x: { outcome: string | null }) => x.outcome)).toEqual([
      'completed',
      'no_answer',
      'busy',
      'ringing',
    ]);
  });

  it("answers 400 for an outcome that is not the initiation's channel's", async () => {
    const { callsEmi, smsEmi } = world().a;
    const wrong = await get(`/api/v1/initiations/${callsEmi.initiationId}/attempts?outcome=delivered`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      'outcome must be one of: pending, ringing, in_progress, completed, no_answer, busy, voicemail, failed, canceled, expired',
    ]);
    expect((await get(`/api/v1/initiations/${smsEmi.initiationId}/attempts?outcome=delivered`)).status).toBe(200);
    expect((await get(`/api/v1/initiations/${callsEmi.initiationId}/attempts?outcome=answered`)).status).toBe(400);
  });

  it("lists an attempt's history in arrival order; a repeated event is kept once", async () => {
    const { a, apply } = world();
    await apply('calls', [
      { attemptId: a.callsEmi.attempts[0], event: 'ringing', at: new Date('2026-03-02T06:30:05Z') },
    ]);
    const res = await get(`/api/v1/attempts/${a.callsEmi.attempts[0]}/events`);
    expect(res.status).toBe(200);
    expect(res.body.pagination).toMatchObject({ total: 2, hasNext: false });
    expect(res.body.data).toEqual([
      expect.objectContaining({ sequence: 1, event: 'ringing', at: '2026-03-02T06:30:05.000Z', source: 'voice' }),
      expect.objectContaining({
        sequence: 2,
        event: 'completed',
        at: '2026-03-02T06:32:09.000Z',
        source: 'voice',
        receivedAt: expect.stringMatching(/Z$/),
      }),
    ]);
    expect(res.body.data[1].payload).toMatchObject({ event: 'completed', durationSec: 124 });
    const second = await get(`/api/v1/attempts/${a.callsEmi.attempts[0]}/events?limit=1&page=2`);
    expect(second.body.data.map((e: { sequence: number }) => e.sequence)).toEqual([2]);
  });

  it("answers 404 for another organization's attempt, and for an unknown one", async () => {
    const { a, b } = world();
    const foreign = await get(`/api/v1/attempts/${a.callsEmi.attempts[0]}/events`, b.org.key);
    expect([foreign.status, foreign.body]).toEqual([404, { success: false, message: 'Attempt not found' }]);
    expect((await get('/api/v1/attempts/att_000000000000000000000000/events')).status).toBe(404);
  });

  it("gives a campaign's stats: attempts, outcomes, dispositions, contact and delivery rates", async () => {
    const { a } = world();
    const res = await get(`/api/v1/campaigns/${a.emiCampaign}/stats`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      success: true,
      data: {
        calls: {
          attempts: 4,
          byOutcome: {
            pending: 1,
            completed: 1,
            no_answer: 1,
            busy: 1,
            voicemail: 0,
            failed: 0,
            canceled: 0,
            expired: 0,
          },
          byDisposition: [{ dispositionId: a.org.dispositionId, name: 'Promise to pay', count: 1 }],
          contactRate: 0.25,
          avgDurationSec: 124,
        },
        sms: {
          attempts: 3,
          byOutcome: { pending: 1, delivered: 1, undelivered: 1, failed: 0, expired: 0 },
          deliveryRate: 0.3333,
        },
      },
    });
    const lead = (await get(`/api/v1/campaigns/${a.leadCampaign}/stats`)).body.data;
    expect(lead.calls).toMatchObject({
      attempts: 2,
      byDisposition: [{ dispositionId: null, name: 'callback later', count: 1 }],
      contactRate: 0.5,
      avgDurationSec: 60,
    });
    expect(lead.sms).toEqual({
      attempts: 0,
      byOutcome: { pending: 0, delivered: 0, undelivered: 0, failed: 0, expired: 0 },
      deliveryRate: 0,
    });
  });

  it("filters stats by hand-over time in the organization's zone, as the logs do", async () => {
    const { a } = world();
    const stats = async (query: string) => (await get(`/api/v1/campaigns/${a.emiCampaign}/stats${query}`)).body.data;
    // The SMS went out at 19:00Z on the 2nd: the 3rd in Kolkata.
    const third = await stats('?from=2026-03-03');
    expect([third.calls.attempts, third.sms.attempts]).toEqual([0, 3]);
    const second = await stats('?to=2026-03-02');
    expect([second.calls.attempts, second.sms.attempts]).toEqual([4, 0]);
    const utc = await stats('?from=2026-03-02T00:00:00Z&to=2026-03-02T23:59:59Z');
    expect([utc.calls.attempts, utc.sms.attempts]).toEqual([4, 3]);
    expect((await get(`/api/v1/campaigns/${a.emiCampaign}/stats?from=soon`)).status).toBe(400);
    expect((await get(`/api/v1/campaigns/${a.emiCampaign}/stats?foo=1`)).status).toBe(400);
  });

  it("answers 403 for another organization's campaign and 404 for an unknown one", async () => {
    const { a, b } = world();
    const foreign = await get(`/api/v1/campaigns/${a.emiCampaign}/stats`, b.org.key);
    expect([foreign.status, foreign.body.message]).toEqual([
      403,
      'Campaign ID invalid or mismatch for your organization.',
    ]);
    const unknown = await get('/api/v1/campaigns/camp_unknown/stats');
    expect([unknown.status, unknown.body.message]).toEqual([404, 'Campaign not found']);
    const own = (await get(`/api/v1/campaigns/${b.emiCampaign}/stats`, b.org.key)).body.data;
    expect(own.calls).toMatchObject({ attempts: 1, contactRate: 1, avgDurationSec: 30 });
  });
});
