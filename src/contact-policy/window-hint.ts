import type { ContactWindow, PolicyChannel } from './policy';

const CHANNEL_NAME: Record<PolicyChannel, string> = { calls: 'calls', sms: 'SMS' };

/**
 * What to do when customers were excluded as `outside_window`: the window in force (in the
 * customer's local time) and where to change it. Sent beside the seed's exact `message` of the
 * "all excluded" 400, so a trial at night says why nothing went out (SPEC §7).
 */
export function outsideWindowHint(channel: PolicyChannel, window: ContactWindow, excluded: number): string {
  const who = excluded === 1 ? '1 matched customer is' : `${excluded} matched customers are`;
  const days = window.days.length === 7 ? 'every day' : window.days.join(', ');
  return (
    `${who} outside the ${CHANNEL_NAME[channel]} window (${window.start}–${window.end} ${days}, ` +
    `in each customer's local time). GET /api/v1/contact-policy shows the policy; PUT /api/v1/contact-policy ` +
    `changes the window (e.g. {"${channel}":{"window":{"start":"00:00","end":"24:00"}}} for a trial), ` +
    `or "outsideWindow":"schedule" sends when it opens.`
  );
}
