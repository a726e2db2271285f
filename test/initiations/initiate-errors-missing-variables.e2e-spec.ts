import type { TestApp } from '../support/app';
import { bulkAdd, createCampaign } from '../support/factories';
import {
  createAgent,
  createTemplate,
  initiate,
  InitiateCall,
  InitiateChannel,
  NO_EXCLUSIONS,
  NO_DRY_RUN_EXCLUSIONS,
} from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';
import { ErrorCase, NO_CUSTOMERS, phoned, refusalApp, refusalsOnEachRoute } from '../support/refusals';

/**
 * Check 6 of SPEC §4 on both initiate routes: the variables the agent (calls) or template (SMS)
 * declares, on the selected customers only — after the customers are counted. The other
 * refusals: initiate-errors-*.e2e-spec.ts.
 */

describe('POST /initiate/:campaignId/{calls,sms} — refusals', () => {
  const app = refusalApp('initiate_errors_variables');
  const { runner, gateway } = app;
  let t: TestApp;
  /** The lender under test. */
  let a: OrgSetup;
  const campaigns: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = app.t;
    a = await setupOrg(t);

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

    app.orgIds.push(a.orgId);
  }, 60000);

  const { expectRefused } = app;
  const calls = (org: OrgSetup = a) => ({ agentId: org.agentId, dispositionId: org.dispositionId });

  const callCases: ErrorCase[] = [
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

  refusalsOnEachRoute(app, [
    ['calls', callCases],
    ['sms', smsCases],
  ]);

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
