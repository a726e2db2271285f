import { createCampaign } from '../support/factories';
import { InitiateCall, InitiateChannel } from '../support/initiate';
import { OrgSetup } from '../support/outreach';
import {
  CAMPAIGN_NOT_FOUND,
  ErrorCase,
  FORBIDDEN,
  lenderWithCustomers,
  NO_CUSTOMERS,
  refusalApp,
  refusalsOnEachRoute,
  UNKNOWN_AGENT,
  UNKNOWN_CAMPAIGN,
  UNKNOWN_DISPOSITION,
  UNKNOWN_TEMPLATE,
} from '../support/refusals';

/**
 * Checks 3 and 5 of SPEC §4 on both initiate routes: the campaign (404, 403 — before the agent or
 * template is looked up), then the customers the filters select (404). The other refusals:
 * initiate-errors-*.e2e-spec.ts.
 */

describe('POST /initiate/:campaignId/{calls,sms} — refusals', () => {
  const app = refusalApp('initiate_errors_campaign');
  /** The lender under test. */
  let a: OrgSetup;
  /** Another organization, with its own complete catalogue. */
  let b: OrgSetup;
  const campaigns: Record<string, string> = {};

  beforeAll(async () => {
    const { t } = app;
    ({ org: a, campaignId: campaigns.a } = await lenderWithCustomers(t, 100, 5));
    campaigns.aEmpty = await createCampaign(t, a.key, { name: 'Empty campaign' });
    ({ org: b, campaignId: campaigns.b } = await lenderWithCustomers(t, 200, 3));
    app.orgIds.push(a.orgId, b.orgId);
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
  ];

  const smsCases: ErrorCase[] = [
    ...shared('sms'),
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
  ];

  refusalsOnEachRoute(app, [
    ['calls', callCases],
    ['sms', smsCases],
  ]);
});
