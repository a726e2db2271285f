/**
 * The contact policy (SPEC §7): when, how often and whom an organization may contact. Stored per
 * organization as the parts it changed, overridden per campaign; the effective policy is the
 * defaults, then the organization's parts, then the campaign's.
 */
import { CHANNELS } from '../common/channel';
import { isPlainObject } from '../common/plain-object';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export const OUTSIDE_WINDOW = ['exclude', 'schedule'] as const;
export type OutsideWindow = (typeof OUTSIDE_WINDOW)[number];
/** A policy has rules for every channel. */
export const POLICY_CHANNELS = CHANNELS;
export type PolicyChannel = (typeof POLICY_CHANNELS)[number];

/** Exclusion reasons, in the order the rules are checked. */
export const EXCLUSION_REASONS = ['do_not_contact', 'attempt_cap', 'outside_window', 'duplicate_phone'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface ContactWindow {
  /** Local HH:MM. */
  start: string;
  /** Local HH:MM or 24:00; before `start` runs across midnight; equal to `start` is an empty window. */
  end: string;
  /** The days on which the window opens. */
  days: Day[];
}

export interface ChannelPolicy {
  window: ContactWindow;
  maxAttempts: { count: number; days: number };
}

export interface ContactPolicy {
  timezone: string;
  calls: ChannelPolicy;
  sms: ChannelPolicy;
  dedupePhone: boolean;
  requireDlt: boolean;
  outsideWindow: OutsideWindow;
}

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};
export type ContactPolicyPatch = DeepPartial<ContactPolicy>;

export const DEFAULT_POLICY: ContactPolicy = {
  timezone: 'Asia/Kolkata',
  calls: {
    window: { start: '08:00', end: '19:00', days: [...DAYS] },
    maxAttempts: { count: 7, days: 7 },
  },
  sms: {
    window: { start: '08:00', end: '21:00', days: [...DAYS] },
    maxAttempts: { count: 3, days: 1 },
  },
  dedupePhone: true,
  requireDlt: true,
  outsideWindow: 'exclude',
};

/** `patch` over `base`: objects merge key by key, anything else (arrays included) replaces. */
export function mergePolicy<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? mergePolicy(out[key], value) : value;
  }
  return out as T;
}

/** The policy in force for one campaign of an organization. */
export function effectivePolicy(organizationPatch: unknown, campaignPatch: unknown): ContactPolicy {
  return mergePolicy(mergePolicy(structuredClone(DEFAULT_POLICY), organizationPatch ?? {}), campaignPatch ?? {});
}
