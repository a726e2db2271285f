import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign, loanRecord } from './factories';
import type { EventPoster } from './fakes/event-poster';
import type { FakeBatchServer } from './fakes/fake-runner';
import { initiate, isolatedEnv } from './initiate';
import { OrgSetup, setupOrg } from './outreach';

/**
 * The inbound provider routes of SPEC §9 under test (test/calls/voice-events*, test/sms/*receipts*,
 * test/sms/twilio-status*): a lender whose initiation really went out, and what the database
 * holds of the events that came back (read by SQL: the state itself, not a read route).
 */

export interface Sent {
  org: OrgSetup;
  initiationId: string;
  /** The initiated attempts, in customer order. */
  attempts: string[];
  /** Their provider references (call id, message id, Twilio sid), in the same order. */
  refs: string[];
}

/** A fresh lender with `count` customers, and one initiation of `channel` that reached the provider. */
export async function sentInitiation(t: TestApp, channel: 'calls' | 'sms', count: number): Promise<Sent> {
  const org = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}, your EMI is due.' });
  const campaignId = await createCampaign(t, org.key);
  await bulkAdd(
    t,
    org.key,
    campaignId,
    Array.from({ length: count }, (_, i) => loanRecord(i + 1)),
  );
  const body =
    channel === 'calls' ? { agentId: org.agentId, dispositionId: org.dispositionId } : { templateId: org.templateId };
  const res = await initiate(t, { channel, campaignId, key: org.key, body });
  if (res.status !== 200) throw new Error(`initiate failed: ${res.status} ${JSON.stringify(res.body)}`);
  const initiationId = res.body.initiationId as string;
  const rows = await t.app
    .get(DataSource)
    .query<Array<{ attempt_id: string; provider_ref: string }>>(
      "SELECT attempt_id, provider_ref FROM attempts WHERE initiation_id = ? AND status = 'initiated' ORDER BY customer_row_id",
      [initiationId],
    );
  return { org, initiationId, attempts: rows.map((r) => r.attempt_id), refs: rows.map((r) => r.provider_ref) };
}

export interface OutcomeRow {
  status: string;
  outcome: string | null;
  outcomeAt: string | null;
  outcomeReason: string | null;
  durationSec: number | null;
  dispositionId: string | null;
  disposition: string | null;
  summary: string | null;
  recordingUrl: string | null;
  extracted: unknown;
}

/** An attempt's status and outcome fields as stored. */
export async function outcomeOf(t: TestApp, attemptId: string): Promise<OutcomeRow> {
  const [row] = await t.app.get(DataSource).query<Array<Record<string, unknown>>>(
    `SELECT status, outcome, outcome_at, outcome_reason, duration_sec, disposition_id, disposition, summary,
            recording_url, extracted
       FROM attempts WHERE attempt_id = ?`,
    [attemptId],
  );
  if (!row) throw new Error(`no attempt ${attemptId}`);
  return {
    status: row.status as string,
    outcome: row.outcome as string | null,
    outcomeAt: row.outcome_at === null ? null : (row.outcome_at as Date).toISOString(),
    outcomeReason: row.outcome_reason as string | null,
    durationSec: row.duration_sec === null ? null : Number(row.duration_sec),
    dispositionId: row.disposition_id as string | null,
    disposition: row.disposition as string | null,
    summary: row.summary as string | null,
    recordingUrl: row.recording_url as string | null,
    extracted: typeof row.extracted === 'string' ? (JSON.parse(row.extracted) as unknown) : row.extracted,
  };
}

export interface EventRow {
  event: string;
  at: string;
  source: string;
  payload: Record<string, unknown> | null;
}

/** An attempt's event history, in arrival order. */
export async function eventsOf(t: TestApp, attemptId: string): Promise<EventRow[]> {
  const rows = await t.app.get(DataSource).query<Array<Record<string, unknown>>>(
    `SELECT e.event, e.at, e.source, e.payload
       FROM attempt_events e JOIN attempts a ON a.id = e.attempt_row_id
      WHERE a.attempt_id = ? ORDER BY e.id`,
    [attemptId],
  );
  return rows.map((r) => ({
    event: r.event as string,
    at: (r.at as Date).toISOString(),
    source: r.source as string,
    payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : null,
  }));
}

/** How many events the attempts of these ids have stored, all together. */
export async function eventCount(t: TestApp, attemptIds: string[]): Promise<number> {
  if (attemptIds.length === 0) return 0;
  const [row] = await t.app
    .get(DataSource)
    .query<Array<{ n: string }>>(
      `SELECT COUNT(*) AS n FROM attempt_events e JOIN attempts a ON a.id = e.attempt_row_id WHERE a.attempt_id IN (?)`,
      [attemptIds],
    );
  return Number(row.n);
}

/** A sample of `outreach_provider_events_total` from GET /metrics (0 when absent). */
export async function providerEventsMetric(t: TestApp, channel: 'calls' | 'sms', result: string): Promise<number> {
  const res = await t.http.get('/metrics');
  const line = res.text
    .split('\n')
    .find((l) => l.startsWith(`outreach_provider_events_total{channel="${channel}",result="${result}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** A fake provider on 127.0.0.1, the app sending to it over `http`, and a poster of its events, signed. */
export interface ProviderRig {
  provider: FakeBatchServer;
  t: TestApp;
  posts: EventPoster;
  sent: Sent;
  close: () => Promise<void>;
}

/**
 * Starts `provider` (the fake runner or SMS gateway, with `secret`), an app whose `channel` goes
 * to it (`http`, signed with the same secret, in queues of its own named `name`), and one
 * initiation of `count` customers that reached it.
 */
export async function providerRig(
  channel: 'calls' | 'sms',
  provider: FakeBatchServer,
  secret: string,
  name: string,
  count: number,
  /** More of the app's environment (a database of its own, webhooks' settings). */
  extraEnv: Record<string, string> = {},
): Promise<ProviderRig> {
  await provider.start();
  const env =
    channel === 'calls'
      ? {
          VOICE_PROVIDER: 'http',
          VOICE_RUNNER_URL: provider.url,
          VOICE_RUNNER_SECRET: secret,
          VOICE_RUNNER_TIMEOUT_MS: '5000',
        }
      : {
          SMS_PROVIDER: 'http',
          SMS_GATEWAY_URL: provider.url,
          SMS_GATEWAY_SECRET: secret,
          SMS_GATEWAY_TIMEOUT_MS: '5000',
        };
  const t = await createTestApp({ ...env, ...isolatedEnv(name), ...extraEnv });
  const posts = provider.reportTo(t.url, () => t.clock.now());
  const sent = await sentInitiation(t, channel, count);
  return {
    provider,
    t,
    posts,
    sent,
    close: async () => {
      await t.close();
      await provider.close();
    },
  };
}
