import type { Channel } from '../../common/channel';
import type { RetryPolicy } from '../../common/retry-policy';
import type { ChannelParams } from '../channel.port';

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
