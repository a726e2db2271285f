import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiHeader, ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { envelopeSchema, ref, type Schema } from '../../common/api-docs';
import type { ChannelText } from '../channel.port';
import { AcceptedDto, DryRunDto, InitiationReportDto } from '../dto/report.dto';

type Examples = Record<string, { summary: string; value: unknown }>;

/** What a channel's initiate route documents beyond what every initiate route shares. */
export interface ChannelDocs {
  /** Pinned: the ids clients generated from openapi.json already use. */
  operationId: string;
  text: ChannelText;
  summary: string;
  description: string;
  bodyExamples: Examples;
  /** `calls`, `messages`: "All calls initiated". */
  sent: string;
  badRequest: {
    description: string;
    /** The validation error shown (a required field of the channel's body). */
    validation: string;
    /** The channel's own refusals, shown after the validation error. */
    examples: Examples;
    /** `Agent`, `Template`: "Missing Agent Variables". */
    variablesOf: string;
  };
  notFound: { description: string; examples: Examples };
}

const NONE_EXCLUDED = {
  total: 0,
  byReason: { do_not_contact: 0, attempt_cap: 0, outside_window: 0, duplicate_phone: 0 },
};
const SOME_EXCLUDED = {
  total: 12,
  byReason: { do_not_contact: 3, attempt_cap: 4, outside_window: 5, duplicate_phone: 0 },
};

function responses(docs: ChannelDocs): Record<number, { description: string; examples: Examples }> {
  const { noun, error, verb } = docs.text;
  const results = (initiated: number, failed: number, errors: unknown[]) => ({
    totalMatched: 500,
    customersSelected: 250,
    initiated,
    failed,
    batchesProcessed: 1,
    errors,
    excluded: NONE_EXCLUDED,
  });
  const id = 'init_4Jd8sK2mQp7Rt1Vx9Zb3';
  const out: Record<number, { description: string; examples: Examples }> = {
    200: {
      description: `All ${docs.sent} initiated (or, with ?dryRun=true, the dry-run counts)`,
      examples: {
        all: {
          summary: `All ${noun} Initiated`,
          value: {
            success: true,
            message: `${noun} initiated for 250 customers`,
            results: results(250, 0, []),
            initiationId: id,
          },
        },
        dryRun: {
          summary: 'Dry run',
          value: {
            success: true,
            message: 'Dry run: nothing was dispatched',
            data: {
              totalMatched: 500,
              customersSelected: 250,
              batches: 1,
              missingVariables: [],
              excluded: {
                ...SOME_EXCLUDED,
                samples: {
                  do_not_contact: [{ customerId: 'LOAN-2025-00123', phone: '+919876543210', timezone: 'Asia/Kolkata' }],
                  attempt_cap: [{ customerId: 'LOAN-2025-00456', phone: '+919876543211', timezone: 'Asia/Kolkata' }],
                  outside_window: [
                    { customerId: 'LOAN-2025-00789', phone: '+12015550123', timezone: 'America/New_York' },
                  ],
                  duplicate_phone: [],
                },
              },
            },
          },
        },
      },
    },
    207: {
      description: 'Partial success',
      examples: {
        partial: {
          summary: 'Partial Success',
          value: {
            success: false,
            message: `${noun} initiated for 200 of 250 customers`,
            results: results(200, 50, [{ batch: 1, error, reason: 'Workflow runner timeout', affectedCustomers: 50 }]),
            initiationId: id,
          },
        },
      },
    },
    202: {
      description:
        'Accepted: `Prefer: respond-async`, the synchronous wait ran out, or (`outsideWindow: "schedule"`) some customers wait for their window to open; poll statusUrl',
      examples: {
        accepted: {
          summary: 'Initiation accepted',
          value: {
            success: true,
            message: 'Initiation accepted',
            data: { initiationId: id, status: 'queued', statusUrl: `/api/v1/initiations/${id}` },
          },
        },
        scheduled: {
          summary: 'Scheduled (outsideWindow: schedule)',
          value: {
            success: true,
            message: 'Initiation accepted',
            data: { initiationId: id, status: 'scheduled', statusUrl: `/api/v1/initiations/${id}` },
          },
        },
      },
    },
    400: {
      description: docs.badRequest.description,
      examples: {
        validation: {
          summary: 'Validation Error',
          value: { success: false, message: 'Validation failed', errors: [docs.badRequest.validation] },
        },
        ...docs.badRequest.examples,
        retry: {
          summary: 'Invalid Follow-ups (retry)',
          value: {
            success: false,
            message: 'Validation failed',
            errors: ['retry.maxAttempts must be an integer from 1 to 5'],
          },
        },
        allExcluded: {
          summary: 'All Excluded by the Contact Policy',
          value: {
            success: false,
            message: 'All matched customers are excluded by the contact policy',
            totalMatched: 12,
            excluded: SOME_EXCLUDED,
          },
        },
        missing: {
          summary: `Missing ${docs.badRequest.variablesOf} Variables`,
          value: {
            success: false,
            message: `Cannot initiate ${verb}: Missing variables: emi_due_date, loan_amount`,
            totalMatched: 250,
            customersSelected: 250,
          },
        },
      },
    },
    401: {
      description: 'Missing or invalid API key',
      examples: {
        unauthorized: {
          summary: 'Unauthorized',
          value: { success: false, error: 'Unauthorized', message: 'Missing or invalid authorization header' },
        },
      },
    },
    403: {
      description: "Another organization's campaign",
      examples: {
        forbidden: {
          summary: 'Forbidden',
          value: { success: false, message: 'Campaign ID invalid or mismatch for your organization.' },
        },
      },
    },
    404: {
      description: docs.notFound.description,
      examples: {
        campaign: { summary: 'Campaign Not Found', value: { success: false, message: 'Campaign not found' } },
        ...docs.notFound.examples,
        customers: {
          summary: 'No Customers Found',
          value: { success: false, message: 'No customers found matching the given filters' },
        },
      },
    },
    409: {
      description: 'The first request with this Idempotency-Key is still running',
      examples: {
        running: {
          summary: 'In progress',
          value: { success: false, message: 'A request with this Idempotency-Key is still in progress' },
        },
      },
    },
    422: {
      description: 'This Idempotency-Key was used with another body',
      examples: {
        mismatch: {
          summary: 'Key reused',
          value: { success: false, message: 'Idempotency-Key was already used with a different request' },
        },
      },
    },
    500: {
      description: 'All failed, or an internal error',
      examples: {
        server: {
          summary: 'Server Error',
          value: { success: false, error: 'Internal Server Error', message: 'An unexpected error occurred' },
        },
        allFailed: {
          summary: 'All failed',
          value: {
            success: false,
            message: `${noun} initiated for 0 of 250 customers`,
            results: results(0, 250, [
              { batch: 1, error, reason: 'Workflow runner error: HTTP 502', affectedCustomers: 250 },
            ]),
            initiationId: id,
          },
        },
      },
    },
  };
  return out;
}

