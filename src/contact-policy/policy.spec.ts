import { DEFAULT_POLICY, effectivePolicy, mergePolicy } from './policy';
import { phoneTimeZone } from './zones';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** SPEC §7, verbatim. */
const SPEC_DEFAULTS = {
  timezone: 'Asia/Kolkata',
  calls: { window: { start: '08:00', end: '19:00', days: EVERY_DAY }, maxAttempts: { count: 7, days: 7 } },
  sms: { window: { start: '08:00', end: '21:00', days: EVERY_DAY }, maxAttempts: { count: 3, days: 1 } },
  dedupePhone: true,
  requireDlt: true,
  outsideWindow: 'exclude',
};

describe('DEFAULT_POLICY / effectivePolicy', () => {
  it('the defaults are exactly those of SPEC §7', () => {
    expect(DEFAULT_POLICY).toStrictEqual(SPEC_DEFAULTS);
    expect(effectivePolicy({}, {})).toStrictEqual(SPEC_DEFAULTS);
    expect(effectivePolicy(undefined, undefined)).toStrictEqual(SPEC_DEFAULTS);
    expect(effectivePolicy(null, null)).toStrictEqual(SPEC_DEFAULTS);
  });

  it('applies the organization’s patch, then the campaign’s', () => {
    const org = { timezone: 'Asia/Dubai', calls: { window: { start: '09:00' } }, dedupePhone: false };
    const campaign = { timezone: 'Europe/London', calls: { window: { end: '18:00' } }, outsideWindow: 'schedule' };
    expect(effectivePolicy(org, campaign)).toStrictEqual({
      ...SPEC_DEFAULTS,
      timezone: 'Europe/London',
      calls: { window: { start: '09:00', end: '18:00', days: EVERY_DAY }, maxAttempts: { count: 7, days: 7 } },
      dedupePhone: false,
      outsideWindow: 'schedule',
    });
    // The campaign wins over the organization on the same key.
    expect(
      effectivePolicy({ calls: { window: { start: '09:00' } } }, { calls: { window: { start: '10:30' } } }).calls,
    ).toStrictEqual({ window: { start: '10:30', end: '19:00', days: EVERY_DAY }, maxAttempts: { count: 7, days: 7 } });
    expect(effectivePolicy({ requireDlt: false }, { requireDlt: true }).requireDlt).toBe(true);
  });

  it('merges nested objects key by key and keeps what is not given', () => {
    const p = effectivePolicy({ sms: { maxAttempts: { count: 5 } } }, { sms: { maxAttempts: { days: 2 } } });
    expect(p.sms).toStrictEqual({
      window: { start: '08:00', end: '21:00', days: EVERY_DAY },
      maxAttempts: { count: 5, days: 2 },
    });
    expect(p.calls).toStrictEqual(SPEC_DEFAULTS.calls);
    expect(p.timezone).toBe('Asia/Kolkata');
  });

  it('replaces arrays (days) whole, never merging them by index', () => {
    expect(effectivePolicy({ calls: { window: { days: ['mon', 'tue'] } } }, {}).calls.window).toStrictEqual({
      start: '08:00',
      end: '19:00',
      days: ['mon', 'tue'],
    });
    const p = effectivePolicy(
      { calls: { window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] } } },
      {
        calls: { window: { days: ['sat'] } },
      },
    );
    expect(p.calls.window.days).toStrictEqual(['sat']);
    expect(effectivePolicy({ sms: { window: { days: [] } } }, {}).sms.window.days).toStrictEqual([]);
  });

  it('never changes the defaults or the patches it is given', () => {
    const org = { calls: { window: { start: '09:00' } } };
    const p = effectivePolicy(org, {});
    p.calls.window.days.pop();
    p.sms.maxAttempts.count = 99;
    expect(DEFAULT_POLICY).toStrictEqual(SPEC_DEFAULTS);
    expect(effectivePolicy({}, {})).toStrictEqual(SPEC_DEFAULTS);
    expect(org).toStrictEqual({ calls: { window: { start: '09:00' } } });
  });
});

describe('mergePolicy', () => {
  it('merges objects, replaces other values and skips undefined ones', () => {
    const base = { a: { b: 1, c: [1, 2, 3] }, d: 'x', e: true };
    expect(mergePolicy(base, { a: { c: [9] }, d: undefined, e: false, f: 2 })).toStrictEqual({
      a: { b: 1, c: [9] },
      d: 'x',
      e: false,
      f: 2,
    });
    expect(base).toStrictEqual({ a: { b: 1, c: [1, 2, 3] }, d: 'x', e: true });
  });

  it('keeps the base when the patch is undefined and takes a non-object patch whole', () => {
    expect(mergePolicy({ a: 1 }, undefined)).toStrictEqual({ a: 1 });
    expect(mergePolicy(['a', 'b'], ['c'])).toStrictEqual(['c']);
    expect(mergePolicy({ a: { b: 1 } }, { a: 'flat' })).toStrictEqual({ a: 'flat' });
  });

  it('accumulates successive patches (as stored organization parts are)', () => {
    const first = mergePolicy({}, { calls: { window: { start: '09:00' } } });
    const second = mergePolicy(first, { calls: { maxAttempts: { count: 3 } }, timezone: 'Asia/Dubai' });
    expect(second).toStrictEqual({
      calls: { window: { start: '09:00' }, maxAttempts: { count: 3 } },
      timezone: 'Asia/Dubai',
    });
  });
});

describe('phoneTimeZone', () => {
  it.each([
    ['an Indian number', '+919876543210', 'Asia/Kolkata'],
    ['a UAE number', '+971501234567', 'Asia/Dubai'],
    ['a GB number', '+447911123456', 'Europe/London'],
    ['a US number (several zones)', '+12125550123', null],
    ['a number without a region', '+999123', null],
    ['not a number', 'hello', null],
  ])('%s: %s → %s', (_label, e164, zone) => {
    expect(phoneTimeZone(e164)).toBe(zone);
  });
});
