import type { ApiPropertyOptions } from '@nestjs/swagger';
import { registerDecorator, ValidationArguments } from 'class-validator';
import type { Channel } from './channel';
import { isPlainObject } from './plain-object';

/**
 * SPEC §10 follow-ups: `retry: {on, afterSeconds, maxAttempts}` of an initiate body (and of
 * customers/add's `callConfig`). Shared by the pipeline, the channels' DTOs and customers/, so it
 * lives here; the shortest delay is configuration (FOLLOW_UP_MIN_DELAY_S), checked where the
 * config is injected (`retryDelayProblems`).
 */
export interface RetryPolicy {
  on: string[];
  afterSeconds: number;
  maxAttempts: number;
}

/** The final outcomes a follow-up may be asked for, per channel. */
export const RETRYABLE_OUTCOMES: Record<Channel, readonly string[]> = {
  calls: ['no_answer', 'busy', 'voicemail', 'failed'],
  sms: ['undelivered', 'failed'],
};
export const RETRY_MAX_DELAY_S = 604_800;
export const RETRY_MAX_ATTEMPTS = 5;

/** Everything wrong with `value` as a retry policy of `channel`, as readable strings (none: valid). */
export function retryProblems(value: unknown, channel: Channel): string[] {
  if (!isPlainObject(value)) return ['retry must be an object {on, afterSeconds, maxAttempts}'];
  const problems: string[] = [];
  const allowed = RETRYABLE_OUTCOMES[channel];
  const on = value.on;
  if (!Array.isArray(on) || on.length === 0) {
    problems.push(`retry.on must be a non-empty list of: ${allowed.join(', ')}`);
  } else {
    const wrong = on.filter((o) => typeof o !== 'string' || !allowed.includes(o));
    if (wrong.length > 0)
      problems.push(`retry.on must contain only: ${allowed.join(', ')} (got ${wrong.map(String).join(', ')})`);
  }
  const after = value.afterSeconds;
  if (typeof after !== 'number' || !Number.isInteger(after) || after > RETRY_MAX_DELAY_S)
    problems.push(`retry.afterSeconds must be an integer of at most ${RETRY_MAX_DELAY_S}`);
  const max = value.maxAttempts;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > RETRY_MAX_ATTEMPTS)
    problems.push(`retry.maxAttempts must be an integer from 1 to ${RETRY_MAX_ATTEMPTS}`);
  const extra = Object.keys(value).filter((k) => !['on', 'afterSeconds', 'maxAttempts'].includes(k));
  if (extra.length > 0) problems.push(`retry has unknown fields: ${extra.join(', ')}`);
  return problems;
}

/** The configured lower bound of `afterSeconds` (a structurally valid policy only). */
export function retryDelayProblems(retry: RetryPolicy | undefined, minDelayS: number): string[] {
  if (!retry || typeof retry.afterSeconds !== 'number' || retry.afterSeconds >= minDelayS) return [];
  return [`retry.afterSeconds must be at least ${minDelayS}`];
}

/** Class-validator decorator: the property is a valid retry policy of `channel` (the delay's lower bound aside). */
export function IsRetryPolicy(channel: Channel): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isRetryPolicy',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => value === undefined || retryProblems(value, channel).length === 0,
        defaultMessage: (args?: ValidationArguments) => retryProblems(args?.value, channel).join('; '),
      },
    });
  };
}

/** Swagger for `retry` (the channel's outcomes named). */
export function retryProperty(channel: Channel, minDelayS = 300): ApiPropertyOptions {
  return {
    required: false,
    type: 'object',
    description:
      `Follow-ups (SPEC §10): when an attempt's final outcome is in \`on\`, the same customer is contacted again ` +
      `\`afterSeconds\` later (at least FOLLOW_UP_MIN_DELAY_S, default ${minDelayS}; at most ${RETRY_MAX_DELAY_S}), ` +
      `up to \`maxAttempts\` (1–${RETRY_MAX_ATTEMPTS}) follow-ups per customer. \`on\` ⊆ ${RETRYABLE_OUTCOMES[channel].join(', ')}.`,
    properties: {
      on: { type: 'array', items: { type: 'string', enum: [...RETRYABLE_OUTCOMES[channel]] } },
      afterSeconds: { type: 'integer', minimum: minDelayS, maximum: RETRY_MAX_DELAY_S },
      maxAttempts: { type: 'integer', minimum: 1, maximum: RETRY_MAX_ATTEMPTS },
    },
    example:
      channel === 'calls'
        ? { on: ['no_answer', 'busy'], afterSeconds: 3600, maxAttempts: 2 }
        : { on: ['undelivered'], afterSeconds: 1800, maxAttempts: 1 },
  } as unknown as ApiPropertyOptions;
}
