import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { INTERNAL_MESSAGE } from './exception.filter';
import { UNAVAILABLE_MESSAGE } from './unavailable';

/**
 * What the document says of every response, in one place: the success envelope of SPEC §2
 * (`{success, message?, data?}`, src/common/envelope.ts) as each route's schema (list routes:
 * ApiPageResponse in pagination.dto.ts), the one error schema of the exception filter, readable
 * operation ids and the tags' descriptions.
 */

export type Schema = SchemaObject | ReferenceObject;
type Model = Type<unknown>;
type Examples = Record<string, { summary?: string; description?: string; value: unknown }>;

export const ERROR_RESPONSE = 'ErrorResponse';

/** The exception filter's body (src/common/exception.filter.ts); some errors add top-level fields of their own. */
const ERROR_RESPONSE_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'Every error: `success: false` and a readable `message`; `error` names the status on 401, 403 (organization mismatch), 413, 429, 500 and 503; `errors` lists the problems of a validation error. Some errors carry more top-level fields (e.g. `totalMatched`, `excluded`).',
  required: ['success', 'message'],
  properties: {
    success: { type: 'boolean', enum: [false] },
    error: { type: 'string', example: 'Unauthorized' },
    message: { type: 'string', example: 'Validation failed' },
    errors: { type: 'array', items: { type: 'string' }, example: ['name is required'] },
  },
  additionalProperties: true,
};

export const ref = (model: Model): ReferenceObject => ({ $ref: getSchemaPath(model) });
export const arrayOf = (model: Model): SchemaObject => ({ type: 'array', items: ref(model) });

const isModel = (x: unknown): x is Model => typeof x === 'function';

export interface EnvelopeSchema {
  /** `data`: a model, `[model]` for an array, or a schema. Absent: the body has no `data`. */
  data?: Model | [Model] | Schema;
  /** `data` may be missing (default: required when given). */
  dataOptional?: boolean;
  /** `message`: 'required', 'optional' (default) or 'none'. */
  message?: 'required' | 'optional' | 'none';
  /** `success`: true (default), or `boolean` for the bodies that say false on a partial result (207). */
  success?: true | 'boolean';
  /** More top-level fields (`updatedFields`, `results`...), with those always present in `required`. */
  fields?: Record<string, Schema>;
  required?: string[];
}

function dataSchema(data: NonNullable<EnvelopeSchema['data']>): Schema {
  if (Array.isArray(data)) return arrayOf(data[0]);
  return isModel(data) ? ref(data) : data;
}

/** The success envelope as a schema. */
export function envelopeSchema(e: EnvelopeSchema = {}): SchemaObject {
  const properties: Record<string, Schema> = {
    success: e.success === 'boolean' ? { type: 'boolean' } : { type: 'boolean', enum: [true] },
  };
  const required = ['success'];
  if (e.message !== 'none') properties.message = { type: 'string' };
  if (e.message === 'required') required.push('message');
  if (e.data !== undefined) {
    properties.data = dataSchema(e.data);
    if (!e.dataOptional) required.push('data');
  }
  Object.assign(properties, e.fields ?? {});
  required.push(...(e.required ?? []));
  return { type: 'object', required, properties };
}

function models(data: EnvelopeSchema['data']): Model[] {
  if (Array.isArray(data)) return [data[0]];
  return isModel(data) ? [data] : [];
}

export interface EnvelopeOptions extends EnvelopeSchema {
  /** 200 unless given. */
  status?: number;
  description?: string;
  example?: unknown;
  examples?: Examples;
  /** Models referenced from `fields` or a `data` schema, to be registered as components. */
  extraModels?: Model[];
}

/** Documents one success response: its envelope schema, registered models and examples. */
export function ApiEnvelope(options: EnvelopeOptions = {}): MethodDecorator & ClassDecorator {
  const { status = 200, description, example, examples, extraModels = [], ...shape } = options;
  const registered = [...models(shape.data), ...extraModels];
  return applyDecorators(
    ...(registered.length > 0 ? [ApiExtraModels(...registered)] : []),
    ApiResponse({
      status,
      description: description ?? (status === 201 ? 'Created' : 'OK'),
      content: {
        'application/json': {
          schema: envelopeSchema(shape),
          ...(example === undefined ? {} : { example }),
          ...(examples === undefined ? {} : { examples }),
        },
      },
    }),
  );
}

