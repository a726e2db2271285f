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
import type { SmsBatch, SmsProvider } from './sms-provider';

/**
 * The generic SMS gateway of SPEC §6 (`SMS_PROVIDER=http`): same protocol as the voice runner.
 * Failure reasons say "Workflow runner" on purpose: the seed document of Initiate SMS shows
 * `Workflow runner timeout`, and clients match on those strings.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http';
  /** The protocol requires de-duplication by Idempotency-Key (SPEC §4 "Delivery guarantees"). */
  readonly deduplicates = true;
  private readonly endpoint: BatchEndpoint;

  constructor(config: AppConfig, timer?: RequestTimer) {
    const { url, secret, timeoutMs } = config.sms;
    if (!url) throw new Error('SMS_GATEWAY_URL is required when SMS_PROVIDER=http');
    this.endpoint = { url: endpointUrl(url, '/v1/sms/batch'), secret, timeoutMs, label: RUNNER_LABEL, timer };
  }

  sendSms(batch: SmsBatch, sink: OutcomeSink): Promise<void> {
    const payload = {
      initiationId: batch.initiationId,
      batch: batch.batch,
      templateId: batch.templateId,
      dltTemplateId: batch.dltTemplateId,
      senderId: batch.senderId,
      messages: batch.messages.map((m) => ({
        attemptId: m.attemptId,
        customerId: m.customerId,
        to: m.to,
        text: m.text,
      })),
    };
    return sendBatch(
      this.endpoint,
      {
        idempotencyKey: batchIdempotencyKey(batch.initiationId, batch.batch),
        payload,
        attemptIds: batch.messages.map((m) => m.attemptId),
        // Gateways name their reference messageId; some reuse the runner's callId.
        refKeys: ['messageId', 'callId'],
      },
      sink,
    );
  }
}
