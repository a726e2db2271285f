import { ApiProperty } from '@nestjs/swagger';
import type { CustomerRecord, CustomValue } from '../customer-record';
import type { Customer } from '../customer.entity';

export class CustomerResponseDto {
  @ApiProperty({ example: 'LOAN-2025-00123', description: 'loan_id or lead_id' }) id!: string;
  @ApiProperty({
    description: 'The record as given: standard fields (normalised: E.164 phone, lower-case status) and custom fields',
    example: {
      loan_id: 'LOAN-2025-00123',
      first_name: 'Asha',
      phone_number: '+919876543210',
      emi_amount: 4242,
      branch: 'mumbai',
    },
  })
  data!: Record<string, CustomValue>;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) updatedAt!: string;
}

type StandardRow = Omit<CustomerRecord, 'externalId' | 'custom'>;
const STANDARD: Array<[keyof StandardRow, string]> = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['phoneNumber', 'phone_number'],
  ['loanAmount', 'loan_amount'],
  ['emiAmount', 'emi_amount'],
  ['loanPeriod', 'loan_period'],
  ['currentEmi', 'current_emi'],
  ['emiDueDate', 'emi_due_date'],
  ['leadDate', 'lead_date'],
  ['paymentStatus', 'payment_status'],
  ['language', 'language'],
  ['timezone', 'timezone'],
];

/** The record's fields by their API names: set standard fields, then custom fields in their order. */
export function customerFields(
  c: Customer | CustomerRecord,
  idField: 'loan_id' | 'lead_id',
): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = { [idField]: c.externalId };
  for (const [prop, name] of STANDARD) {
    const value = c[prop];
    if (value !== null && value !== undefined) out[name] = value;
  }
  const custom =
    typeof c.custom === 'string' ? (JSON.parse(c.custom) as Record<string, CustomValue>) : (c.custom ?? {});
  for (const [key, value] of Object.entries(custom)) if (!Object.hasOwn(out, key)) out[key] = value;
  return out;
}

export function toCustomerResponse(c: Customer, idField: 'loan_id' | 'lead_id'): CustomerResponseDto {
  return {
    id: c.externalId,
    data: customerFields(c, idField),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
