import type { ChannelText } from '../channel.port';

/** `Calls initiated for 250 customers` / `Calls initiated for 200 of 250 customers`. */
export function reportMessage(text: ChannelText, initiated: number, selected: number, failed: number): string {
  return failed === 0
    ? `${text.noun} initiated for ${initiated} customers`
    : `${text.noun} initiated for ${initiated} of ${selected} customers`;
}

/** 200 all initiated, 207 some, 500 none (SPEC §4). */
export function reportStatus(initiated: number, failed: number): 200 | 207 | 500 {
  if (failed === 0) return 200;
  return initiated > 0 ? 207 : 500;
}
