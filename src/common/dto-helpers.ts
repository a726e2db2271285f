import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Surrounding spaces of a name are never meant. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * A query parameter sent empty (`?status=&search=&page=`, as TimePay clients send every parameter
 * they know) or blank is not given: it takes `fallback` (the field's default, or undefined), never
 * a validation error. Runs after `@Type`, so it looks at the raw text.
 */
export const EmptyIsAbsent = (fallback?: unknown): PropertyDecorator =>
  Transform(({ value, obj, key }: { value: unknown; obj: Record<string, unknown>; key: string }) => {
    const raw = obj[key];
    return typeof raw === 'string' && raw.trim() === '' ? fallback : value;
  });

/**
 * May be left out, but not null: `@IsOptional()` would let `null` through to a NOT NULL column.
 * The field's other checks then report null ("name is required").
 */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_: unknown, value: unknown) => value !== undefined);
