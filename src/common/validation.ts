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

/** The one global pipe: unknown properties are errors, never silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(formatValidationErrors(errors)),
  });
}
