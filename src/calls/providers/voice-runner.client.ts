import type { AppConfig } from '../../config/app-config';
import type { LookupAnswer, OutcomeSink } from '../../initiations/channel.port';
import { CALL_OUTCOMES, CallOutcome } from '../../initiations/outcomes/outcomes';
import type { ProviderEvent } from '../../initiations/outcomes/provider-event';
import {
  BatchEndpoint,
  batchIdempotencyKey,
  emptyBodySignature,
  endpointUrl,
  RUNNER_LABEL,
  sendBatch,
} from '../../providers/batch-gateway';
import { lookup, parseTime } from '../../providers/lookup';
import { isRecord } from '../../providers/outcome';
import type { RequestTimer } from '../../providers/provider-timers';
import type { VoiceBatch, VoiceProvider } from './voice-provider';

/** The voice-agent runner of SPEC §6 (`VOICE_PROVIDER=http`): one signed POST per batch. */
export class HttpVoiceProvider implements VoiceProvider {
  readonly name = 'http';
  private readonly endpoint: BatchEndpoint;
  private readonly baseUrl: string;

  constructor(config: AppConfig, timer?: RequestTimer) {
    const { url, secret, timeoutMs } = config.voice;
    if (!url) throw new Error('VOICE_RUNNER_URL is required when VOICE_PROVIDER=http');
    this.baseUrl = url;
    this.endpoint = { url: endpointUrl(url, '/v1/calls/batch'), secret, timeoutMs, label: RUNNER_LABEL, timer };
  }

  /**
   * SPEC §9: `GET /v1/calls/{callId}`, signed like the batches over an empty body; the answer is one
   * event of the inbound shape, 404 when the runner does not know the call. The disposition is
   * the runner's text (`id: null`): the channel resolves it.
   */
  async lookupCall(attemptId: string, callId: string): Promise<LookupAnswer> {
    const reply = await lookup({
      url: endpointUrl(this.baseUrl, `/v1/calls/${encodeURIComponent(callId)}`),
      headers: emptyBodySignature(this.endpoint.secret),
      timeoutMs: this.endpoint.timeoutMs,
      label: RUNNER_LABEL,
      timer: this.endpoint.timer,
    });
    if (reply.kind !== 'found') return reply;
    const event = readCallEvent(attemptId, callId, reply.body);
    return event
      ? { kind: 'event', event }
      : { kind: 'unavailable', reason: `${RUNNER_LABEL} error: invalid response` };
  }

  sendCalls(batch: VoiceBatch, sink: OutcomeSink): Promise<void> {
    // Fields are listed one by one so the body is exactly the protocol's, whatever else the batch carries.
    const payload = {
      initiationId: batch.initiationId,
      campaignId: batch.campaignId,
      batch: batch.batch,
      agentId: batch.agentId,
      dispositionId: batch.dispositionId,
      calls: batch.calls.map((c) => ({
        attemptId: c.attemptId,
        customerId: c.customerId,
        to: c.to,
        from: c.from,
        language: c.language,
        variables: c.variables,
      })),
    };
    return sendBatch(
      this.endpoint,
      {
        idempotencyKey: batchIdempotencyKey(batch.initiationId, batch.batch),
        payload,
        attemptIds: batch.calls.map((c) => c.attemptId),
        refKeys: ['callId'],
      },
      sink,
    );
  }
}

const isCallOutcome = (value: unknown): value is CallOutcome =>
  typeof value === 'string' && (CALL_OUTCOMES as readonly string[]).includes(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The runner's answer to a lookup as an event of this attempt, or undefined when it is not one
 * (no known `event`, no valid `at`, another attempt's). Optional fields of the wrong type are left out.
 */
export function readCallEvent(
  attemptId: string,
  callId: string,
  body: Record<string, unknown>,
): ProviderEvent | undefined {
  const at = parseTime(body.at);
  if (!isCallOutcome(body.event) || !at) return undefined;
  if (body.attemptId !== undefined && body.attemptId !== attemptId) return undefined;
  const { durationSec, extracted } = body;
  const disposition = text(body.disposition);
  const summary = text(body.summary);
  const recordingUrl = text(body.recordingUrl);
  const transcriptUrl = text(body.transcriptUrl);
  return {
    attemptId,
    providerRef: text(body.callId) ?? callId,
    event: body.event,
    at,
    ...(typeof durationSec === 'number' && Number.isFinite(durationSec) && durationSec >= 0 ? { durationSec } : {}),
    ...(disposition !== undefined ? { disposition: { id: null, name: disposition } } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(recordingUrl !== undefined ? { recordingUrl } : {}),
    ...(transcriptUrl !== undefined ? { transcriptUrl } : {}),
    ...(isRecord(extracted) ? { extracted } : {}),
    payload: body,
  };
}
