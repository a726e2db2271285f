import { createHmac } from 'node:crypto';
import { batchKey } from '../common/ids';
import type { AttemptOutcome, OutcomeSink } from '../initiations/channel.port';
import { BatchRejectedError, TransientProviderError } from '../initiations/channel.port';
import { HttpTimeoutError, HttpUnreachableError, httpPost } from './http-json';
import { acceptedOutcome, isRecord, reasonOr, rejectedOutcome } from './outcome';
import type { RequestTimer } from './provider-timers';

/**
 * The batch protocol shared by the voice runner and the SMS gateway (SPEC §6): one signed JSON
 * POST per batch, one result per attempt. The two clients differ only in path, payload and the
 * name used in failure reasons.
 */
/** Leads the failure reasons of both batch clients: the seed documents show these exact strings. */
export const RUNNER_LABEL = 'Workflow runner';

export interface BatchEndpoint {
  url: string;
  secret?: string;
  timeoutMs: number;
  /** Leads every failure reason, e.g. "Workflow runner" → "Workflow runner timeout". */
  label: string;
  timer?: RequestTimer;
}

export interface BatchDispatch {
  idempotencyKey: string;
  payload: Record<string, unknown>;
  /** The attempts of the batch, in order: each gets exactly one outcome when the try succeeds. */
  attemptIds: string[];
  /** Result fields that may carry the provider's reference, first present wins. */
  refKeys: readonly string[];
}

/** Joins a configured base URL (which may carry a path prefix) and a protocol path. */
export function endpointUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** Same key on every try of a batch, so a de-duplicating provider acts on it at most once. */
export const batchIdempotencyKey = batchKey;

export function signedJsonRequest(
  payload: Record<string, unknown>,
  idempotencyKey: string,
  secret: string | undefined,
): { body: Buffer; headers: Record<string, string> } {
  // Sign the very bytes that are sent: re-serialising could reorder or re-escape and break the check.
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey };
  if (secret) headers['X-Signature'] = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return { body, headers };
}

/**
 * The batch requests' signature over an empty body: what a signed GET (the runner's status lookup,
 * SPEC §9) carries. No header without a secret.
 */
export function emptyBodySignature(secret: string | undefined): Record<string, string> {
  return secret
    ? { 'X-Signature': `sha256=${createHmac('sha256', secret).update(Buffer.alloc(0)).digest('hex')}` }
    : {};
}

export async function sendBatch(endpoint: BatchEndpoint, dispatch: BatchDispatch, sink: OutcomeSink): Promise<void> {
  const { body, headers } = signedJsonRequest(dispatch.payload, dispatch.idempotencyKey, endpoint.secret);
  let answer;
  try {
    answer = await httpPost({ url: endpoint.url, headers, body, timeoutMs: endpoint.timeoutMs, timer: endpoint.timer });
  } catch (error) {
    if (error instanceof HttpTimeoutError) throw new TransientProviderError(`${endpoint.label} timeout`, true);
    if (error instanceof HttpUnreachableError) throw new TransientProviderError(`${endpoint.label} unreachable`);
    throw error;
  }

  const { status } = answer;
  if (status < 200 || status > 299) {
    const reason = `${endpoint.label} error: HTTP ${status}`;
    if (status >= 500 || status === 429) throw new TransientProviderError(reason);
    throw new BatchRejectedError(reason);
  }

  const results = resultsById(answer.body);
  // A 2xx we cannot read says nothing about any attempt; a retry under the same key is safe.
  if (!results) throw new TransientProviderError(`${endpoint.label} error: invalid response`, true);

  const outcomes: AttemptOutcome[] = dispatch.attemptIds.map((attemptId) => {
    const result = results.get(attemptId);
    if (!result) return rejectedOutcome(attemptId, 'No result from runner');
    if (result.accepted === true) return acceptedOutcome(attemptId, firstRef(result, dispatch.refKeys));
    return rejectedOutcome(attemptId, reasonOr(result.reason, 'Rejected by runner'));
  });
  if (outcomes.length > 0) await sink(outcomes);
}

/**
 * Results keyed by attempt id, or undefined when the body is not `{results: [...]}`. An item
 * without a string attemptId and a boolean accepted counts as no result; the first result for
 * an attempt wins; results for attempts not in the batch are never looked up.
 */
function resultsById(body: unknown): Map<string, Record<string, unknown>> | undefined {
  if (!isRecord(body) || !Array.isArray(body.results)) return undefined;
  const byId = new Map<string, Record<string, unknown>>();
  for (const item of body.results as unknown[]) {
    if (!isRecord(item) || typeof item.attemptId !== 'string' || typeof item.accepted !== 'boolean') continue;
    if (!byId.has(item.attemptId)) byId.set(item.attemptId, item);
  }
  return byId;
}

function firstRef(result: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    if (typeof result[key] === 'string' && result[key] !== '') return result[key];
  }
  return undefined;
}
