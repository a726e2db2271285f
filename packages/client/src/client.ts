import { randomUUID } from 'node:crypto';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { OutreachApiError, OutreachTimeoutError, parseRetryAfter } from './errors';
import { defaultSleep, type Fetch, retryingFetch, type RetryOptions, type Sleep } from './retry';
import type { paths } from './schema';
import type {
  Attempt,
  AttemptsBody,
  AttemptsQuery,
  EnvelopeData,
  InitiateCallsBody,
  InitiateCallsResponse,
  InitiateSmsBody,
  InitiateSmsResponse,
  InitiationBody,
  InitiationStatus,
  InitiationStatusData,
  LogEntry,
  LogsBody,
  LogsPage,
  LogsQuery,
  QueryOf,
  RequestBody,
  SuccessBody,
} from './types';

export interface OutreachClientOptions {
  /** Where the API listens, e.g. `https://outreach.example.com` (the routes' `/api/v1` is added; a trailing `/api/v1` is tolerated). */
  baseUrl: string;
  /** The organization's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Sent as `x-org-id` when given (it must be the key's own organization). */
  orgId?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Retries on 429/503 (`false` = none). */
  retry?: RetryOptions | false;
  /** The fetch used (default `globalThis.fetch`). */
  fetch?: Fetch;
  /** How the client waits (retries, polling); tests inject their own. */
  sleep?: Sleep;
  /** Milliseconds now, for waitForInitiation's deadline (default `Date.now`). */
  now?: () => number;
}

export interface InitiateOptions {
  /** Sent as `Idempotency-Key`; a random UUID when not given (none on a dry run). Reuse one to replay a request safely. */
  idempotencyKey?: string;
  /** `Prefer: respond-async`: answer 202 `{data: {initiationId, status, statusUrl}}` at once. */
  respondAsync?: boolean;
  /** `?dryRun=true`: check and count, dispatch nothing. */
  dryRun?: boolean;
  signal?: AbortSignal;
}

export interface WaitOptions {
  /** Give up (OutreachTimeoutError) after this long (default 10 minutes). */
  timeoutMs?: number;
  /** The first wait between polls (default 250 ms), multiplied by `factor` (default 1.5) up to `maxIntervalMs` (default 5 s). */
  intervalMs?: number;
  maxIntervalMs?: number;
  factor?: number;
  /** Called with each status read, final or not. */
  onPoll?: (status: InitiationStatusData) => void;
  signal?: AbortSignal;
}

/** The statuses after which an initiation's first round changes no more (src/initiations/initiation.entity.ts). */
export const FINAL_INITIATION_STATUSES: readonly InitiationStatus[] = ['completed', 'partial', 'failed', 'canceled'];

export const isFinalStatus = (status: unknown): boolean =>
  (FINAL_INITIATION_STATUSES as readonly unknown[]).includes(status);

/** The initiation id of an initiate answer: the report's top-level `initiationId`, or 202's `data.initiationId`. */
export function initiationIdOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const top = (body as { initiationId?: unknown }).initiationId;
  if (typeof top === 'string') return top;
  const inner = (body as { data?: { initiationId?: unknown } }).data?.initiationId;
  return typeof inner === 'string' ? inner : undefined;
}

type Api = Client<paths>;
const body = <T>(result: { data?: unknown }): T => result.data as T;

/**
 * The Outreach API, typed from its openapi.json. `api` is the openapi-fetch client itself (every
 * route, typed by path); the methods below are the common ones, named by their operationId in the
 * document (plus waitForInitiation, the attempts and logs iterators, countLogs). Every non-2xx answer throws an
 * OutreachApiError (after the retries on 429/503); a 207 is an answer, not an error.
 */
export class OutreachClient {
  /** The openapi-fetch client: `client.api.GET('/api/v1/agents/{id}', { params: { path: { id } } })`. */
  readonly api: Api;
  private readonly sleep: Sleep;
  private readonly now: () => number;