/** Readable, stable operation ids (the typed client's method names), by `Controller_method`. */
export const OPERATION_IDS: Record<string, string> = {
  HealthController_live: 'checkLiveness',
  HealthController_ready: 'checkReadiness',
  MetricsController_scrape: 'getMetrics',
  AdminController_createOrganization: 'createOrganization',
  AdminController_issueKey: 'issueApiKey',
  AdminController_listKeys: 'listApiKeys',
  AdminController_revokeKey: 'revokeApiKey',
  WhoAmIController_whoami: 'whoAmI',
  CampaignsController_create: 'createCampaign',
  CampaignsController_list: 'listCampaigns',
  CampaignsController_get: 'getCampaign',
  CampaignsController_update: 'updateCampaign',
  CampaignsController_remove: 'deleteCampaign',
  CustomersController_add: 'addCustomer',
  CustomersController_bulkAdd: 'addCustomersBulk',
  CustomersController_update: 'updateCustomer',
  CustomersController_list: 'listCustomers',
  CustomersController_remove: 'deleteCustomer',
  CustomersController_importCsv: 'importCustomersCsv',
  AgentsController_create: 'createAgent',
  AgentsController_list: 'listAgents',
  AgentsController_get: 'getAgent',
  AgentsController_update: 'updateAgent',
  AgentsController_remove: 'deleteAgent',
  DispositionsController_create: 'createDisposition',
  DispositionsController_list: 'listDispositions',
  DispositionsController_get: 'getDisposition',
  DispositionsController_update: 'updateDisposition',
  DispositionsController_remove: 'deleteDisposition',
  SmsTemplatesController_create: 'createSmsTemplate',
  SmsTemplatesController_list: 'listSmsTemplates',
  SmsTemplatesController_get: 'getSmsTemplate',
  SmsTemplatesController_update: 'updateSmsTemplate',
  SmsTemplatesController_remove: 'deleteSmsTemplate',
  PhoneNumbersController_create: 'createPhoneNumber',
  PhoneNumbersController_list: 'listPhoneNumbers',
  PhoneNumbersController_get: 'getPhoneNumber',
  PhoneNumbersController_update: 'updatePhoneNumber',
  PhoneNumbersController_remove: 'deletePhoneNumber',
  AudienceController_preview: 'previewAudience',
  // The initiate routes pin theirs in their docs (initiateCalls, initiateSms).
  VoiceEventsController_receive: 'receiveVoiceEvent',
  SmsReceiptsController_receive: 'receiveSmsReceipt',
  TwilioStatusController_status: 'receiveTwilioStatus',
  InitiationsController_list: 'listInitiations',
  InitiationsController_get: 'getInitiation',
  InitiationsController_attempts: 'listAttempts',
  OutcomeReadsController_events: 'listAttemptEvents',
  OutcomeReadsController_stats: 'getCampaignStats',
  LogsController_list: 'getLogs',
  LogsController_call: 'getCallCommunication',
  LogsController_sms: 'getSmsCommunication',
  CancelController_cancel: 'cancelInitiation',
  ContactPolicyController_get: 'getContactPolicy',
  ContactPolicyController_update: 'updateContactPolicy',
  DoNotContactController_add: 'addDoNotContact',
  DoNotContactController_find: 'findDoNotContact',
  DoNotContactController_remove: 'removeDoNotContact',
  WebhooksController_create: 'createWebhook',
  WebhooksController_list: 'listWebhooks',
  WebhooksController_get: 'getWebhook',
  WebhooksController_update: 'updateWebhook',
  WebhooksController_remove: 'deleteWebhook',
  WebhooksController_rotate: 'rotateWebhookSecret',
  WebhooksController_deliveries: 'listWebhookDeliveries',
  WebhooksController_redeliver: 'redeliverWebhookDelivery',
};

/** SwaggerModule.createDocument's operationIdFactory; a route missing from the table keeps Nest's id (a test fails on it). */
export const operationId = (controllerKey: string, methodKey: string): string =>
  OPERATION_IDS[`${controllerKey}_${methodKey}`] ?? `${controllerKey}_${methodKey}`;

/** DocumentBuilder.addTag for each tag the routes use. */
export const TAGS: Array<[name: string, description: string]> = [
  ['Initiation', 'Initiate calls or SMS for a campaign, follow an initiation (report, attempts) and cancel it'],
  ['Campaigns', "The organization's campaigns (EMI, EDI or lead)"],
  ['Customers', "A campaign's customers: add one, in bulk, from CSV; update, list, remove"],
  ['Targeting', 'Preview which customers a filter selects, before initiating'],
  ['Agents', 'The AI agents that make the calls'],
  ['Dispositions', 'The outcomes a call can be given'],
  ['SMS templates', 'DLT-registered SMS templates'],
  ['Phone numbers', "The organization's caller numbers"],
  ['Outcomes', "What happened to each attempt, and a campaign's stats"],
  ['Logs', 'Call and SMS logs (the TimePay logs route) and one communication'],
  ['Contact policy', 'Contact window, attempt caps and the do-not-contact list'],
  ['Webhooks', 'Event subscriptions, their deliveries and secrets'],
  ['Auth', 'Who an API key belongs to'],
  ['Admin', 'Operator routes (ADMIN_API_TOKEN): organizations and API keys'],
  ['Provider callbacks', 'Signed inbound events from the voice runner, the SMS gateway and Twilio'],
  ['Health', 'Liveness and readiness probes'],
  ['Operations', 'Prometheus metrics'],
];

