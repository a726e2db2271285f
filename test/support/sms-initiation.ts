import { createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign, loanRecord } from './factories';
import { FakeBatchServer } from './fakes/fake-runner';
import { FixtureRecord, generateCustomers } from './fixture';
import { initiate, isolatedEnv } from './initiate';
import { OrgSetup, setupOrg } from './outreach';

/** POST /initiate/:campaignId/sms on the SMS gateway over HTTP (test/sms/sms-*.e2e-spec.ts). */

export const SECRET = 'gateway-secret';
export const BODY =
  'Dear {{first_name}}, EMI Rs {{emi_amount}} due {{emi_due_date}}, branch {{branch}}, score {{score}}';
export const DLT = '1107161234567890123';

/** The template rendered the way SPEC §3 says values are given: numbers as written, dates YYYY-MM-DD. */
export const textOf = (r: FixtureRecord): string =>
  `Dear ${String(r.first_name)}, EMI Rs ${String(r.emi_amount)} due ${String(r.emi_due_date)}, ` +
  `branch ${String(r.branch)}, score ${String(r.score)}`;

/** 620 customers (two batches of 500 and 120) with every template variable present. */
export const fixture: FixtureRecord[] = generateCustomers(620, 23).map((r) => ({
  ...r,
  first_name: `Name ${String(r.loan_id)}`,
  emi_amount: r.emi_amount ?? 999.5,
  emi_due_date: r.emi_due_date ?? '2025-08-20',
  branch: r.branch ?? 'thane',
  score: r.score ?? 3,
}));

/** The seed's literal ids, with values chosen to show how each kind of field is rendered. */
export const rendered: Array<{ record: Record<string, unknown>; text: string }> = [
  {
    record: loanRecord(1, {
      loan_id: 'LOANID-2043153',
      first_name: 'Asha',
      emi_amount: 4242,
      emi_due_date: '2025-08-05',
      branch: 'mumbai',
      score: 7.5,
      payment_status: 'bounced',
    }),
    text: 'Dear Asha, EMI Rs 4242 due 2025-08-05, branch mumbai, score 7.5',
  },
  {
    record: loanRecord(2, {
      loan_id: 'LOANID-2043154',
      first_name: 'Ravi',
      emi_amount: 4242.5,
      emi_due_date: '2025-12-31',
      branch: "o'hare & co",
      score: true,
      payment_status: 'pending',
    }),
    text: "Dear Ravi, EMI Rs 4242.5 due 2025-12-31, branch o'hare & co, score true",
  },
  {
    record: loanRecord(3, {
      loan_id: 'LOANID-2043155',
      first_name: 'सीमा',
      emi_amount: '1500',
      emi_due_date: '2026-01-01',
      branch: 'pune',
      score: false,
      payment_status: 'paid',
    }),
    text: 'Dear सीमा, EMI Rs 1500 due 2026-01-01, branch pune, score false',
  },
  {
    record: loanRecord(4, {
      loan_id: 'LOANID-2043156',
      first_name: 'Imran',
      emi_amount: 0.25,
      emi_due_date: '2025-02-28',
      branch: 'Mumbai ',
      score: 0,
      payment_status: 'Pending',
    }),
    text: 'Dear Imran, EMI Rs 0.25 due 2025-02-28, branch Mumbai , score 0',
  },
  {
    record: loanRecord(5, {
      loan_id: 'LOANID-2043157',
      first_name: 'Meera',
      emi_amount: 100000000,
      emi_due_date: '2024-02-29',
      branch: '42',
      score: -3.125,
      payment_status: 'received',
    }),
    text: 'Dear Meera, EMI Rs 100000000 due 2024-02-29, branch 42, score -3.125',
  },
];

export interface Lender {
  org: OrgSetup;
  campaignId: string;
}

export interface SmsGatewayApp {
  /** The app, from the first beforeAll of the describe block on. */
  readonly t: TestApp;
  readonly gateway: FakeBatchServer;
  /**
   * A fresh lender per test: its own organization (so contact-policy counts of SPEC §7 never
   * carry over from one test to the next), the template of the brief and a campaign.
   */
  lender: (records: unknown[]) => Promise<Lender>;
  send: (l: Lender, extra?: object) => ReturnType<typeof initiate>;
  /** The customer ids the gateway received, sorted. */
  messageIds: () => string[];
}

/**
 * An app on a fake SMS gateway (signed with SECRET), started and closed by the describe block it
 * is called in; the gateway is reset before each test. `name` keeps its Bull queues apart from
 * every other spec file's.
 */
export function smsGatewayApp(name: string): SmsGatewayApp {
  const gateway = FakeBatchServer.smsGateway(SECRET, 'messageId');
  let app: TestApp | undefined;

  // Generous enough that a loaded machine never times out by accident; the timeout test delays 5 s.
  beforeAll(async () => {
    await gateway.start();
    app = await createTestApp({
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_SECRET: SECRET,
      SMS_GATEWAY_TIMEOUT_MS: '1000',
      DISPATCH_BACKOFF_MS: '10',
      DISPATCH_ATTEMPTS: '3',
      ...isolatedEnv(name),
    });
  }, 60000);
  afterAll(async () => {
    await app?.close();
    await gateway.close();
  });
  beforeEach(() => gateway.reset());

  const current = (): TestApp => {
    if (!app) throw new Error('smsGatewayApp: the app starts in beforeAll');
    return app;
  };

  return {
    get t() {
      return current();
    },
    gateway,

    lender: async (records) => {
      const t = current();
      const org = await setupOrg(t, { body: BODY });
      const campaignId = await createCampaign(t, org.key);
      await bulkAdd(t, org.key, campaignId, records);
      return { org, campaignId };
    },

    send: (l, extra = {}) =>
      initiate(current(), {
        channel: 'sms',
        campaignId: l.campaignId,
        key: l.org.key,
        body: { templateId: l.org.templateId, ...extra },
      }),

    messageIds: () =>
      gateway
        .received()
        .map((m) => m.customerId as string)
        .sort(),
  };
}
