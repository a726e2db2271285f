import type { LookupAnswer, OutcomeSink } from '../../initiations/channel.port';
import type { VariableValue } from '../call-batch';

/** What the calls channel hands to a voice provider: one batch of attempts (SPEC §6). */
export interface VoiceCall {
  attemptId: string;
  customerId: string;
  to: string;
  from: string;
  language: string | null;
  variables: Record<string, VariableValue>;
}

export interface VoiceBatch {
  initiationId: string;
  campaignId: string;
  batch: number;
  agentId: string;
  dispositionId: string;
  calls: VoiceCall[];
}

export interface VoiceProvider {
  readonly name: string;
  /** Sends the batch; reports outcomes through `sink`; throws the port's provider errors otherwise. */
  sendCalls(batch: VoiceBatch, sink: OutcomeSink): Promise<void>;
  /** Where the call `callId` stands (the outcome sweep); absent when the provider cannot say. */
  lookupCall?(attemptId: string, callId: string): Promise<LookupAnswer>;
}

export const VOICE_PROVIDER = Symbol('VOICE_PROVIDER');
