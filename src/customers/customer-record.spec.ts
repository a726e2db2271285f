import { isIsoDate } from '../common/time';
import { customText, parseCustomerRecord } from './customer-record';

const ctx = { idField: 'loan_id' as const, region: 'IN' as const };

describe('parseCustomerRecord', () => {
  it('normalises a full record and keeps custom fields in order', () => {
    const result = parseCustomerRecord(
      {
        loan_id: 'LOAN-1',
        first_name: 'Asha',
        phone_number: '9876543210',
        loan_amount: 250000,
        emi_amount: '4242',
        emi_due_date: '2025-08-15',
        payment_status: 'Pending',
        language: 'Hindi',
        timezone: 'Asia/Kolkata',
        branch: 'mumbai',
        score: 7.5,
        vip: true,
        note: null,
      },
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({
        externalId: 'LOAN-1',
        firstName: 'Asha',
        phoneNumber: '+919876543210',
        loanAmount: 250000,
        emiAmount: 4242,
        emiDueDate: '2025-08-15',
        paymentStatus: 'pending',
        language: 'Hindi',
        timezone: 'Asia/Kolkata',
      }),
    });
    if (result.ok)
      expect(Object.entries(result.record.custom)).toEqual([
        ['branch', 'mumbai'],
        ['score', 7.5],
        ['vip', true],
        ['note', null],
      ]);
  });

  it.each([
    [{ phone_number: '9876543210' }, 'loan_id is required'],
    [{ loan_id: '', phone_number: '9876543210' }, 'loan_id is required'],
    [{ loan_id: { a: 1 }, phone_number: '9876543210' }, 'loan_id must be a string'],
    [{ loan_id: 'L1' }, 'phone_number is required'],
    [{ loan_id: 'L1', phone_number: '' }, 'phone_number is required'],
    [{ loan_id: 'L1', phone_number: '12345' }, 'phone_number is not a valid phone number'],
    [{ loan_id: 'L1', phone_number: 'call me' }, 'phone_number is not a valid phone number'],
    [{ loan_id: 'L1', phone_number: '9876543210', loan_amount: 'lots' }, 'loan_amount must be a number'],
    [
      { loan_id: 'L1', phone_number: '9876543210', emi_amount: 1.23456 },
      'emi_amount must have at most 4 decimal places',
    ],
    [
      { loan_id: 'L1', phone_number: '9876543210', emi_due_date: '2025-02-30' },
      'emi_due_date must be a date YYYY-MM-DD',
    ],
    [
      { loan_id: 'L1', phone_number: '9876543210', payment_status: 'late' },
      'payment_status must be one of: bounced, pending, partial, paid, received',
    ],
    [
      { loan_id: 'L1', phone_number: '9876543210', timezone: 'Mars/Olympus' },
      'timezone must be an IANA time zone such as Asia/Kolkata',
    ],
    [{ loan_id: 'L1', phone_number: '9876543210', 'bad key': 1 }, '"bad key" is not a valid field name'],
    [
      { loan_id: 'L1', phone_number: '9876543210', nested: { a: 1 } },
      'nested must be a string, number, boolean or null',
    ],
    [{ loan_id: 'L1', phone_number: '9876543210', first_name: 5 }, 'first_name must be a string'],
  ])('rejects %j: %s', (raw, reason) => {
    const result = parseCustomerRecord(raw, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('reports the id of a rejected record when it is readable', () => {
    expect(parseCustomerRecord({ loan_id: 'L9', phone_number: 'x' }, ctx)).toEqual({
      ok: false,
      id: 'L9',
      reason: 'phone_number is not a valid phone number',
    });
    expect(parseCustomerRecord('nope', ctx)).toEqual({ ok: false, reason: 'record must be an object' });
  });

  it('uses lead_id for lead campaigns and keeps a loan_id there as a custom field', () => {
    const result = parseCustomerRecord(
      { lead_id: 'LEAD-1', loan_id: 'L-77', phone_number: '+12125550100' },
      { idField: 'lead_id', region: 'IN' },
    );
    expect(result.ok && result.record.externalId).toBe('LEAD-1');
    expect(result.ok && result.record.phoneNumber).toBe('+12125550100');
    expect(result.ok && result.record.custom).toEqual({ loan_id: 'L-77' });
  });

  it('keeps ids exactly, trailing spaces and case included', () => {
    const result = parseCustomerRecord({ loan_id: 'Loan-1 ', phone_number: '9876543210' }, ctx);
    expect(result.ok && result.record.externalId).toBe('Loan-1 ');
  });
});

describe('helpers', () => {
  it('reads dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });

  it('gives custom values a text form', () => {
    expect([customText('a '), customText(7.5), customText(true), customText(10)]).toEqual(['a ', '7.5', 'true', '10']);
  });
});