  constructor(options: OutreachClientOptions) {
    if (!options.baseUrl) throw new Error('OutreachClient: baseUrl is required');
    if (!options.apiKey) throw new Error('OutreachClient: apiKey is required');
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    const base: Fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.api = createClient<paths>({
      baseUrl: options.baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, ''),
      fetch: options.retry === false ? base : retryingFetch(base, options.retry, this.sleep),
      headers: {
        ...options.headers,
        Authorization: `Bearer ${options.apiKey}`,
        ...(options.orgId ? { 'x-org-id': options.orgId } : {}),
      },
    });
    this.api.use(throwOnError);
  }

  // --- Organization ---------------------------------------------------------------------------

  /** The key's organization. */
  async whoAmI(): Promise<SuccessBody<'/api/v1/auth/whoami', 'get'>> {
    return body(await this.api.GET('/api/v1/auth/whoami'));
  }

  // --- Campaigns and customers ----------------------------------------------------------------

  async createCampaign(
    campaign: RequestBody<'/api/v1/campaigns/create', 'post'>,
  ): Promise<SuccessBody<'/api/v1/campaigns/create', 'post'>> {
    return body(await this.api.POST('/api/v1/campaigns/create', { body: campaign }));
  }

  async listCampaigns(
    query: QueryOf<'/api/v1/campaigns', 'get'> = {},
  ): Promise<SuccessBody<'/api/v1/campaigns', 'get'>> {
    return body(await this.api.GET('/api/v1/campaigns', { params: { query } }));
  }

  async getCampaign(id: string): Promise<SuccessBody<'/api/v1/campaigns/{id}', 'get'>> {
    return body(await this.api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } }));
  }

  async updateCampaign(
    id: string,
    changes: RequestBody<'/api/v1/campaigns/update/{id}', 'put'>,
  ): Promise<SuccessBody<'/api/v1/campaigns/update/{id}', 'put'>> {
    return body(await this.api.PUT('/api/v1/campaigns/update/{id}', { params: { path: { id } }, body: changes }));
  }

  async deleteCampaign(id: string): Promise<SuccessBody<'/api/v1/campaigns/{id}', 'delete'>> {
    return body(await this.api.DELETE('/api/v1/campaigns/{id}', { params: { path: { id } } }));
  }

  async addCustomer(
    customer: RequestBody<'/api/v1/customers/add', 'post'>,
  ): Promise<SuccessBody<'/api/v1/customers/add', 'post'>> {
    return body(await this.api.POST('/api/v1/customers/add', { body: customer }));
  }

  /** 201 all added, 207 some (an answer: read `results.errors`), 400 none (thrown). */
  async addCustomersBulk(
    request: RequestBody<'/api/v1/customers/add/bulk', 'post'>,
  ): Promise<SuccessBody<'/api/v1/customers/add/bulk', 'post'>> {
    return body(await this.api.POST('/api/v1/customers/add/bulk', { body: request }));
  }

  async listCustomers(
    campaignId: string,
    query: QueryOf<'/api/v1/campaigns/{id}/customers', 'get'> = {},
  ): Promise<SuccessBody<'/api/v1/campaigns/{id}/customers', 'get'>> {
    return body(
      await this.api.GET('/api/v1/campaigns/{id}/customers', { params: { path: { id: campaignId }, query } }),
    );
  }

  async previewAudience(
    campaignId: string,
    request: RequestBody<'/api/v1/campaigns/{id}/audience', 'post'>,
  ): Promise<SuccessBody<'/api/v1/campaigns/{id}/audience', 'post'>> {
    return body(
      await this.api.POST('/api/v1/campaigns/{id}/audience', { params: { path: { id: campaignId } }, body: request }),
    );
  }

  // --- Initiation -----------------------------------------------------------------------------

  /**
   * POST /initiate/:campaignId/calls. Sends an `Idempotency-Key` (a random UUID unless given),
   * so the retries of a 429/503 — and a replay with the same key — dispatch nothing twice.
   * 200 all initiated, 207 some (answers); 202 accepted (`respondAsync`); anything else throws.
   */
  async initiateCalls(
    campaignId: string,
    request: InitiateCallsBody,
    options: InitiateOptions = {},
  ): Promise<InitiateCallsResponse> {
    return body(
      await this.api.POST('/api/v1/initiate/{campaignId}/calls', {
        params: { path: { campaignId }, query: options.dryRun ? { dryRun: true } : {} },
        body: request,
        headers: initiateHeaders(options),
        signal: options.signal,
      }),
    );
  }

  /** POST /initiate/:campaignId/sms, as initiateCalls. */
  async initiateSms(
    campaignId: string,
    request: InitiateSmsBody,
    options: InitiateOptions = {},
  ): Promise<InitiateSmsResponse> {
    return body(
      await this.api.POST('/api/v1/initiate/{campaignId}/sms', {
        params: { path: { campaignId }, query: options.dryRun ? { dryRun: true } : {} },
        body: request,
        headers: initiateHeaders(options),
        signal: options.signal,
      }),
    );
  }

  async listInitiations(
    query: QueryOf<'/api/v1/initiations', 'get'> = {},
  ): Promise<SuccessBody<'/api/v1/initiations', 'get'>> {
    return body(await this.api.GET('/api/v1/initiations', { params: { query } }));
  }

  /** GET /initiations/:id: `{success, data: {initiationId, channel, status, results, outcomes, followUps}}`. */
  async getInitiation(id: string, signal?: AbortSignal): Promise<InitiationBody> {
    return body(await this.api.GET('/api/v1/initiations/{id}', { params: { path: { id } }, signal }));
  }

  async cancelInitiation(id: string): Promise<SuccessBody<'/api/v1/initiations/{id}/cancel', 'post'>> {
    return body(await this.api.POST('/api/v1/initiations/{id}/cancel', { params: { path: { id } } }));
  }

  /** One page of an initiation's attempts (`page`, `limit` ≤ 100, `status`, `outcome`). */
  async listAttempts(id: string, query: AttemptsQuery = {}): Promise<AttemptsBody> {
    return body(await this.api.GET('/api/v1/initiations/{id}/attempts', { params: { path: { id }, query } }));
  }

  /**
   * Polls GET /initiations/:id until its status is final (completed, partial, failed, canceled)
   * and answers its `data`. Waits `intervalMs`, growing by `factor` up to `maxIntervalMs`, or what
   * an answer's `Retry-After` asks; throws OutreachTimeoutError after `timeoutMs`.
   */
  async waitForInitiation(id: string, options: WaitOptions = {}): Promise<InitiationStatusData> {
    const timeoutMs = options.timeoutMs ?? 600_000;
    const maxIntervalMs = options.maxIntervalMs ?? 5_000;
    const factor = options.factor ?? 1.5;
    const deadline = this.now() + timeoutMs;
    let interval = Math.min(options.intervalMs ?? 250, maxIntervalMs);
    for (;;) {
      const { data: answer, response } = await this.api.GET('/api/v1/initiations/{id}', {
        params: { path: { id } },
        signal: options.signal,
      });
      const last = dataOf<InitiationBody>(answer);
      options.onPoll?.(last);
      if (isFinalStatus(last.status)) return last;
      const asked = parseRetryAfter(response.headers.get('retry-after'));
      const wait = asked ?? interval;
      const left = deadline - this.now();
      if (left <= 0 || wait > left) {
        throw new OutreachTimeoutError(
          `Initiation ${id} did not finish within ${timeoutMs} ms (last status: ${last.status})`,
          last,
        );
      }
      await this.sleep(wait);
      options.signal?.throwIfAborted();
      interval = Math.min(maxIntervalMs, Math.ceil(interval * factor));
    }
  }

  /**
   * Every attempt of an initiation, page after page (`limit` per page, default 100) while the
   * answer's `pagination.hasNext` is true.
   */
  async *attempts(id: string, query: AttemptsQuery = {}): AsyncGenerator<Attempt, void, undefined> {
    let page = Number(query.page ?? 1);
    for (;;) {
      const answer = await this.listAttempts(id, pageOf({ limit: 100, ...query, page }));
      const items: Attempt[] = answer.data ?? [];
      yield* items;
      if (!answer.pagination?.hasNext || items.length === 0) return;
      page += 1;
    }
  }

  // --- Outcomes and logs ----------------------------------------------------------------------

  async listAttemptEvents(attemptId: string): Promise<SuccessBody<'/api/v1/attempts/{attemptId}/events', 'get'>> {
    return body(await this.api.GET('/api/v1/attempts/{attemptId}/events', { params: { path: { attemptId } } }));
  }

  async getCampaignStats(
    campaignId: string,
    query: QueryOf<'/api/v1/campaigns/{id}/stats', 'get'> = {},
  ): Promise<SuccessBody<'/api/v1/campaigns/{id}/stats', 'get'>> {
    return body(await this.api.GET('/api/v1/campaigns/{id}/stats', { params: { path: { id: campaignId }, query } }));
  }

  /** One page of logs (`count_only` is countLogs). */
  async getLogs(query: Omit<LogsQuery, 'count_only'> = {}): Promise<LogsPage> {
    return body(await this.api.GET('/api/v1/logs', { params: { query } }));
  }

  /** How many log entries match: `total` of `count_only=true`. */
  async countLogs(query: Omit<LogsQuery, 'count_only' | 'page' | 'per_page' | 'cursor'> = {}): Promise<number> {
    const answer = body<LogsBody>(
      await this.api.GET('/api/v1/logs', { params: { query: { ...query, count_only: true } } }),
    );
    const counted = answer as { total?: unknown; pagination?: { total?: unknown } };
    return Number(counted.total ?? counted.pagination?.total ?? 0);
  }

  /**
   * Every log entry matching `query`, newest first, following `pagination.next_cursor` (keyset:
   * as fast deep down as at the top; SPEC §9) while `has_next` is true.
   */
  async *logs(
    query: Omit<LogsQuery, 'count_only' | 'page' | 'cursor'> = {},
  ): AsyncGenerator<LogEntry, void, undefined> {
    let cursor: string | undefined;
    for (;;) {
      const answer = await this.getLogs({ per_page: 100, ...query, ...(cursor ? { cursor } : {}) });
      const items: LogEntry[] = answer.data ?? [];
      yield* items;
      const next = answer.pagination?.next_cursor;
      if (!answer.pagination?.has_next || !next || next === cursor || items.length === 0) return;
      cursor = next;
    }
  }
}

/** Throws OutreachApiError for every non-2xx answer, on `api` and the methods alike. */
const throwOnError: Middleware = {
  async onResponse({ request, response }) {
    if (!response.ok) throw await OutreachApiError.from(request, response);
    return undefined;
  },
};

function initiateHeaders(options: InitiateOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const key = options.idempotencyKey ?? (options.dryRun ? undefined : randomUUID());
  if (key !== undefined) headers['Idempotency-Key'] = key;
  if (options.respondAsync) headers['Prefer'] = 'respond-async';
  return headers;
}

/** The query with its integer `page` and `limit`, as whatever type the document gives them. */
const pageOf = <Q = AttemptsQuery>(query: object): Q => query as Q;

/** `data` of a success envelope (SPEC §2). */
function dataOf<B>(answer: unknown): EnvelopeData<B> {
  return (answer as { data?: unknown }).data as EnvelopeData<B>;
}
