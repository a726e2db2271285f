import { ValidationError } from 'class-validator';
import { formatValidationErrors } from './validation';

function error(
  property: string,
  value: unknown,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
) {
  return Object.assign(new ValidationError(), { property, value, constraints, children });
}

describe('formatValidationErrors', () => {
  it('says "is required" for a missing value', () => {
    expect(
      formatValidationErrors([error('templateId', undefined, { isString: 'templateId must be a string' })]),
    ).toEqual(['templateId is required']);
  });

  it('keeps a DTO\'s own "is required" text', () => {
    const e = error('agentId', undefined, { isString: 'agentId is required and must be a string' });
    expect(formatValidationErrors([e])).toEqual(['agentId is required and must be a string']);
  });

  it('names nested and indexed paths', () => {
    const nested = error('filters', {}, undefined, [
      error('payment_status', 'late', { isIn: 'payment_status must be one of: bounced, pending' }),
      error('extra', 1, { whitelistValidation: 'property extra should not exist' }),
    ]);
    const indexed = error('records', [], undefined, [
      error('0', {}, undefined, [error('phone_number', 5, { isString: 'phone_number must be a string' })]),
    ]);
    expect(formatValidationErrors([nested, indexed])).toEqual([
      'filters.payment_status must be one of: bounced, pending',
      'property filters.extra should not exist',
      'records[0].phone_number must be a string',
    ]);
  });
});
