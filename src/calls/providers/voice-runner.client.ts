import type { AppConfig } from '../../config/app-config';
import type { OutcomeSink } from '../../initiations/channel.port';
import {
  BatchEndpoint,
  batchIdempotencyKey,
  endpointUrl,
  RUNNER_LABEL,
  sendBatch,
} from '../../providers/batch-gateway';
import type { RequestTimer } from '../../providers/provider-timers';
import type { VoiceBatch, VoiceProvider } from './voice-provider';

/** The voice-agent runner of SPEC §6 (`VOICE_PROVIDER=http`): one signed POST per batch. */
export class HttpVoiceProvider implements VoiceProvider {
  readonly name = 'http';
  private readonly endpoint: BatchEndpoint;

  constructor(config: AppConfig, timer?: RequestTimer) {
    const { url, secret, timeoutMs } = config.voice;
    if (!url) throw new Error('VOICE_RUNNER_URL is required when VOICE_PROVIDER=http');
    this.endpoint = { url: endpointUrl(url, '/v1/calls/batch'), secret, timeoutMs, label: RUNNER_LABEL, timer };
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
