import type { CustomValue } from '../customers/customer-record';
import type { BatchRow } from '../initiations/channel.port';
import type { SmsMessage } from './providers/sms-provider';
import type { SmsTemplate } from './sms-template.entity';
import { render } from './template-variables';

/** Text form for SMS: numbers as JavaScript prints them (4242, 7.5), booleans true/false, null empty. */
export function textValues(fields: Record<string, CustomValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = value === null ? '' : String(value);
  return out;
}

/** Where an SMS is rendered: the template's body with each customer's current fields. */
export function buildMessages(rows: BatchRow[], template: SmsTemplate): SmsMessage[] {
  return rows.map((row) => ({
    attemptId: row.attemptId,
    customerId: row.customerId,
    to: row.phone,
    text: render(template.body, textValues(row.fields)),
  }));
}
