import type { Agent } from '../agents/agent.entity';
import type { CustomValue } from '../customers/customer-record';
import type { BatchRow } from '../initiations/channel.port';
import type { VoiceCall } from './providers/voice-provider';

export type VariableValue = string | number | boolean | null;

/** Variables as given: `4242`, not `4242.00`; dates `YYYY-MM-DD`. */
export function pickVariables(fields: Record<string, CustomValue>, names: string[]): Record<string, VariableValue> {
  const out: Record<string, VariableValue> = {};
  for (const name of names) out[name] = Object.hasOwn(fields, name) ? fields[name] : null;
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
