import type { TestApp } from '../support/app';
import { bulkAdd, createCampaign, phone } from '../support/factories';
import { createPhoneNumber, initiate, phoneNumberIds, updatePhoneNumber } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';
import {
  AGENT_NOT_FOUND,
  complete,
  DISPOSITION_NOT_FOUND,
  ErrorCase,
  lenderWithCustomers,
  NO_NUMBERS,
  phoned,
  refusalApp,
  refusalsOnEachRoute,
  TEMPLATE_NOT_FOUND,
  UNKNOWN_AGENT,
  UNKNOWN_DISPOSITION,
  UNKNOWN_TEMPLATE,
} from '../support/refusals';

/**
 * Check 4 of SPEC §4: what the route names must exist in the organization — the agent, the
 * disposition and an active voice number (calls), the template (SMS) — each before the customers
 * are counted. The controls show the fixtures are valid. The other refusals:
 * initiate-errors-*.e2e-spec.ts.
 */

describe('POST /initiate/:campaignId/{calls,sms} — refusals', () => {
  const app = refusalApp('initiate_errors_catalogue');
  const { runner, gateway } = app;
  let t: TestApp;
  /** The lender under test. */
  let a: OrgSetup;
  /** Another organization, with its own complete catalogue. */
  let b: OrgSetup;
  /** Organizations without a usable voice number: none, only an inactive one, only an SMS one. */
  let none: OrgSetup;
  let inactive: OrgSetup;
  let smsOnly: OrgSetup;
  const campaigns: Record<string, string> = {};

  beforeAll(async () => {
    t = app.t;
    ({ org: a, campaignId: campaigns.a } = await lenderWithCustomers(t, 100, 5));
    campaigns.aEmpty = await createCampaign(t, a.key, { name: 'Empty campaign' });

    b = await setupOrg(t);

    ({ org: none, campaignId: campaigns.none } = await lenderWithCustomers(t, 300, 2, { numbers: [] }));
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

    app.orgIds.push(...[a, b, none, inactive, smsOnly].map((o) => o.orgId));
  }, 60000);

  const calls = (org: OrgSetup = a) => ({ agentId: org.agentId, dispositionId: org.dispositionId });
  const sms = (org: OrgSetup = a) => ({ templateId: org.templateId });

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

  const callCases: ErrorCase[] = [
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
  ];

  const smsCases: ErrorCase[] = [
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
  ];

  refusalsOnEachRoute(app, [
    ['calls', callCases],
    ['sms', smsCases],
  ]);
});
