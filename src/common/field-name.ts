/** Customer field names: standard ones and custom keys alike (SPEC §3); also agent and template variables. */
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export const isFieldName = (value: unknown): value is string => typeof value === 'string' && FIELD_NAME.test(value);
