import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import {
  createAgent,
  createPhoneNumber,
  createTemplate,
  initiate,
  InitiateCall,
  InitiateChannel,
  initiationRows,
  isolatedEnv,
  phoneNumberIds,
  updatePhoneNumber,
  NO_EXCLUSIONS,
  NO_DRY_RUN_EXCLUSIONS,
} from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';

/**
 * Every refusal of the two initiate routes (seed documents + SPEC §4 "Checks, in this order"):
 * exact status, exact body, and nothing dispatched — neither fake provider sees a request and
 * no initiation or attempt row is written.
 */

const UNAUTHORIZED = { success: false, error: 'Unauthorized', message: 'Missing or invalid authorization header' };
const invalid = (...errors: string[]) => ({ success: false, message: 'Validation failed', errors });
const failure = (message: string) => ({ success: false, message });
const CAMPAIGN_NOT_FOUND = failure('Campaign not found');
const FORBIDDEN = failure('Campaign ID invalid or mismatch for your organization.');
const AGENT_NOT_FOUND = failure('Agent not found');
const DISPOSITION_NOT_FOUND = failure('Disposition not found');
const TEMPLATE_NOT_FOUND = failure('Template not found');
const NO_NUMBERS = failure('No active numbers available for this organization');
const NO_CUSTOMERS = failure('No customers found matching the given filters');
const FILTER_KEYS =
  'ids, exclude_ids, payment_status, language, custom, emi_due_date, lead_date, loan_amount, emi_amount, loan_period, current_emi';

const UNKNOWN_CAMPAIGN = 'camp_00000000000000000000';
const UNKNOWN_AGENT = 'agent_00000000000000000000';
const UNKNOWN_DISPOSITION = 'disp_00000000000000000000';
const UNKNOWN_TEMPLATE = 'tmpl_00000000000000000000';

/** A customer with every field the default agent and template of setupOrg need. */
const complete = (n: number, extra: Record<string, unknown> = {}) =>
  loanRecord(n, { emi_amount: 1000 + n, emi_due_date: '2025-08-15', payment_status: 'pending', ...extra });

/**
 * Each campaign's customers get phones of their own (`base + n`), so no phone is contacted often
 * enough across tests to meet a contact-policy cap (SPEC §7).
 */
const phoned = (base: number, n: number, fields: Record<string, unknown> = {}) =>
  loanRecord(n, { phone_number: phone(base + n), ...fields });

interface ErrorCase {
  name: string;
  call: () => InitiateCall;
  status: number;
  body: () => object;
  /** Whether `?dryRun=true` must answer the same (SPEC §4: checks 1–5). Default true. */
  dryRun?: boolean;
}

