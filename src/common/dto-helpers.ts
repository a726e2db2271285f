import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Surrounding spaces of a name are never meant. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * May be left out, but not null: `@IsOptional()` would let `null` through to a NOT NULL column.
 * The field's other checks then report null ("name is required").
 */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_: unknown, value: unknown) => value !== undefined);
