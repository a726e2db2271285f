import { DataSource } from 'typeorm';
import { OutcomeService } from '../../src/initiations/outcomes/outcome.service';
import type { ProviderEvent } from '../../src/initiations/outcomes/provider-event';
import { bearer, createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign, loanRecord, phone } from './factories';
import { initiate, isolatedEnv } from './initiate';
import { OrgSetup, setupOrg } from './outreach';

/**
 * Two lenders whose calls and SMS went through the real pipeline (sandbox providers) at chosen
 * times of the fake clock, with outcomes driven through OutcomeService as the inbound routes do:
 * what the reads of SPEC §9 (logs, stats, history) are tested on.
 *
 * Lender A (Asia/Kolkata, +05:30):
 * - `callsEmi`: calls on its EMI campaign at T1 = 2026-03-02T06:30:00Z (12:00 IST), 4 customers:
 *   [0] completed 124 s "Promise to pay" (its disposition), [1] no_answer, [2] busy, [3] ringing (pending).
 * - `smsEmi`: SMS on the same campaign at T2 = 2026-03-02T19:00:00Z (2026-03-03 00:30 IST); the 4th
 *   customer is on the do-not-contact list for SMS (excluded, never in logs): [0] delivered,
 *   [1] undelivered, [2] nothing yet.
 * - `callsLead`: calls on its lead campaign at T3 = 2026-03-03T03:00:00Z (08:30 IST), 2 customers:
 *   [0] completed 60 s "callback later" (no such disposition: kept as text), [1] nothing yet.
 * Lender B (America/New_York): one call at T1 on its own campaign, completed.
 */
export const T1 = '2026-03-02T06:30:00.000Z';
export const T2 = '2026-03-02T19:00:00.000Z';
export const T3 = '2026-03-03T03:00:00.000Z';

export interface Run {
  initiationId: string;
  /** Attempt ids, in customer order. */
  attempts: string[];
}

export interface Lender {
  org: OrgSetup;
  emiCampaign: string;
}

export interface OutcomeScenario {
  t: TestApp;
  a: Lender & { leadCampaign: string; callsEmi: Run; smsEmi: Run; callsLead: Run };
  b: Lender & { calls: Run };
  /** Applies events as an inbound route would (OutcomeService). */
  apply: (channel: 'calls' | 'sms', events: ProviderEvent[]) => Promise<void>;
}

async function run(t: TestApp, key: string, channel: 'calls' | 'sms', campaignId: string, body: object): Promise<Run> {
  const res = await initiate(t, { channel, campaignId, key, body });
  if (res.status !== 200) throw new Error(`initiate failed: ${res.status} ${JSON.stringify(res.body)}`);
  const initiationId = res.body.initiationId as string;
  const list = await t.http.get(`/api/v1/initiations/${initiationId}/attempts?limit=100`).set(bearer(key));
  const attempts = (list.body.data as Array<{ attemptId: string; customerId: string; status: string }>)
    .filter((a) => a.status === 'initiated')
    .map((a) => a.attemptId);
  return { initiationId, attempts };
}