describe('POST /initiate/:campaignId/{calls,sms} — refusals', () => {
  const runner = FakeBatchServer.voiceRunner('runner-secret');
  const gateway = FakeBatchServer.smsGateway('gateway-secret', 'messageId');
  let t: TestApp;
  /** The lender under test. */
  let a: OrgSetup;
  /** Another organization, with its own complete catalogue. */
  let b: OrgSetup;
  /** Organizations without a usable voice number: none, only an inactive one, only an SMS one. */
  let none: OrgSetup;
  let inactive: OrgSetup;
  let smsOnly: OrgSetup;
  let revokedKey: string;
  const campaigns: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let orgIds: string[] = [];

  beforeAll(async () => {
    await runner.start();
    await gateway.start();
    t = await createTestApp({
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
      ...isolatedEnv('initiate_errors'),
    });

    a = await setupOrg(t);
    campaigns.a = await createCampaign(t, a.key);
    await bulkAdd(
      t,
      a.key,
      campaigns.a,
      [1, 2, 3, 4, 5].map((n) => complete(n, { phone_number: phone(100 + n) })),
    );
    campaigns.aEmpty = await createCampaign(t, a.key, { name: 'Empty campaign' });

    // Missing variables: everyone has first_name and branch; LOAN-2 lacks loan_amount, LOAN-4 emi_due_date.
    ids.varsAgent = await createAgent(t, a.key, ['first_name', 'emi_due_date', 'branch', 'loan_amount'], 'Vars');
    ids.reversedAgent = await createAgent(t, a.key, ['loan_amount', 'first_name', 'emi_due_date'], 'Reversed');
    ids.varsTemplate = await createTemplate(
      t,
      a.key,
      'Hi {{first_name}}, EMI due {{emi_due_date}} at {{branch}} on a loan of Rs {{loan_amount}}',
    );
    ids.reversedTemplate = await createTemplate(
      t,
      a.key,
      'Loan {{loan_amount}} for {{first_name}} due {{emi_due_date}}',
    );
    campaigns.vars = await createCampaign(t, a.key, { name: 'Variables' });
    const full = { emi_due_date: '2025-08-10', loan_amount: 250000, branch: 'mumbai' };
    await bulkAdd(t, a.key, campaigns.vars, [
      phoned(600, 1, { ...full, payment_status: 'bounced' }),
      phoned(600, 2, { ...full, loan_amount: undefined, payment_status: 'pending' }),
      phoned(600, 3, { ...full, payment_status: 'pending' }),
      phoned(600, 4, { ...full, emi_due_date: undefined, payment_status: 'bounced' }),
      phoned(600, 5, { ...full, payment_status: 'paid' }),
      phoned(600, 6, { ...full, payment_status: 'paid' }),
    ]);

    // Empty values: '' and null are missing, 0 and false are values, an absent custom key is missing.
    ids.emptyAgent = await createAgent(t, a.key, ['first_name', 'branch'], 'Empty');
    ids.emptyTemplate = await createTemplate(t, a.key, 'Hi {{first_name}} from {{branch}}');
    campaigns.empty = await createCampaign(t, a.key, { name: 'Empty values' });
    await bulkAdd(t, a.key, campaigns.empty, [
      phoned(700, 1, { branch: 'pune' }),
      phoned(700, 2, { branch: 'mumbai' }),
      phoned(700, 3, { branch: '' }),
      phoned(700, 4, { branch: null }),
      phoned(700, 5, { first_name: '', branch: 'pune' }),
      phoned(700, 6, { branch: 0 }),
      phoned(700, 7, { branch: false }),
      phoned(700, 8),
    ]);

    b = await setupOrg(t);
    campaigns.b = await createCampaign(t, b.key);
    await bulkAdd(
      t,
      b.key,
      campaigns.b,
      [1, 2, 3].map((n) => complete(n, { phone_number: phone(200 + n) })),
    );

    none = await setupOrg(t, { numbers: [] });
    campaigns.none = await createCampaign(t, none.key);
    await bulkAdd(
      t,
      none.key,
      campaigns.none,
      [1, 2].map((n) => complete(n, { phone_number: phone(300 + n) })),
    );
    campaigns.noneEmpty = await createCampaign(t, none.key, { name: 'Empty campaign' });
    campaigns.noneMissing = await createCampaign(t, none.key, { name: 'Missing variables' });
    await bulkAdd(t, none.key, campaigns.noneMissing, [phoned(350, 1)]);

    inactive = await setupOrg(t, { numbers: ['+918000000009'] });
    const [onlyNumber] = await phoneNumberIds(t, inactive.key);
    await updatePhoneNumber(t, inactive.key, onlyNumber, { active: false });
    campaigns.inactive = await createCampaign(t, inactive.key);
    await bulkAdd(
      t,
      inactive.key,
      campaigns.inactive,
      [1, 2].map((n) => complete(n, { phone_number: phone(400 + n) })),
    );

    smsOnly = await setupOrg(t, { numbers: [] });
    await createPhoneNumber(t, smsOnly.key, '+918000000010', ['sms']);
    campaigns.smsOnly = await createCampaign(t, smsOnly.key);
    await bulkAdd(
      t,
      smsOnly.key,
      campaigns.smsOnly,
      [1, 2].map((n) => complete(n, { phone_number: phone(500 + n) })),
    );

    const revoked = await t.createOrg('Revoked');
    revokedKey = revoked.apiKey;
    const del = await t.http.delete(`/api/v1/admin/api-keys/${revoked.apiKeyId}`).set(bearer(ADMIN_TOKEN));
    if (del.status !== 200) throw new Error(`revoke failed: ${del.status} ${JSON.stringify(del.body)}`);

    orgIds = [a, b, none, inactive, smsOnly].map((o) => o.orgId).concat(revoked.id);
  }, 60000);

  afterAll(async () => {
    await t.close();
    await runner.close();
    await gateway.close();
  });

  beforeEach(() => {
    runner.reset();
    gateway.reset();
  });

  const calls = (org: OrgSetup = a) => ({ agentId: org.agentId, dispositionId: org.dispositionId });
  const sms = (org: OrgSetup = a) => ({ templateId: org.templateId });

  /** Sends the request; asserts the exact answer and that nothing was dispatched or recorded. */
  async function expectRefused(call: InitiateCall, status: number, body: object): Promise<void> {
    const before = await initiationRows(t, orgIds);
    const res = await initiate(t, call);
    expect({ status: res.status, body: res.body }).toEqual({ status, body });
    expect(runner.requests).toHaveLength(0);
    expect(gateway.requests).toHaveLength(0);
    expect(await initiationRows(t, orgIds)).toEqual(before);
  }

  describe('controls: the fixtures are valid, so each refusal below is caused by its one defect', () => {
    it('calls: the lender initiates its campaign, and the runner sees it', async () => {
      const res = await initiate(t, { channel: 'calls', campaignId: campaigns.a, key: a.key, body: calls() });
      expect(res.status).toBe(200);
      expect(res.body.results).toMatchObject({ totalMatched: 5, customersSelected: 5, initiated: 5, failed: 0 });
      expect(runner.received()).toHaveLength(5);
    });

    it('sms: the lender messages its campaign, and the gateway sees it', async () => {
      const res = await initiate(t, { channel: 'sms', campaignId: campaigns.a, key: a.key, body: sms() });
      expect(res.status).toBe(200);
      expect(res.body.results).toMatchObject({ totalMatched: 5, customersSelected: 5, initiated: 5, failed: 0 });
      expect(gateway.received()).toHaveLength(5);
    });

    it('sms needs no voice number: an organization without numbers can send SMS', async () => {
      const res = await initiate(t, { channel: 'sms', campaignId: campaigns.none, key: none.key, body: sms(none) });
      expect(res.status).toBe(200);
      expect(res.body.results).toMatchObject({ initiated: 2, failed: 0 });
      expect(gateway.received()).toHaveLength(2);
    });
  });

  const shared = (channel: InitiateChannel): ErrorCase[] => {
    const valid = () => (channel === 'calls' ? calls() : sms());
    const on = (body: object, query = '', campaignId = campaigns.a): InitiateCall => ({
      channel,
      campaignId,
      key: a.key,
      body,
      query,
    });
    return [
      // 1. Bearer key.
      {
        name: '401 without an Authorization header',
        call: () => ({ channel, campaignId: campaigns.a, key: null, body: valid() }),
        status: 401,
        body: () => UNAUTHORIZED,
      },
      {
        name: '401 with an unknown key',
        call: () => ({ channel, campaignId: campaigns.a, key: `oak_AAAAAAAAAAAA_${'a'.repeat(43)}`, body: valid() }),
        status: 401,
        body: () => UNAUTHORIZED,
      },
      {
        name: '401 with a malformed key',
        call: () => ({ channel, campaignId: campaigns.a, key: 'not-a-key', body: valid() }),
        status: 401,
        body: () => UNAUTHORIZED,
      },
      {
        name: '401 with a non-bearer scheme',
        call: () => ({
          channel,
          campaignId: campaigns.a,
          key: null,
          headers: { Authorization: 'Basic dXNlcjpwYXNz' },
          body: valid(),
        }),
        status: 401,
        body: () => UNAUTHORIZED,
      },
      {
        name: '401 with a revoked key',
        call: () => ({ channel, campaignId: campaigns.a, key: revokedKey, body: valid() }),
        status: 401,
        body: () => UNAUTHORIZED,
      },
      {
        name: '401 comes first: no key, bad body, unknown campaign',
        call: () => ({ channel, campaignId: UNKNOWN_CAMPAIGN, key: null, body: { limit: 0, extra: true } }),
        status: 401,
        body: () => UNAUTHORIZED,
      },
      // 2. Body.
      {
        name: '400 for an unknown body property',
        call: () => on({ ...valid(), campaignId: campaigns.a }),
        status: 400,
        body: () => invalid('property campaignId should not exist'),
      },
      {
        name: '400 for limit 0',
        call: () => on({ ...valid(), limit: 0 }),
        status: 400,
        body: () => invalid('limit must not be less than 1'),
      },
      {
        name: '400 for limit 2.5',
        call: () => on({ ...valid(), limit: 2.5 }),
        status: 400,
        body: () => invalid('limit must be an integer'),
      },
      {
        name: '400 for limit "10" (a string)',
        call: () => on({ ...valid(), limit: '10' }),
        status: 400,
        body: () => invalid('limit must be an integer'),
      },
      {
        name: '400 for payment_status "late"',
        call: () => on({ ...valid(), filters: { payment_status: 'late' } }),
        status: 400,
        body: () => invalid('filters.payment_status must be one of: bounced, pending, partial, paid, received'),
      },
      {
        name: '400 for "late" among valid statuses',
        call: () => on({ ...valid(), filters: { payment_status: ['pending', 'late'] } }),
        status: 400,
        body: () => invalid('filters.payment_status must be one of: bounced, pending, partial, paid, received'),
      },
      {
        name: '400 for an unknown filter key',
        call: () => on({ ...valid(), filters: { status: 'pending' } }),
        status: 400,
        body: () => invalid(`filters.status is not a known filter (allowed: ${FILTER_KEYS})`),
      },
      {
        name: '400 for emi_due_date from > to',
        call: () => on({ ...valid(), filters: { emi_due_date: { from: '2025-08-31', to: '2025-08-01' } } }),
        status: 400,
        body: () => invalid('filters.emi_due_date.from must not be after filters.emi_due_date.to'),
      },
      {
        name: '400 for emi_amount min > max',
        call: () => on({ ...valid(), filters: { emi_amount: { min: 20000, max: 5000 } } }),
        status: 400,
        body: () => invalid('filters.emi_amount.min must not be after filters.emi_amount.max'),
      },
      {
        name: '400 for an empty ids list',
        call: () => on({ ...valid(), filters: { ids: [] } }),
        status: 400,
        body: () => invalid('filters.ids must not be empty'),
      },
      {
        name: '400 for a custom key that is not a field name',
        call: () => on({ ...valid(), filters: { custom: { 'branch; DROP TABLE customers': 'x' } } }),
        status: 400,
        body: () => invalid('filters.custom key "branch; DROP TABLE customers" is not a valid field name'),
      },
      {
        name: '400 for ?dryRun=maybe',
        call: () => on(valid(), '?dryRun=maybe'),
        status: 400,
        body: () => invalid('dryRun must be true or false'),
        dryRun: false,
      },
      {
        name: '400 before the campaign lookup: bad body on an unknown campaign',
        call: () => on({ ...valid(), limit: 0 }, '', UNKNOWN_CAMPAIGN),
        status: 400,
        body: () => invalid('limit must not be less than 1'),
      },
      {
        name: "400 before the campaign lookup: bad filters on another organization's campaign",
        call: () => on({ ...valid(), filters: { payment_status: 'late' } }, '', campaigns.b),
        status: 400,
        body: () => invalid('filters.payment_status must be one of: bounced, pending, partial, paid, received'),
      },
      // 3. Campaign.
      {
        name: '404 Campaign not found',
        call: () => on(valid(), '', UNKNOWN_CAMPAIGN),
        status: 404,
        body: () => CAMPAIGN_NOT_FOUND,
      },
      {
        name: '404 Campaign not found for an id with non-ASCII characters',
        call: () => on(valid(), '', encodeURIComponent('camp_café')),
        status: 404,
        body: () => CAMPAIGN_NOT_FOUND,
      },
      {
        name: "403 for another organization's campaign",
        call: () => ({ channel, campaignId: campaigns.a, key: b.key, body: channel === 'calls' ? calls(b) : sms(b) }),
        status: 403,
        body: () => FORBIDDEN,
      },
      {
        name: "403 for another organization's campaign, whatever the filters match",
        call: () => on({ ...valid(), filters: { ids: ['LOAN-000001'] } }, '', campaigns.b),
        status: 403,
        body: () => FORBIDDEN,
      },
      // 5. Customers.
      {
        name: '404 No customers for an empty campaign',
        call: () => on(valid(), '', campaigns.aEmpty),
        status: 404,
        body: () => NO_CUSTOMERS,
      },
      {
        name: '404 No customers when the ids match nobody',
        call: () => on({ ...valid(), filters: { ids: ['LOANID-2043153', 'loan-000001'] } }),
        status: 404,
        body: () => NO_CUSTOMERS,
      },
      {
        name: '404 No customers when the filters combine to nobody',
        call: () => on({ ...valid(), filters: { payment_status: 'received', language: 'hindi' } }),
        status: 404,
        body: () => NO_CUSTOMERS,
      },
      {
        name: '404 No customers when every match is excluded',
        call: () =>
          on({
            ...valid(),
            filters: { exclude_ids: ['LOAN-000001', 'LOAN-000002', 'LOAN-000003', 'LOAN-000004', 'LOAN-000005'] },
          }),
        status: 404,
        body: () => NO_CUSTOMERS,
      },
    ];
  };

  const callCases: ErrorCase[] = [
    ...shared('calls'),
    {
      name: '400 for an empty body (both required fields, seed wording)',
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: {} }),
      status: 400,
      body: () => invalid('agentId is required and must be a string', 'dispositionId is required and must be a string'),
    },
    {
      name: '400 agentId is required and must be a string (missing)',
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: { dispositionId: a.dispositionId } }),
      status: 400,
      body: () => invalid('agentId is required and must be a string'),
    },
    {
      name: '400 agentId is required and must be a string (a number)',
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: { ...calls(), agentId: 42 } }),
      status: 400,
      body: () => invalid('agentId is required and must be a string'),
    },
    {
      name: '400 agentId is required and must be a string (empty)',
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: { ...calls(), agentId: '' } }),
      status: 400,
      body: () => invalid('agentId is required and must be a string'),
    },
    {
      name: '400 dispositionId is required and must be a string',
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: { agentId: a.agentId } }),
      status: 400,
      body: () => invalid('dispositionId is required and must be a string'),
    },
    {
      name: '400 for a templateId sent to the calls route',
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: { ...calls(), templateId: 'x' } }),
      status: 400,
      body: () => invalid('property templateId should not exist'),
    },
    {
      name: '404 Campaign not found before an unknown agent',
      call: () => ({
        channel: 'calls',
        campaignId: UNKNOWN_CAMPAIGN,
        key: a.key,
        body: { agentId: UNKNOWN_AGENT, dispositionId: UNKNOWN_DISPOSITION },
      }),
      status: 404,
      body: () => CAMPAIGN_NOT_FOUND,
    },
    {
      name: '403 before an unknown agent',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.b,
        key: a.key,
        body: { agentId: UNKNOWN_AGENT, dispositionId: a.dispositionId },
      }),
      status: 403,
      body: () => FORBIDDEN,
    },
    // 4. Agent, disposition, numbers.
    {
      name: '404 Agent not found for an unknown agent',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.a,
        key: a.key,
        body: { ...calls(), agentId: UNKNOWN_AGENT },
      }),
      status: 404,
      body: () => AGENT_NOT_FOUND,
    },
    {
      name: "404 Agent not found for another organization's agent",
      call: () => ({ channel: 'calls', campaignId: campaigns.a, key: a.key, body: { ...calls(), agentId: b.agentId } }),
      status: 404,
      body: () => AGENT_NOT_FOUND,
    },
    {
      name: '404 Agent not found for an id with non-ASCII characters',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.a,
        key: a.key,
        body: { ...calls(), agentId: 'agent_café' },
      }),
      status: 404,
      body: () => AGENT_NOT_FOUND,
    },
    {
      name: '404 Agent not found before an unknown disposition',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.a,
        key: a.key,
        body: { agentId: UNKNOWN_AGENT, dispositionId: UNKNOWN_DISPOSITION },
      }),
      status: 404,
      body: () => AGENT_NOT_FOUND,
    },
    {
      name: '404 Agent not found before "no active numbers"',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.none,
        key: none.key,
        body: { ...calls(none), agentId: UNKNOWN_AGENT },
      }),
      status: 404,
      body: () => AGENT_NOT_FOUND,
    },
    {
      name: '404 Disposition not found for an unknown disposition',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.a,
        key: a.key,
        body: { ...calls(), dispositionId: UNKNOWN_DISPOSITION },
      }),
      status: 404,
      body: () => DISPOSITION_NOT_FOUND,
    },
    {
      name: "404 Disposition not found for another organization's disposition",
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.a,
        key: a.key,
        body: { ...calls(), dispositionId: b.dispositionId },
      }),
      status: 404,
      body: () => DISPOSITION_NOT_FOUND,
    },
    {
      name: '404 Disposition not found for an id with non-ASCII characters',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.a,
        key: a.key,
        body: { ...calls(), dispositionId: 'disp_café' },
      }),
      status: 404,
      body: () => DISPOSITION_NOT_FOUND,
    },
    {
      name: '404 Disposition not found before "no active numbers"',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.none,
        key: none.key,
        body: { ...calls(none), dispositionId: UNKNOWN_DISPOSITION },
      }),
      status: 404,
      body: () => DISPOSITION_NOT_FOUND,
    },
    {
      name: '400 No active numbers for an organization without numbers',
      call: () => ({ channel: 'calls', campaignId: campaigns.none, key: none.key, body: calls(none) }),
      status: 400,
      body: () => NO_NUMBERS,
    },
    {
      name: '400 No active numbers when the only number is inactive',
      call: () => ({ channel: 'calls', campaignId: campaigns.inactive, key: inactive.key, body: calls(inactive) }),
      status: 400,
      body: () => NO_NUMBERS,
    },
    {
      name: '400 No active numbers when the only number is SMS-only',
      call: () => ({ channel: 'calls', campaignId: campaigns.smsOnly, key: smsOnly.key, body: calls(smsOnly) }),
      status: 400,
      body: () => NO_NUMBERS,
    },
    {
      name: '400 No active numbers before "no customers"',
      call: () => ({ channel: 'calls', campaignId: campaigns.noneEmpty, key: none.key, body: calls(none) }),
      status: 400,
      body: () => NO_NUMBERS,
    },
    {
      name: '400 No active numbers before "no customers" from the filters',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.none,
        key: none.key,
        body: { ...calls(none), filters: { ids: ['nobody'] } },
      }),
      status: 400,
      body: () => NO_NUMBERS,
    },
    {
      name: '400 No active numbers before missing variables',
      call: () => ({ channel: 'calls', campaignId: campaigns.noneMissing, key: none.key, body: calls(none) }),
      status: 400,
      body: () => NO_NUMBERS,
    },
    {
      name: '404 No customers before missing variables',
      call: () => ({
        channel: 'calls',
        campaignId: campaigns.vars,
        key: a.key,
        body: { ...calls(), agentId: ids.varsAgent, filters: { ids: ['nobody'] } },
      }),
      status: 404,
      body: () => NO_CUSTOMERS,
    },
  ];

  const smsCases: ErrorCase[] = [
    ...shared('sms'),
    {
      name: '400 templateId is required (seed example)',
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: {} }),
      status: 400,
      body: () => invalid('templateId is required'),
    },
    {
      name: '400 templateId is required (a number)',
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: { templateId: 7 } }),
      status: 400,
      body: () => invalid('templateId is required'),
    },
    {
      name: '400 templateId is required (empty)',
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: { templateId: '' } }),
      status: 400,
      body: () => invalid('templateId is required'),
    },
    {
      name: '400 for an agentId sent to the SMS route',
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: { ...sms(), agentId: a.agentId } }),
      status: 400,
      body: () => invalid('property agentId should not exist'),
    },
    {
      name: '404 Campaign not found before an unknown template',
      call: () => ({
        channel: 'sms',
        campaignId: UNKNOWN_CAMPAIGN,
        key: a.key,
        body: { templateId: UNKNOWN_TEMPLATE },
      }),
      status: 404,
      body: () => CAMPAIGN_NOT_FOUND,
    },
    {
      name: '403 before an unknown template',
      call: () => ({ channel: 'sms', campaignId: campaigns.b, key: a.key, body: { templateId: UNKNOWN_TEMPLATE } }),
      status: 403,
      body: () => FORBIDDEN,
    },
    // 4. Template.
    {
      name: '404 Template not found for an unknown template',
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: { templateId: UNKNOWN_TEMPLATE } }),
      status: 404,
      body: () => TEMPLATE_NOT_FOUND,
    },
    {
      name: "404 Template not found for another organization's template",
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: { templateId: b.templateId } }),
      status: 404,
      body: () => TEMPLATE_NOT_FOUND,
    },
    {
      name: '404 Template not found for an id with non-ASCII characters',
      call: () => ({ channel: 'sms', campaignId: campaigns.a, key: a.key, body: { templateId: 'tmpl_café' } }),
      status: 404,
      body: () => TEMPLATE_NOT_FOUND,
    },
    {
      name: '404 Template not found before "no customers"',
      call: () => ({
        channel: 'sms',
        campaignId: campaigns.aEmpty,
        key: a.key,
        body: { templateId: UNKNOWN_TEMPLATE },
      }),
      status: 404,
      body: () => TEMPLATE_NOT_FOUND,
    },
    {
      name: '404 No customers before missing variables',
      call: () => ({
        channel: 'sms',
        campaignId: campaigns.vars,
        key: a.key,
        body: { templateId: ids.varsTemplate, filters: { ids: ['nobody'] } },
      }),
      status: 404,
      body: () => NO_CUSTOMERS,
    },
  ];

  describe.each([
    ['calls', callCases],
    ['sms', smsCases],
  ] as const)('%s route', (_channel, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      await expectRefused(c.call(), c.status, c.body());
    });

    it.each(cases.filter((c) => c.dryRun !== false).map((c) => [c.name, c] as const))(
      'dryRun: %s',
      async (_name, c) => {
        const call = c.call();
        expect(call.query ?? '').toBe('');
        await expectRefused({ ...call, query: '?dryRun=true' }, c.status, c.body());
      },
    );
  });

  describe('6. missing variables', () => {
    const missing = (channel: InitiateChannel, variables: string, totalMatched: number, customersSelected: number) => ({
      success: false,
      message: `Cannot initiate ${channel === 'calls' ? 'calls' : 'SMS'}: Missing variables: ${variables}`,
      totalMatched,
      customersSelected,
    });
    const dryRun = (totalMatched: number, customersSelected: number, missingVariables: string[]) => ({
      success: true,
      message: 'Dry run: nothing was dispatched',
      data: { totalMatched, customersSelected, batches: 1, missingVariables, excluded: NO_DRY_RUN_EXCLUSIONS },
    });

    /** The request naming the agent (calls) or template (SMS) that declares these variables. */
    const using = (
      channel: InitiateChannel,
      resource: { agent: string; template: string },
      campaignId: string,
      extra: object = {},
      query = '',
    ): InitiateCall => ({
      channel,
      campaignId,
      key: a.key,
      query,
      body:
        channel === 'calls'
          ? { agentId: ids[resource.agent], dispositionId: a.dispositionId, ...extra }
          : { templateId: ids[resource.template], ...extra },
    });
    const vars = { agent: 'varsAgent', template: 'varsTemplate' };
    const reversed = { agent: 'reversedAgent', template: 'reversedTemplate' };
    const empty = { agent: 'emptyAgent', template: 'emptyTemplate' };

    describe.each(['calls', 'sms'] as const)('%s', (channel) => {
      it('lists every missing variable in declaration order, not in the order customers lack them (seed example)', async () => {
        await expectRefused(
          using(channel, vars, campaigns.vars),
          400,
          missing(channel, 'emi_due_date, loan_amount', 6, 6),
        );
      });

      it('follows the declaration order, not the alphabet', async () => {
        await expectRefused(
          using(channel, reversed, campaigns.vars),
          400,
          missing(channel, 'loan_amount, emi_due_date', 6, 6),
        );
      });

      it('checks only the selected customers: within the limit', async () => {
        await expectRefused(
          using(channel, vars, campaigns.vars, { limit: 3 }),
          400,
          missing(channel, 'loan_amount', 6, 3),
        );
      });

      it('checks only the selected customers: within the filters', async () => {
        await expectRefused(
          using(channel, vars, campaigns.vars, { filters: { payment_status: 'bounced' } }),
          400,
          missing(channel, 'emi_due_date', 2, 2),
        );
      });

      it('an empty-string custom field is missing', async () => {
        await expectRefused(
          using(channel, empty, campaigns.empty, { filters: { ids: ['LOAN-000001', 'LOAN-000003'] } }),
          400,
          missing(channel, 'branch', 2, 2),
        );
      });

      it('a null custom field is missing', async () => {
        await expectRefused(
          using(channel, empty, campaigns.empty, { filters: { ids: ['LOAN-000001', 'LOAN-000004'] } }),
          400,
          missing(channel, 'branch', 2, 2),
        );
      });

      it('an absent custom field is missing', async () => {
        await expectRefused(
          using(channel, empty, campaigns.empty, { filters: { ids: ['LOAN-000001', 'LOAN-000008'] } }),
          400,
          missing(channel, 'branch', 2, 2),
        );
      });

      it('an empty-string standard field is missing, listed in declaration order', async () => {
        await expectRefused(
          using(channel, empty, campaigns.empty, { filters: { ids: ['LOAN-000003', 'LOAN-000005'] } }),
          400,
          missing(channel, 'first_name, branch', 2, 2),
        );
      });

      it('an empty value inside the limit is missing', async () => {
        await expectRefused(
          using(channel, empty, campaigns.empty, { limit: 3 }),
          400,
          missing(channel, 'branch', 8, 3),
        );
      });

      it('a customer outside the limit lacking a variable does not count: 200, only the selected are sent', async () => {
        const res = await initiate(t, using(channel, empty, campaigns.empty, { limit: 2 }));
        expect(res.status).toBe(200);
        expect(res.body.results).toEqual({
          totalMatched: 8,
          customersSelected: 2,
          initiated: 2,
          failed: 0,
          batchesProcessed: 1,
          errors: [],
          excluded: NO_EXCLUSIONS,
        });
        const fake = channel === 'calls' ? runner : gateway;
        expect(
          fake
            .received()
            .map((i) => i.customerId)
            .sort(),
        ).toEqual(['LOAN-000001', 'LOAN-000002']);
      });

      it('a customer outside the limit lacking a standard variable does not count', async () => {
        const res = await initiate(t, using(channel, vars, campaigns.vars, { limit: 1 }));
        expect(res.status).toBe(200);
        expect(res.body.results).toMatchObject({ totalMatched: 6, customersSelected: 1, initiated: 1, failed: 0 });
        const fake = channel === 'calls' ? runner : gateway;
        expect(fake.received().map((i) => i.customerId)).toEqual(['LOAN-000001']);
      });

      it('0 and false are values, not missing', async () => {
        const res = await initiate(
          t,
          using(channel, empty, campaigns.empty, { filters: { ids: ['LOAN-000006', 'LOAN-000007'] } }),
        );
        expect({ status: res.status, body: res.body.results }).toEqual({
          status: 200,
          body: {
            totalMatched: 2,
            customersSelected: 2,
            initiated: 2,
            failed: 0,
            batchesProcessed: 1,
            errors: [],
            excluded: NO_EXCLUSIONS,
          },
        });
        if (channel === 'sms') {
          expect(
            gateway
              .received()
              .map((m) => m.text)
              .sort(),
          ).toEqual(['Hi Borrower 6 from 0', 'Hi Borrower 7 from false']);
        } else {
          expect(
            runner
              .received()
              .map((c) => c.variables)
              .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
          ).toEqual([
            { first_name: 'Borrower 6', branch: 0 },
            { first_name: 'Borrower 7', branch: false },
          ]);
        }
      });

      it('dryRun answers 200 with the missing variables, and dispatches nothing', async () => {
        await expectRefused(
          using(channel, vars, campaigns.vars, {}, '?dryRun=true'),
          200,
          dryRun(6, 6, ['emi_due_date', 'loan_amount']),
        );
      });

      it('dryRun lists missing variables in declaration order, within the limit', async () => {
        await expectRefused(
          using(channel, reversed, campaigns.vars, { limit: 3 }, '?dryRun=true'),
          200,
          dryRun(6, 3, ['loan_amount']),
        );
        await expectRefused(
          using(channel, empty, campaigns.empty, { filters: { ids: ['LOAN-000003', 'LOAN-000005'] } }, '?dryRun=true'),
          200,
          dryRun(2, 2, ['first_name', 'branch']),
        );
      });

      it('dryRun with nothing missing answers an empty list', async () => {
        await expectRefused(using(channel, vars, campaigns.vars, { limit: 1 }, '?dryRun=true'), 200, dryRun(6, 1, []));
      });
    });
  });
});
