import type { Channel } from '../../common/channel';
import type { RetryPolicy } from '../../common/retry-policy';
import type { AppConfig } from '../../config/app-config';
import type { ChannelParams, ChannelResources } from '../channel.port';
import type { Initiation } from '../initiation.entity';

/** An initiate request as the channels' controllers hand it to the use case. */
export interface InitiateRequest {
  channel: Channel;
  campaignId: string;
  /** The channel's own fields (`agentId`, `dispositionId` / `templateId`), in the body's order. */
  params: ChannelParams;
  limit?: number;
  filters?: unknown;
  /** Follow-ups (SPEC §10), structurally validated by the channel's DTO. */
  retry?: RetryPolicy;
}

/** A new initiation's row as either way of writing its selection starts it: queued, nothing selected yet. */
export function newInitiationRow(
  initiation: { id: string; organizationId: string; apiKeyId: string | null; totalMatched: number },
  request: InitiateRequest,
  resources: ChannelResources,
  config: Pick<AppConfig, 'queuePrefix' | 'batchSize'>,
): Partial<Initiation> {
  return {
    ...initiation,
    campaignId: request.campaignId,
    channel: request.channel,
    status: 'queued',
    queuePrefix: config.queuePrefix,
    agentId: resources.agentId ?? null,
    dispositionId: resources.dispositionId ?? null,
    templateId: resources.templateId ?? null,
    request: JSON.stringify({ limit: request.limit ?? null, filters: request.filters ?? null }),
    schedule: null,
    retry: request.retry ? { ...request.retry, on: [...new Set(request.retry.on)] } : null,
    customersSelected: 0,
    batchCount: 0,
    batchSize: config.batchSize,
  };
}
