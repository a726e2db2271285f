import { createTestApp, TestApp } from './app';
import { bulkAdd, createCampaign, loanRecord, phone } from './factories';
import { FakeBatchServer } from './fakes/fake-runner';
import { initiate, InitiateCall, InitiateChannel, initiationRows, isolatedEnv } from './initiate';
import { OrgSetup, setupOrg } from './outreach';

/**
 * The refusals of the two initiate routes (seed documents + SPEC §4 "Checks, in this order"),
 * spread over test/initiations/initiate-errors-*.e2e-spec.ts: exact status, exact body, and
 * nothing dispatched — neither fake provider sees a request and no initiation or attempt row is
 * written.
 */

export const UNAUTHORIZED = {
  success: false,
  error: 'Unauthorized',
  message: 'Missing or invalid authorization header',
};
export const failure = (message: string) => ({ success: false, message });
export const CAMPAIGN_NOT_FOUND = failure('Campaign not found');
export const FORBIDDEN = failure('Campaign ID invalid or mismatch for your organization.');
export const AGENT_NOT_FOUND = failure('Agent not found');
export const DISPOSITION_NOT_FOUND = failure('Disposition not found');
export const TEMPLATE_NOT_FOUND = failure('Template not found');
export const NO_NUMBERS = failure('No active numbers available for this organization');
export const NO_CUSTOMERS = failure('No customers found matching the given filters');
export const FILTER_KEYS =
  'ids, exclude_ids, payment_status, language, custom, emi_due_date, lead_date, loan_amount, emi_amount, loan_period, current_emi';

export const UNKNOWN_CAMPAIGN = 'camp_00000000000000000000';
export const UNKNOWN_AGENT = 'agent_00000000000000000000';
export const UNKNOWN_DISPOSITION = 'disp_00000000000000000000';
export const UNKNOWN_TEMPLATE = 'tmpl_00000000000000000000';

/** A customer with every field the default agent and template of setupOrg need. */
export const complete = (n: number, extra: Record<string, unknown> = {}) =>
  loanRecord(n, { emi_amount: 1000 + n, emi_due_date: '2025-08-15', payment_status: 'pending', ...extra });

/**
 * Each campaign's customers get phones of their own (`base + n`), so no phone is contacted often
 * enough across tests to meet a contact-policy cap (SPEC §7).
 */
export const phoned = (base: number, n: number, fields: Record<string, unknown> = {}) =>
  loanRecord(n, { phone_number: phone(base + n), ...fields });

/** An organization of setupOrg with a campaign of customers 1…count, complete, on phones base+1…base+count. */
export async function lenderWithCustomers(
  t: TestApp,
  base: number,
  count: number,
  options: Parameters<typeof setupOrg>[1] = {},
): Promise<{ org: OrgSetup; campaignId: string }> {
  const org = await setupOrg(t, options);
  const campaignId = await createCampaign(t, org.key);
  await bulkAdd(
    t,
    org.key,
    campaignId,
    Array.from({ length: count }, (_, i) => complete(i + 1, { phone_number: phone(base + i + 1) })),
  );
  return { org, campaignId };
}

export interface ErrorCase {
  name: string;
  call: () => InitiateCall;
  status: number;
  body: () => object;
  /** Whether `?dryRun=true` must answer the same (SPEC §4: checks 1–5). Default true. */
  dryRun?: boolean;
}

export interface RefusalApp {
  /** The app, from the first beforeAll of the describe block on. */
  readonly t: TestApp;
  readonly runner: FakeBatchServer;
  readonly gateway: FakeBatchServer;
  /** The organizations of the spec file, whose initiation and attempt rows must not change. */
  readonly orgIds: string[];
  /** Sends the request; asserts the exact answer and that nothing was dispatched or recorded. */
  expectRefused: (call: InitiateCall, status: number, body: object) => Promise<void>;
}

/**
 * An app on a fake voice runner and a fake SMS gateway (both over HTTP), started and closed by the
 * describe block it is called in; the fakes are reset before each test. `name` keeps its Bull
 * queues apart from every other spec file's.
 */
export function refusalApp(name: string): RefusalApp {
  const runner = FakeBatchServer.voiceRunner('runner-secret');
  const gateway = FakeBatchServer.smsGateway('gateway-secret', 'messageId');
  const orgIds: string[] = [];
  let app: TestApp | undefined;

  beforeAll(async () => {
    await runner.start();
    await gateway.start();
    app = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET: 'runner-secret',
      VOICE_RUNNER_TIMEOUT_MS: '1000',
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_SECRET: 'gateway-secret',
      SMS_GATEWAY_TIMEOUT_MS: '1000',
      DISPATCH_BACKOFF_MS: '10',
      DISPATCH_ATTEMPTS: '3',
      ...isolatedEnv(name),
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
  });

  const current = (): TestApp => {
    if (!app) throw new Error('refusalApp: the app starts in beforeAll');
    return app;
  };

  return {
    get t() {
      return current();
    },
    runner,
    gateway,
    orgIds,
    expectRefused: async (call, status, body) => {
      const t = current();
      const before = await initiationRows(t, orgIds);
      const res = await initiate(t, call);
      expect({ status: res.status, body: res.body }).toEqual({ status, body });
      expect(runner.requests).toHaveLength(0);
      expect(gateway.requests).toHaveLength(0);
      expect(await initiationRows(t, orgIds)).toEqual(before);
    },
  };
}

/**
 * One test per case on its route, then each again with `?dryRun=true` where the dry run must
 * answer the same (the case has no query of its own).
 */
export function refusalsOnEachRoute(
  app: RefusalApp,
  routes: ReadonlyArray<readonly [InitiateChannel, ErrorCase[]]>,
): void {
  describe.each(routes)('%s route', (_channel, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      await app.expectRefused(c.call(), c.status, c.body());
    });

    it.each(cases.filter((c) => c.dryRun !== false).map((c) => [c.name, c] as const))(
      'dryRun: %s',
      async (_name, c) => {
        const call = c.call();
        expect(call.query ?? '').toBe('');
        await app.expectRefused({ ...call, query: '?dryRun=true' }, c.status, c.body());
      },
    );
  });
}