/**
 * `{type: 'object'}` with no properties is a free-form object (a customer's `data`, a provider's
 * `payload`, `extracted`...). OpenAPI says so already, but generators read it as an empty object
 * (openapi-typescript: `Record<string, never>`), so the document says `additionalProperties: true`.
 * Examples are data, not schemas: left alone.
 */
function openFreeFormObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) openFreeFormObjects(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  const composed = ['allOf', 'oneOf', 'anyOf', '$ref', 'properties', 'additionalProperties'].some((k) => k in schema);
  if (schema.type === 'object' && !composed) schema.additionalProperties = true;
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'example' && key !== 'examples') openFreeFormObjects(value);
  }
}

type ResponseObject = { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> };
type OperationObject = {
  requestBody?: { content?: Record<string, unknown> };
  parameters?: Array<{ in?: string }>;
  responses?: Record<string, ResponseObject>;
};

/** What any route with a body, or with query parameters, may answer before its handler runs (app.setup.ts bodyErrors, the ValidationPipe). */
const BODY_TOO_LARGE: ResponseObject = {
  description: 'The body is larger than the limit (10 MB of JSON; 1 MB for the form-encoded Twilio callback)',
  content: {
    'application/json': {
      example: { success: false, error: 'Payload Too Large', message: 'Request body exceeds the 10 MB limit' },
    },
  },
};
const INVALID_REQUEST: ResponseObject = {
  description: 'Validation failed: a parameter or the body is invalid (or the body is not valid JSON)',
  content: {
    'application/json': {
      example: { success: false, message: 'Validation failed', errors: ['Request body is not valid JSON'] },
    },
  },
};

/** What any API route may answer whatever its input (the exception filter's 500, a dependency that is down). */
const UNEXPECTED: ResponseObject = {
  description: 'An unexpected error (logged with an id; nothing internal is said)',
  content: {
    'application/json': { example: { success: false, error: 'Internal Server Error', message: INTERNAL_MESSAGE } },
  },
};
const UNAVAILABLE: ResponseObject = {
  description: 'The database or Redis is unreachable for now: nothing was done, retry shortly',
  content: {
    'application/json': { example: { success: false, error: 'Service Unavailable', message: UNAVAILABLE_MESSAGE } },
  },
};

function documentServerErrors(operation: OperationObject): void {
  const responses = (operation.responses ??= {});
  responses['500'] ??= structuredClone(UNEXPECTED);
  responses['503'] ??= structuredClone(UNAVAILABLE);
}

function documentRequestErrors(operation: OperationObject): void {
  const responses = (operation.responses ??= {});
  const hasQuery = (operation.parameters ?? []).some((p) => p.in === 'query');
  if ((operation.requestBody || hasQuery) && !responses['400']) responses['400'] = structuredClone(INVALID_REQUEST);
  // Parsed bodies have a limit (app.setup.ts); the streamed CSV import has none (SPEC §2).
  const types = Object.keys(operation.requestBody?.content ?? {});
  const limited = types.some((type) => /json|x-www-form-urlencoded/.test(type));
  if (limited && !responses['413']) responses['413'] = structuredClone(BODY_TOO_LARGE);
}

/**
 * Adds the ErrorResponse component and makes it the JSON schema of every 4xx/5xx response (the
 * exception filter answers them all); examples and descriptions stay as each route wrote them.
 * Routes with a body or query parameters also get the 400 and 413 every such route can answer, and
 * every API route the 500 and 503 of the filter.
 */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, [ERROR_RESPONSE]: ERROR_RESPONSE_SCHEMA };
  const schema = { $ref: `#/components/schemas/${ERROR_RESPONSE}` };
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const operation of Object.values(methods) as OperationObject[]) {
      documentRequestErrors(operation);
      if (path.startsWith('/api/')) documentServerErrors(operation);
      // In status order, as Swagger UI lists them (decorators and the additions above come in any order).
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses ?? {}).sort(([a], [b]) => Number(a) - Number(b)),
      );
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const content = (response.content ??= {});
        const json = (content['application/json'] ??= {});
        json.schema = schema;
        // Errors are JSON whatever the route produces (ApiProduces('text/plain') lists its type on them too).
        for (const [type, media] of Object.entries(content)) {
          if (type === 'application/json') continue;
          if (json.example === undefined && media.example !== undefined) json.example = media.example;
          delete content[type];
        }
      }
    }
  }
  openFreeFormObjects(document.components.schemas);
  openFreeFormObjects(document.paths);
  return document;
}
