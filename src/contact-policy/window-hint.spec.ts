import { DEFAULT_POLICY } from './policy';
import { outsideWindowHint } from './window-hint';

describe('outsideWindowHint', () => {
  it('names the window in force, the count and the route that changes it', () => {
    expect(outsideWindowHint('calls', DEFAULT_POLICY.calls.window, 3)).toBe(
      "3 matched customers are outside the calls window (08:00–19:00 every day, in each customer's local time). " +
        'GET /api/v1/contact-policy shows the policy; PUT /api/v1/contact-policy changes the window ' +
        '(e.g. {"calls":{"window":{"start":"00:00","end":"24:00"}}} for a trial), ' +
        'or "outsideWindow":"schedule" sends when it opens.',
    );
  });

  it('lists the days of a window that does not open every day, and speaks of one customer in the singular', () => {
    const hint = outsideWindowHint('sms', { start: '09:00', end: '18:00', days: ['mon', 'tue'] }, 1);
    expect(hint).toMatch(/^1 matched customer is outside the SMS window \(09:00–18:00 mon, tue,/);
    expect(hint).toContain('{"sms":{"window":');
  });
});
