import { ADMIN_TOKEN, bearer } from '../support/app';
import { invalid } from '../support/catalogue';
import { InitiateCall, InitiateChannel } from '../support/initiate';
import { OrgSetup } from '../support/outreach';
import {
  ErrorCase,
  FILTER_KEYS,
  lenderWithCustomers,
  refusalApp,
  refusalsOnEachRoute,
  UNAUTHORIZED,
  UNKNOWN_CAMPAIGN,
} from '../support/refusals';

/**
 * Checks 1 and 2 of SPEC §4 on both initiate routes: the bearer key (401), then the body and the
 * query (400), each before any lookup. The other refusals: initiate-errors-*.e2e-spec.ts.
 */

describe('POST /initiate/:campaignId/{calls,sms} — refusals', () => {
  const app = refusalApp('initiate_errors_auth_body');
  /** The lender under test. */
  let a: OrgSetup;
  /** Another organization, with its own complete catalogue. */
  let b: OrgSetup;
  let revokedKey: string;
  const campaigns: Record<string, string> = {};

  beforeAll(async () => {
    const { t } = app;
    ({ org: a, campaignId: campaigns.a } = await lenderWithCustomers(t, 100, 5));
    ({ org: b, campaignId: campaigns.b } = await lenderWithCustomers(t, 200, 3));

    const revoked = await t.createOrg('Revoked');
    revokedKey = revoked.apiKey;
    const del = await t.http.delete(`/api/v1/admin/api-keys/${revoked.apiKeyId}`).set(bearer(ADMIN_TOKEN));
    if (del.status !== 200) throw new Error(`revoke failed: ${del.status} ${JSON.stringify(del.body)}`);

    app.orgIds.push(a.orgId, b.orgId, revoked.id);
  }, 60000);

  const calls = (org: OrgSetup = a) => ({ agentId: org.agentId, dispositionId: org.dispositionId });
  const sms = (org: OrgSetup = a) => ({ templateId: org.templateId });

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
  ];

  refusalsOnEachRoute(app, [
    ['calls', callCases],
    ['sms', smsCases],
  ]);
});
