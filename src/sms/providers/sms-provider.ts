import type { LookupAnswer, OutcomeSink } from '../../initiations/channel.port';

/** What the SMS channel hands to an SMS provider: one batch of rendered messages (SPEC §6). */
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

export interface SmsProvider {
  readonly name: string;
  /** Whether a repeat of the same attempt id is de-duplicated by the provider (Twilio: no). */
  readonly deduplicates: boolean;
  sendSms(batch: SmsBatch, sink: OutcomeSink): Promise<void>;
  /** Where the message `ref` stands (the outcome sweep); absent when the provider cannot say (the gateway, the sandbox). */
  lookupMessage?(attemptId: string, ref: string, now: Date): Promise<LookupAnswer>;
}

export const SMS_PROVIDER = Symbol('SMS_PROVIDER');
