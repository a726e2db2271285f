/**
 * What calls and SMS hand to a provider: one batch of attempts. The channels differ only here
 * (SPEC §6); everything up to "send this batch" is shared.
 */
export type VariableValue = string | number | boolean | null;

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

export interface SmsMessage {
  attemptId: string;
  customerId: string;
  to: string;
  text: string;
}

export interface SmsBatch {
  initiationId: string;
  batch: number;
  templateId: string;
  dltTemplateId: string | null;
  senderId: string;
  messages: SmsMessage[];
}

/** The provider's word on one attempt. `reason` is human-readable when not accepted. */
export interface AttemptOutcome {
  attemptId: string;
  accepted: boolean;
  providerRef?: string;
  reason?: string;
}

/** Receives definite outcomes as they are known; the caller writes them at once. */
export type OutcomeSink = (outcomes: AttemptOutcome[]) => Promise<void>;

/**
 * This try failed as a whole and may succeed later (timeout, HTTP 5xx, connection refused): the
 * batch is retried, up to DISPATCH_ATTEMPTS, for the attempts that have no outcome yet.
 */
export class TransientProviderError extends Error {
  constructor(
    reason: string,
    /** No answer, or an unreadable one: the provider may have taken the batch. */
    readonly maybeTaken = false,
  ) {
    super(reason);
    this.name = 'TransientProviderError';
  }
}

/** The provider refused the whole batch (HTTP 4xx): every attempt without an outcome fails with this reason. */
export class BatchRejectedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BatchRejectedError';
  }
}

export interface VoiceProvider {
  readonly name: string;
  /** Sends the batch; reports outcomes through `sink`; throws one of the errors above otherwise. */
  sendCalls(batch: VoiceBatch, sink: OutcomeSink): Promise<void>;
}

export interface SmsProvider {
  readonly name: string;
  /** Whether a repeat of the same attempt id is de-duplicated by the provider (Twilio: no). */
  readonly deduplicates: boolean;
  sendSms(batch: SmsBatch, sink: OutcomeSink): Promise<void>;
}

/** Told how long each request to the provider took, in seconds (the provider latency histogram). */
export type RequestTimer = (seconds: number) => void;

export const VOICE_PROVIDER = Symbol('VOICE_PROVIDER');
export const SMS_PROVIDER = Symbol('SMS_PROVIDER');
