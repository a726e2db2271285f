import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign, loanRecord } from './factories';
import { FakeBatchServer } from './fakes/fake-runner';
import { initiate, InitiateChannel, isolatedEnv } from './initiate';
import { OrgSetup, setupOrg } from './outreach';

/**
 * SPEC §7 inside initiations, on both channels, with the injected clock (the
 * test/contact-policy/initiation-policy-*.e2e-spec.ts files): who reaches the fake runner and
 * gateway, who is reported excluded and why, and that the attempt rows agree.
 */

export const KOLKATA = 'Asia/Kolkata';
export const NEW_YORK = 'America/New_York';
export const DUBAI = 'Asia/Dubai';
// Monday 2 March 2026. 12:00 UTC = 17:30 Kolkata, 16:00 Dubai, 07:00 New York.
export const NOON_UTC = '2026-03-02T12:00:00.000Z';
// 17:00 UTC = 22:30 Kolkata, 21:00 Dubai, 12:00 New York.
export const EVENING_UTC = '2026-03-02T17:00:00.000Z';
export const NY_OPENS = '2026-03-02T13:00:00.000Z'; // 08:00 EST

export const usPhone = (n: number): string => `+1201555${String(n).padStart(4, '0')}`;
export const uaePhone = (n: number): string => `+97150${String(n).padStart(7, '0')}`;

export interface Lender {
  org: OrgSetup;
  campaignId: string;
}

/** The report's `excluded`: these counts, the other reasons 0. */
export const counts = (byReason: Partial<Record<string, number>>) => {
  const full = { do_not_contact: 0, attempt_cap: 0, outside_window: 0, duplicate_phone: 0, ...byReason };
  return { total: Object.values(full).reduce((a, b) => a + b, 0), byReason: full };
};

/** Two customers in India, two in New York (their own zone), one in Dubai (its phone's region). */
export const threeZones = () => [
  loanRecord(1, { loan_id: 'IN-1' }),
  loanRecord(2, { loan_id: 'IN-2' }),
  loanRecord(3, { loan_id: 'NY-1', phone_number: usPhone(1), timezone: NEW_YORK }),
  loanRecord(4, { loan_id: 'NY-2', phone_number: usPhone(2), timezone: NEW_YORK }),
  loanRecord(5, { loan_id: 'AE-1', phone_number: uaePhone(1) }),
];

export interface PolicyApp {
  /** The app and its database, from the first beforeAll of the describe block on. */
  readonly t: TestApp;
  readonly db: DataSource;
  readonly runner: FakeBatchServer;
  readonly gateway: FakeBatchServer;
  /** A fresh organization (agent and template need only first_name) with a campaign of these records. */
  lender: (records: unknown[], campaign?: Record<string, unknown>) => Promise<Lender>;
  send: (
    l: Lender,
    channel: InitiateChannel,
    extra?: object,
    query?: string,
    campaignId?: string,
  ) => ReturnType<typeof initiate>;
  putPolicy: (l: Lender, body: object) => Test;
  addDnc: (l: Lender, entries: object[]) => Test;
  /** The customer ids the runner (calls) or gateway (SMS) received, sorted. */
  reached: (channel: InitiateChannel) => string[];
  /** Excluded attempt rows by reason, read from the database (the report must agree). */
  excludedRows: (initiationId: string) => Promise<Record<string, string[]>>;
}

/**
 * An app on a fake voice runner and a fake SMS gateway (batches of 5), started and closed by the
 * describe block it is called in; before each test the fakes are reset and the clock is at
 * NOON_UTC. `name` keeps its Bull queues apart from every other spec file's; `env` adds to the app's.
 */
export function policyApp(name: string, env: Record<string, string> = {}): PolicyApp {
  const runner = FakeBatchServer.voiceRunner();
  const gateway = FakeBatchServer.smsGateway(undefined, 'messageId');
  let app: TestApp | undefined;

  beforeAll(async () => {
    await runner.start();
    await gateway.start();
    app = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      DISPATCH_BACKOFF_MS: '10',
      BATCH_SIZE: '5',
      ...isolatedEnv(name),
      ...env,
    });
  }, 60000);
  afterAll(async () => {
    await app?.close();
    await runner.close();
    await gateway.close();
  });
  beforeEach(() => {
    runner.reset();
    gateway.reset();
    current().clock.set(NOON_UTC);
  });

  const current = (): TestApp => {
    if (!app) throw new Error('policyApp: the app starts in beforeAll');
    return app;
  };

  return {
    get t() {
      return current();
    },
    get db() {
      return current().app.get(DataSource);
    },
    runner,
    gateway,

    lender: async (records, campaign = {}) => {
      const t = current();
      const org = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}, your EMI is due.' });
      const campaignId = await createCampaign(t, org.key, campaign);
      await bulkAdd(t, org.key, campaignId, records);
      return { org, campaignId };
    },

    send: (l, channel, extra = {}, query = '', campaignId = l.campaignId) =>
      initiate(current(), {
        channel,
        campaignId,
        key: l.org.key,
        query,
        body:
          channel === 'calls'
            ? { agentId: l.org.agentId, dispositionId: l.org.dispositionId, ...extra }
            : { templateId: l.org.templateId, ...extra },
      }),

    putPolicy: (l, body) => current().http.put('/api/v1/contact-policy').set(bearer(l.org.key)).send(body).expect(200),

    addDnc: (l, entries) =>
      current().http.post('/api/v1/do-not-contact').set(bearer(l.org.key)).send({ entries }).expect(201),

    reached: (channel) =>
      (channel === 'calls' ? runner : gateway)
        .received()
        .map((i) => String(i.customerId))
        .sort(),

    excludedRows: async (initiationId) => {
      const rows = await current()
        .app.get(DataSource)
        .query<Array<{ reason: string; external_id: Buffer }>>(
          "SELECT reason, external_id FROM attempts WHERE initiation_id = ? AND status = 'excluded' ORDER BY customer_row_id",
          [initiationId],
        );
      const out: Record<string, string[]> = {};
      for (const r of rows) (out[r.reason] ??= []).push(r.external_id.toString('utf8'));
      return out;
    },
  };
}