/** The success bodies: the report (200 all initiated, 207 partial), a dry run's counts (200), the 202 acceptance. */
const SUCCESS_SCHEMAS: Record<number, Schema> = {
  200: {
    oneOf: [ref(InitiationReportDto), envelopeSchema({ message: 'required', data: ref(DryRunDto) })],
  },
  202: envelopeSchema({ message: 'required', data: ref(AcceptedDto) }),
  207: ref(InitiationReportDto),
};

const POLICY_NOTE =
  '\n\nThe contact policy (GET /api/v1/contact-policy) applies to every matched customer before `limit`, in this order: ' +
  '`do_not_contact`, `attempt_cap`, `outside_window` (local time of the customer), `duplicate_phone`. Excluded customers ' +
  'are recorded as attempts with status `excluded` and counted in `results.excluded`; every batch is checked again at dispatch.';

/** Swagger for an initiate route: the seeds' usage examples and every response example. */
export function InitiateDocs(docs: ChannelDocs, body: new () => unknown): MethodDecorator {
  const decorators = [
    ApiExtraModels(InitiationReportDto, AcceptedDto, DryRunDto),
    ApiOperation({ operationId: docs.operationId, summary: docs.summary, description: docs.description + POLICY_NOTE }),
    ApiBody({ type: body, examples: docs.bodyExamples }),
    ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'Check and count; dispatch nothing' }),
    ApiHeader({
      name: 'Prefer',
      required: false,
      description: '`respond-async`: answer 202 at once and poll the status URL',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A repeat within 24 h replays the first report and dispatches nothing',
    }),
    ...Object.entries(responses(docs)).map(([status, r]) =>
      ApiResponse({
        status: Number(status),
        description: r.description,
        content: {
          'application/json': {
            ...(SUCCESS_SCHEMAS[Number(status)] ? { schema: SUCCESS_SCHEMAS[Number(status)] } : {}),
            examples: r.examples,
          },
        },
      }),
    ),
  ];
  return applyDecorators(...decorators);
}
