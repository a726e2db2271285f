import type { BatchRow } from '../initiations/channel.port';
import { buildMessages } from './sms-batch';
import type { SmsTemplate } from './sms-template.entity';

const row = (n: number, fields: BatchRow['fields']): BatchRow => ({
  attemptId: `att_${n}`,
  customerId: `L${n}`,
  phone: `+9198000000${n}`,
  language: 'hindi',
  fields,
});

describe('SMS batch', () => {
  it('renders SMS text from standard and custom fields', () => {
    const template = {
      body: 'Hi {{first_name}}, EMI {{ emi_amount }} due {{emi_due_date}} at {{branch}}{{missing}}. VIP={{vip}}',
    } as SmsTemplate;
    const [message] = buildMessages(
      [row(1, { first_name: 'Asha', emi_amount: 4242, emi_due_date: '2025-08-15', branch: 'Mumbai', vip: false })],
      template,
    );
    expect(message).toEqual({
      attemptId: 'att_1',
      customerId: 'L1',
      to: '+91980000001',
      text: 'Hi Asha, EMI 4242 due 2025-08-15 at Mumbai. VIP=false',
    });
    const [decimal] = buildMessages([row(2, { emi_amount: 4242.5 })], { body: '{{emi_amount}}' } as SmsTemplate);
    expect(decimal.text).toBe('4242.5');
  });
});
