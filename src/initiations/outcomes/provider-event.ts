import type { EventSource } from '../attempt-event.entity';
import type { Outcome } from './outcomes';

/**
 * One event a provider reported, in the pipeline's words (SPEC §9): the inbound routes of each
 * channel (calls/, sms/), the outcome sweep's lookups and its expiry all come down to this.
 * An event names its attempt by `attemptId`, or (Twilio's status callback) by `providerRef` alone.
 */
export interface ProviderEvent {
  attemptId?: string;
  /** The provider's id of the call or message (callId, messageId, Twilio's sid). */
  providerRef?: string;
  event: Outcome;
  at: Date;
  durationSec?: number;
  /** Resolved by the channel: the organization's disposition (`id`) or the provider's text (`id: null`). */
  disposition?: { id: string | null; name: string };
  summary?: string;
  recordingUrl?: string;
  transcriptUrl?: string;
  extracted?: Record<string, unknown>;
  /** Why it ended so (an SMS error, `No outcome from provider`). */
  reason?: string;
  /** The event as the provider sent it, kept in the attempt's history. */
  payload?: Record<string, unknown>;
}

/** What the inbound routes answer: `{accepted, duplicates, unknown}` (SPEC §9). */
export interface ApplyResult {
  /** Events stored in the history for the first time. */
  accepted: number;
  /** Events already stored: the same (attempt, event, at) again. */
  duplicates: number;
  /** Attempt ids (or provider refs) that match no attempt of this channel. */
  unknown: string[];
}

export interface ApplyOptions {
  channel: 'calls' | 'sms';
  source: EventSource;
  /**
   * A duplicate is the same (attempt, event) again, whatever its `at`: for providers whose events
   * carry no time of their own (Twilio's callbacks are stamped on arrival).
   */
  sameEventIsDuplicate?: boolean;
  /**
   * The caller's last step before the write, given the organization of each attempt id the events
   * name (from the same read that finds the attempts; ids of no attempt of the channel are absent):
   * the events to apply, naming the same attempts. Voice resolves its dispositions here.
   */
  withOrganizations?: (organizationOf: Map<string, string>) => Promise<ProviderEvent[]>;
}
