import type { Channel } from '../common/channel';
import type { CustomValue } from '../customers/customer-record';
import type { ContactPolicy } from '../contact-policy/policy';
import type { Initiation } from './initiation.entity';
import type { ProviderEvent } from './outcomes/provider-event';

/**
 * What a channel gives the pipeline (STYLE 16): the pipeline knows calls and SMS only through these
 * two interfaces. A channel module registers its `ChannelPort` wherever the API runs and its
 * `ChannelSender` in worker processes (`ChannelRegistry`); adding a channel is a new folder.
 */

/** The words a channel's report uses (the seeds'): `Calls initiated for 250 customers`. */
export interface ChannelText {
  /** `Calls`, `SMS messages`. */
  noun: string;
  /** The `error` of each entry of `results.errors`. */
  error: string;
  /** `Cannot initiate <verb>: Missing variables: …`. */
  verb: string;
}

/** The channel's resources for one initiation, checked and resolved (kept on the initiation). */
export interface ChannelResources {
  /** The customer fields every selected customer must have (the agent's or the template's). */
  variables: string[];
  agentId?: string;
  dispositionId?: string;
  templateId?: string;
}

/** The checks of SPEC §4 that belong to one channel, run before any customer is selected. */
export interface ChannelPort {
  readonly channel: Channel;
  readonly text: ChannelText;
  /**
   * Checks the request's resources in SPEC §4's order (throws the domain error of the first that
   * fails: not found, inactive, not DLT-registered, …) and returns what the initiation keeps.
   */
  prepare(organizationId: string, params: ChannelParams, policy: ContactPolicy): Promise<ChannelResources>;
}

/** The channel-specific part of an initiate request (`agentId` and `dispositionId`, or `templateId`). */
export type ChannelParams = Readonly<Record<string, string | undefined>>;

/** One open attempt of a batch with its customer's current fields (by API name). */
export interface BatchRow {
  attemptId: string;
  customerId: string;
  phone: string;
  language: string | null;
  fields: Record<string, CustomValue>;
}

/** The provider's word on one attempt. `reason` is human-readable when not accepted. */
export interface AttemptOutcome {
  attemptId: string;
  accepted: boolean;
  providerRef?: string;
  /** The number it went out from (the call's `from`, the SMS sender), when accepted. */
  from?: string;
  reason?: string;
}

/** Receives definite outcomes as they are known; the pipeline writes them at once. */
export type OutcomeSink = (outcomes: AttemptOutcome[]) => Promise<void>;

/** The sink with each accepted outcome's `from` number filled in (kept for logs' `from`). */
export function withFrom(
  sink: OutcomeSink,
  fromOf: ReadonlyMap<string, string> | ((attemptId: string) => string | undefined),
): OutcomeSink {
  const lookup = typeof fromOf === 'function' ? fromOf : (id: string) => fromOf.get(id);
  return (outcomes) =>
    sink(outcomes.map((o) => (o.accepted && o.from === undefined ? { ...o, from: lookup(o.attemptId) } : o)));
}

/** Sends batches of one channel (worker processes only). */
export interface ChannelSender {
  readonly channel: Channel;
  /**
   * Whether each attempt is claimed (`sending`) before it is sent: the provider cannot de-duplicate
   * a repeat (Twilio), so a run that finds an earlier run's claim fails it, never re-sends it.
   */
  readonly claimsBeforeSending: boolean;
  /**
   * Whether attempts of this channel can carry a claim from an earlier run (the channel has a
   * provider that claims, whichever one is configured now): each run closes those first.
   */
  readonly mayHoldClaims: boolean;
  /**
   * Hands one batch's rows to the provider; reports each outcome through `sink`; throws one of
   * the errors below (or a DomainError that settles the batch) otherwise.
   */
  send(initiation: Initiation, batch: number, rows: BatchRow[], sink: OutcomeSink): Promise<void>;
  /**
   * Asks the provider where one attempt stands (the outcome sweep, SPEC §9), where its protocol
   * allows; absent, or answering `none`, when it does not: the sweep then expires the attempt.
   * Never throws for the provider's failures: those are `unavailable`.
   */
  lookup?(attempt: LookupTarget): Promise<LookupAnswer>;
}

/** An attempt the outcome sweep looks up: the provider knows it by `providerRef` (callId, sid). */
export interface LookupTarget {
  attemptId: string;
  organizationId: string;
  providerRef: string | null;
  /** The sweep's time: the `at` of an answer that carries none. */
  now: Date;
}

/**
 * The provider's word on one attempt: an event (final or not; the sweep applies it, and expires the
 * attempt when it is not final), `unknown` (404, or nothing to say yet) or `unavailable` (5xx, no
 * answer in time, an unreadable answer: asked again at the next sweep). `none`: the provider was
 * not asked (its protocol has no lookup, or the attempt has no reference to ask by).
 */
export type LookupAnswer =
  | { kind: 'event'; event: ProviderEvent }
  | { kind: 'unknown' }
  | { kind: 'none' }
  | { kind: 'unavailable'; reason: string };

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
