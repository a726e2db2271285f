import type { Agent } from '../agents/agent.entity';
import type { CustomValue } from '../customers/customer-record';
import type { SmsTemplate } from '../sms/sms-template.entity';
import { render } from '../sms/template-variables';
import type { SmsMessage, VariableValue, VoiceCall } from '../providers/provider.types';

/** One queued attempt of a batch with its customer's current fields (by API name). */
export interface BatchRow {
  attemptId: string;
  customerId: string;
  phone: string;
  language: string | null;
  fields: Record<string, CustomValue>;
}

/** Variables as given: `4242`, not `4242.00`; dates `YYYY-MM-DD`. */
export function pickVariables(fields: Record<string, CustomValue>, names: string[]): Record<string, VariableValue> {
  const out: Record<string, VariableValue> = {};
  for (const name of names) out[name] = Object.hasOwn(fields, name) ? fields[name] : null;
  return out;
}

/** Text form for SMS: numbers as JavaScript prints them (4242, 7.5), booleans true/false, null empty. */
export function textValues(fields: Record<string, CustomValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = value === null ? '' : String(value);
  return out;
}

/**
 * Calls go out from the organization's active voice numbers, spread evenly: the n-th selected
 * customer of the initiation (over all batches) uses number n mod count.
 */
export function buildCalls(rows: BatchRow[], agent: Agent, numbers: string[], firstIndex: number): VoiceCall[] {
  return rows.map((row, i) => ({
    attemptId: row.attemptId,
    customerId: row.customerId,
    to: row.phone,
    from: numbers[(firstIndex + i) % numbers.length],
    language: row.language,
    variables: pickVariables(row.fields, agent.variables),
  }));
}

export function buildMessages(rows: BatchRow[], template: SmsTemplate): SmsMessage[] {
  return rows.map((row) => ({
    attemptId: row.attemptId,
    customerId: row.customerId,
    to: row.phone,
    text: render(template.body, textValues(row.fields)),
  }));
}
