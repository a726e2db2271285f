/** Customer field names: standard ones and custom keys alike (SPEC §3); also agent and template variables. */
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Names JavaScript gives a meaning to on every object: never a field, so never a prototype trap. */
export const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

export const isFieldName = (value: unknown): boolean =>
  typeof value === 'string' && FIELD_NAME.test(value) && !RESERVED_NAMES.has(value);
