import type { ChannelDocs } from '../initiations/initiate/initiate.docs';
import { SMS_TEXT } from './sms.text';

const SMS_EXAMPLES = {
  all: { summary: 'Message all customers in a campaign', value: { templateId: 'hfu7VL6sBhI6NPm' } },
  byId: {
    summary: 'Message specific customers',
    value: { templateId: 'hfu7VL6sBhI6NPm', filters: { ids: ['LOANID-2043153', 'LOANID-2043154'] } },
  },
  bouncedPending: {
    summary: 'Message bounced and pending customers',
    value: { templateId: 'hfu7VL6sBhI6NPm', filters: { payment_status: ['bounced', 'pending'] } },
  },
  except: {
    summary: 'Message all customers except specific ones',
    value: { templateId: 'hfu7VL6sBhI6NPm', filters: { exclude_ids: ['LOANID-2043153', 'LOANID-2043154'] } },
  },
  followUps: {
    summary: 'Send again when undelivered (follow-ups)',
    value: { templateId: 'hfu7VL6sBhI6NPm', retry: { on: ['undelivered'], afterSeconds: 1800, maxAttempts: 1 } },
  },
};

/** Swagger for POST /initiate/:campaignId/sms: the seed's examples and the SMS channel's errors. */
export const SMS_DOCS: ChannelDocs = {
  operationId: 'initiateSms',
  text: SMS_TEXT,
  summary: 'Initiate SMS',
  description: 'Initiate SMS messages for customers in a campaign with optional filters to target specific subsets.',
  bodyExamples: SMS_EXAMPLES,
  sent: 'messages',
  badRequest: {
    description:
      'Validation error, a template the DLT rules refuse, everyone excluded by the contact policy, or missing template variables',
    validation: 'templateId is required',
    examples: {
      notDlt: {
        summary: 'Template Not DLT-Registered',
        value: { success: false, message: 'Template is not DLT-registered' },
      },
      sender: { summary: 'Sender ID Not 6 Letters', value: { success: false, message: 'Sender ID must be 6 letters' } },
    },
    variablesOf: 'Template',
  },
  notFound: {
    description: 'Campaign, template or customers not found',
    examples: {
      template: { summary: 'Template Not Found', value: { success: false, message: 'Template not found' } },
    },
  },
};
