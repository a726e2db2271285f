import net from 'node:net';
import type { VoiceBatch } from '../../src/calls/providers/voice-provider';
import type { AttemptOutcome, OutcomeSink } from '../../src/initiations/channel.port';
import type { SmsBatch } from '../../src/sms/providers/sms-provider';

export const attemptId = (n: number): string => `att_${n.toString(16).padStart(24, '0')}`;
export const e164 = (n: number): string => `+9198${String(n).padStart(8, '0')}`;

export function voiceBatch(size: number, batch = 1): VoiceBatch {
  return {
    initiationId: 'ini_0123456789abcdef01234567',
    campaignId: 'cmp_1',
    batch,
    agentId: 'agent_7',
    dispositionId: 'disp_3',
    calls: Array.from({ length: size }, (_, i) => ({
      attemptId: attemptId(i + 1),
      customerId: String(1000 + i),
      to: e164(i + 1),
      from: '+918000000001',
      language: i % 2 === 0 ? 'hindi' : null,
      variables: { first_name: `Borrower ${i + 1}`, emi_amount: 1500.5 + i, vip: i % 3 === 0, note: null },
    })),
  };
}

export function smsBatch(size: number, batch = 1): SmsBatch {
  return {
    initiationId: 'ini_0123456789abcdef01234567',
    batch,
    templateId: 'tpl_1',
    dltTemplateId: '1107161234567890123',
    senderId: 'TMPAYS',
    messages: Array.from({ length: size }, (_, i) => ({
      attemptId: attemptId(i + 1),
      customerId: String(1000 + i),
      to: e164(i + 1),
      text: `Dear Borrower ${i + 1}, your EMI of ₹${1500 + i} is due on 5 Aug — "pay" & relax.`,
    })),
  };
}

/** A sink that keeps what it is given, call by call. */
export function recordingSink(): { sink: OutcomeSink; calls: AttemptOutcome[][]; outcomes: () => AttemptOutcome[] } {
  const calls: AttemptOutcome[][] = [];
  return {
    calls,
    sink: async (outcomes) => {
      calls.push(outcomes);
    },
    outcomes: () => calls.flat(),
  };
}

/** A loopback URL on which nothing listens: a port taken from the OS and given back. */
export async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