async function openAllDay(t: TestApp, key: string, timezone: string): Promise<void> {
  const res = await t.http
    .put('/api/v1/contact-policy')
    .set(bearer(key))
    .send({
      timezone,
      calls: { window: { start: '00:00', end: '24:00' } },
      sms: { window: { start: '00:00', end: '24:00' } },
    });
  if (res.status !== 200) throw new Error(`contact policy failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Builds the scenario in the describe block's beforeAll and closes the app in its afterAll. */
export function outcomeScenario(name: string): () => OutcomeScenario {
  let scenario: OutcomeScenario | undefined;
  let app: TestApp | undefined;
  beforeAll(async () => {
    const t = await createTestApp(isolatedEnv(name));
    app = t;
    const db = t.app.get(DataSource);
    const outcomes = t.app.get(OutcomeService);
    const apply = async (channel: 'calls' | 'sms', events: ProviderEvent[]): Promise<void> => {
      await outcomes.apply(events, { channel, source: channel === 'calls' ? 'voice' : 'sms' });
    };
    const orgA = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}, your EMI is due.' });
    await openAllDay(t, orgA.key, 'Asia/Kolkata');
    const emiCampaign = await createCampaign(t, orgA.key, { name: 'EMI March' });
    await bulkAdd(
      t,
      orgA.key,
      emiCampaign,
      [1, 2, 3, 4].map((n) => loanRecord(n, { last_name: 'Rao' })),
    );
    const leadCampaign = await createCampaign(t, orgA.key, { name: 'Leads March', campaignType: 'lead' });
    await bulkAdd(
      t,
      orgA.key,
      leadCampaign,
      [5, 6].map((n) => ({ lead_id: `LEAD-${n}`, first_name: `Lead ${n}`, phone_number: phone(n) })),
    );
    await db.query(
      "INSERT INTO do_not_contact (organization_id, phone, channel, reason) VALUES (?, ?, 'sms', 'asked')",
      [orgA.orgId, `+91${phone(4)}`],
    );
    const calls = { agentId: orgA.agentId, dispositionId: orgA.dispositionId };

    t.clock.set(T1);
    const callsEmi = await run(t, orgA.key, 'calls', emiCampaign, calls);
    t.clock.set(T2);
    const smsEmi = await run(t, orgA.key, 'sms', emiCampaign, { templateId: orgA.templateId });
    t.clock.set(T3);
    const callsLead = await run(t, orgA.key, 'calls', leadCampaign, calls);

    const orgB = await setupOrg(t, { variables: ['first_name'], body: 'Hello {{first_name}}' });
    await openAllDay(t, orgB.key, 'America/New_York');
    const bCampaign = await createCampaign(t, orgB.key, { name: 'B campaign' });
    await bulkAdd(t, orgB.key, bCampaign, [loanRecord(1)]);
    t.clock.set(T1);
    const bCalls = await run(t, orgB.key, 'calls', bCampaign, {
      agentId: orgB.agentId,
      dispositionId: orgB.dispositionId,
    });

    const at = (iso: string): Date => new Date(iso);
    const ptp = { id: orgA.dispositionId, name: 'Promise to pay' };
    await apply('calls', [
      {
        attemptId: callsEmi.attempts[0],
        event: 'ringing',
        at: at('2026-03-02T06:30:05Z'),
        payload: { event: 'ringing' },
      },
      {
        attemptId: callsEmi.attempts[0],
        event: 'completed',
        at: at('2026-03-02T06:32:09Z'),
        durationSec: 124,
        disposition: ptp,
        summary: 'Promised to pay on Friday',
        recordingUrl: 'https://runner.example/rec/1.mp3',
        extracted: { promise_date: '2026-03-06' },
        payload: { event: 'completed', durationSec: 124 },
      },
      { attemptId: callsEmi.attempts[1], event: 'no_answer', at: at('2026-03-02T06:31:00Z') },
      { attemptId: callsEmi.attempts[2], event: 'busy', at: at('2026-03-02T06:31:00Z') },
      { attemptId: callsEmi.attempts[3], event: 'ringing', at: at('2026-03-02T06:31:00Z') },
      {
        attemptId: callsLead.attempts[0],
        event: 'completed',
        at: at('2026-03-03T03:01:00Z'),
        durationSec: 60,
        disposition: { id: null, name: 'callback later' },
      },
      { attemptId: bCalls.attempts[0], event: 'completed', at: at('2026-03-02T06:33:00Z'), durationSec: 30 },
    ]);
    await apply('sms', [
      { attemptId: smsEmi.attempts[0], event: 'delivered', at: at('2026-03-02T19:00:10Z') },
      { attemptId: smsEmi.attempts[1], event: 'undelivered', at: at('2026-03-02T19:00:10Z'), reason: 'Handset off' },
    ]);
    scenario = {
      t,
      apply,
      a: { org: orgA, emiCampaign, leadCampaign, callsEmi, smsEmi, callsLead },
      b: { org: orgB, emiCampaign: bCampaign, calls: bCalls },
    };
  }, 60000);
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!scenario) throw new Error('outcomeScenario: built in beforeAll');
    return scenario;
  };
}
