import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { validationFailed } from './errors';

/** Type checks explain a bad value best; they are reported before range or format checks. */
const FIRST = [
  'isDefined',
  'isNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isIn',
  'isEnum',
];

function primary(constraints: Record<string, string>): string {
  const key = FIRST.find((k) => k in constraints) ?? Object.keys(constraints).reverse()[0];
  return constraints[key];
}

function join(parent: string, property: string): string {
  if (parent === '') return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

/**
 * One readable string per problem, named by its full path (`filters.payment_status ...`).
 * A missing value says "<path> is required" unless the DTO gives its own "is required" text.
 */
export function formatValidationErrors(errors: ValidationError[], parent = ''): string[] {
  const out: string[] = [];
  for (const error of errors) {
    const path = join(parent, error.property);
    const constraints = error.constraints ?? {};
    if (constraints.whitelistValidation) {
      out.push(`property ${path} should not exist`);
    } else if (Object.keys(constraints).length > 0) {
      const texts = Object.values(constraints);
      if (error.value === undefined || error.value === null) {
        out.push(texts.find((t) => t.includes('is required')) ?? `${path} is required`);
      } else {
        const text = primary(constraints);
        // A constraint may report several problems, one per line (the filter grammar does).
        for (const line of text.split('\n')) {
          out.push(line.startsWith(`${error.property} `) ? `${path}${line.slice(error.property.length)}` : line);
        }
      }
    }
    if (error.children && error.children.length > 0) out.push(...formatValidationErrors(error.children, path));
  }
  return out;
}

const RESERVED_KEYS = ['__proto__', 'prototype', 'constructor'];

/** Paths of own `__proto__` / `prototype` / `constructor` keys anywhere in a parsed body. */
export function reservedKeyPaths(value: unknown, path = '', found: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || found.length >= 20) return found;
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    if (!Array.isArray(value) && RESERVED_KEYS.includes(key)) found.push(at);
    reservedKeyPaths(child, at, found);
  }
  return found;
}

/**
 * Nest's pipe deletes `__proto__`, `prototype` and `constructor` keys before validating. Deleting
 * is silent: `filters: {"__proto__": {...}}` would become "no filter" and widen the audience, and a
 * custom field named `constructor` would vanish. Here they are refused instead.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override stripProtoKeys(value: unknown): void {
    const paths = reservedKeyPaths(value);
    if (paths.length > 0) throw validationFailed(paths.map((p) => `property ${p} is not allowed`));
  }
}

/** The one global pipe: unknown properties are errors, never silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(formatValidationErrors(errors)),
  });
}
