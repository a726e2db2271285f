import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { PAYMENT_STATUSES } from '../../customers/customer.entity';
import { parseFilters } from '../filters';

/** Validates `filters` with the grammar's own parser; each problem becomes one error string. */
export const IsFilterSet = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isFilterSet',
      validator: {
        validate: (value: unknown, args) => parseFilters(value, args?.property ?? 'filters').problems.length === 0,
        defaultMessage: (args) => parseFilters(args?.value, args?.property ?? 'filters').problems.join('\n'),
      },
    },
    options,
  );

const stringOrList = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const dateOrRange = {
  oneOf: [
    { type: 'string', format: 'date', example: '2025-08-15' },
    {
      type: 'object',
      properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } },
    },
  ],
};
const numberOrRange = {
  oneOf: [{ type: 'number' }, { type: 'object', properties: { min: { type: 'number' }, max: { type: 'number' } } }],
};

/** Documentation of the filter grammar (SPEC §4); validation is done by IsFilterSet. */
export class FiltersDoc {
  @ApiPropertyOptional({
    type: [String],
    description: 'Only these customer ids (loan_id or lead_id); up to 100,000',
    example: ['LOAN-2025-00123'],
  })
  ids?: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Not these customer ids; up to 100,000',
    example: ['LOAN-2025-00789'],
  })
  exclude_ids?: string[];
  @ApiPropertyOptional({
    ...stringOrList,
    description: `One or more of: ${PAYMENT_STATUSES.join(', ')}`,
    example: ['bounced', 'pending'],
  })
  payment_status?: string | string[];
  @ApiPropertyOptional({
    ...stringOrList,
    description:
      'Customer language (one or any of several): case-insensitive, otherwise exact — accents, invisible characters ' +
      'and spaces count (`español` ≠ `espanol`, `hindi\\u200b` ≠ `hindi`)',
    example: 'hindi',
  })
  language?: string | string[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: stringOrList,
    description: 'Custom field equals (or is one of) the value(s); compared exactly, as text',
    example: { branch: 'mumbai', product_type: ['personal_loan', 'home_loan'] },
  })
  custom?: Record<string, string | string[]>;
  @ApiPropertyOptional({
    ...dateOrRange,
    description: 'A date or an inclusive range',
    example: { from: '2025-08-01', to: '2025-08-31' },
  })
  emi_due_date?: unknown;
  @ApiPropertyOptional({ ...dateOrRange, description: 'A date or an inclusive range' })
  lead_date?: unknown;
  @ApiPropertyOptional({
    ...numberOrRange,
    description: 'A number or an inclusive range',
    example: { min: 5000, max: 20000 },
  })
  emi_amount?: unknown;
  @ApiPropertyOptional({ ...numberOrRange })
  loan_amount?: unknown;
  @ApiPropertyOptional({ ...numberOrRange })
  loan_period?: unknown;
  @ApiPropertyOptional({ ...numberOrRange })
  current_emi?: unknown;
}

export const FILTERS_PROPERTY = {
  type: FiltersDoc,
  description:
    'Optional filters; all given keys combine with AND, values in a list with OR. Unknown keys are rejected.',
};
