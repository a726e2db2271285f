import type { Channel } from './initiation.entity';

/** The words each channel uses in its report (the seeds'). */
export const CHANNEL_TEXT: Record<Channel, { noun: string; error: string; verb: string }> = {
  calls: { noun: 'Calls', error: 'Call initiation failed', verb: 'calls' },
  sms: { noun: 'SMS messages', error: 'Initiation failed', verb: 'SMS' },
};

/** `Calls initiated for 250 customers` / `Calls initiated for 200 of 250 customers`. */
export function reportMessage(channel: Channel, initiated: number, selected: number, failed: number): string {
  const noun = CHANNEL_TEXT[channel].noun;
  return failed === 0
    ? `${noun} initiated for ${initiated} customers`
    : `${noun} initiated for ${initiated} of ${selected} customers`;
}

/** 200 all initiated, 207 some, 500 none (SPEC §4). */
export function reportStatus(initiated: number, failed: number): 200 | 207 | 500 {
  if (failed === 0) return 200;
  return initiated > 0 ? 207 : 500;
}
