import type { ChannelDocs } from '../initiations/initiate/initiate.docs';
import { CALLS_TEXT } from './calls.text';

const CALL_EXAMPLES = {
  all: {
    summary: 'Call all customers in a campaign',
    value: { agentId: 'agent_abc123', dispositionId: 'disp_xyz789' },
  },
  bouncedPending: {
    summary: 'Call only bounced and pending customers',
    value: {
      agentId: 'agent_abc123',
      dispositionId: 'disp_xyz789',
      filters: { payment_status: ['bounced', 'pending'] },
    },
  },
  dueThisMonth: {
    summary: 'Call customers with EMI due this month, limited to 100',
    value: {
      agentId: 'agent_abc123',
      dispositionId: 'disp_xyz789',
      limit: 100,
      filters: { emi_due_date: { from: '2025-08-01', to: '2025-08-31' }, payment_status: 'pending' },
    },
  },
  byId: {
    summary: 'Call specific customers by ID',
    value: {
      agentId: 'agent_abc123',
      dispositionId: 'disp_xyz789',
      filters: { ids: ['LOAN-2025-00123', 'LOAN-2025-00456', 'LOAN-2025-00789'] },
    },
  },
  custom: {
    summary: 'Call with custom field filters',
    value: {
      agentId: 'agent_abc123',
      dispositionId: 'disp_xyz789',
      filters: {
        payment_status: ['bounced', 'pending'],
        emi_amount: { min: 5000, max: 20000 },
        language: 'hindi',
        custom: { branch: 'mumbai', product_type: ['personal_loan', 'home_loan'] },
      },
    },
  },
  except: {
    summary: 'Call all customers except specific ones',
    value: {
      agentId: 'agent_abc123',
      dispositionId: 'disp_xyz789',
      filters: { exclude_ids: ['LOAN-2025-00789', 'LOAN-2025-00999'] },
    },
  },
  followUps: {
    summary: 'Call again after no answer or busy (follow-ups)',
    value: {
      agentId: 'agent_abc123',
      dispositionId: 'disp_xyz789',
      filters: { payment_status: 'pending' },
      retry: { on: ['no_answer', 'busy'], afterSeconds: 3600, maxAttempts: 2 },
    },
  },
};

/** Swagger for POST /initiate/:campaignId/calls: the seed's examples and the calls channel's errors. */
export const CALLS_DOCS: ChannelDocs = {
  operationId: 'initiateCalls',
  text: CALLS_TEXT,
  summary: 'Initiate Call(s)',
  description: 'Initiate AI agent calls for customers in a campaign with optional filters to target specific subsets.',
  bodyExamples: CALL_EXAMPLES,
  sent: 'calls',
  badRequest: {
    description:
      'Validation error, no active numbers, everyone excluded by the contact policy, or missing agent variables',
    validation: 'agentId is required and must be a string',
    examples: {
      noNumbers: {
        summary: 'No Active Numbers',
        value: { success: false, message: 'No active numbers available for this organization' },
      },
      inactiveAgent: { summary: 'Agent Inactive', value: { success: false, message: 'Agent is inactive' } },
    },
    variablesOf: 'Agent',
  },
  notFound: {
    description: 'Campaign, agent, disposition or customers not found',
    examples: {
      agent: { summary: 'Agent Not Found', value: { success: false, message: 'Agent not found' } },
      disposition: { summary: 'Disposition Not Found', value: { success: false, message: 'Disposition not found' } },
    },
  },
};
