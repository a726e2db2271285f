import type { TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { BatchItem } from '../support/fakes/fake-runner';
import { allAttempts } from '../support/initiate';
import {
  counts,
  DUBAI,
  EVENING_UTC,
  KOLKATA,
  NEW_YORK,
  NOON_UTC,
  policyApp,
  threeZones,
  uaePhone,
  usPhone,
} from '../support/policy-initiation';

/**
 * Who each rule of SPEC §7 keeps out of an initiation, on both channels, with the injected clock:
 * the calling windows in the borrower's local time, do-not-contact per channel, the attempt caps
 * and duplicate phones — reported, and recorded in the attempt rows.
 */

describe('contact policy inside every initiation (SPEC §7)', () => {
  const policy = policyApp('policy_exclusions');
  const { runner, lender, send, putPolicy, addDnc, reached, excludedRows } = policy;
  let t: TestApp;
  beforeAll(() => {
    ({ t } = policy);
  });

  describe('calling windows in the borrower’s local time', () => {
    it.each<[string, string, string[], string[]]>([
      ['noon UTC: India and Dubai open, New York closed', NOON_UTC, ['AE-1', 'IN-1', 'IN-2'], ['NY-1', 'NY-2']],
      ['17:00 UTC: only New York open', EVENING_UTC, ['NY-1', 'NY-2'], ['AE-1', 'IN-1', 'IN-2']],
    ])('calls at %s', async (_, at, inside, outside) => {
      t.clock.set(at);
      const l = await lender(threeZones());
      const res = await send(l, 'calls');
      expect(res.status).toBe(200);
      expect(reached('calls')).toEqual(inside);
      expect(res.body.results).toMatchObject({
        totalMatched: 5,
        customersSelected: inside.length,
        initiated: inside.length,
        failed: 0,
        excluded: counts({ outside_window: outside.length }),
      });
      expect(res.body.message).toBe(`Calls initiated for ${inside.length} customers`);
      expect((await excludedRows(res.body.initiationId as string)).outside_window.sort()).toEqual(outside);
      const attempts = await allAttempts(t, l.org.key, res.body.initiationId as string);
      const excluded = attempts.filter((a) => a.status === 'excluded');
      expect(excluded.map((a) => [a.customerId, a.reason, a.batch]).sort()).toEqual(
        outside.map((id) => [id, 'outside_window', null]),
      );
    });

    it('local time: the customer’s own zone, else its phone region’s single zone, else the campaign’s', async () => {
      t.clock.set(EVENING_UTC);
      const l = await lender(threeZones());
      const res = await send(l, 'calls', {}, '?dryRun=true');
      expect(res.body.data.excluded.samples.outside_window).toEqual([
        { customerId: 'IN-1', phone: `+91${phone(1)}`, timezone: KOLKATA },
        { customerId: 'IN-2', phone: `+91${phone(2)}`, timezone: KOLKATA },
        { customerId: 'AE-1', phone: uaePhone(1), timezone: DUBAI },
      ]);
    });

    it('SMS keeps its own window (till 21:00): at 20:30 Kolkata SMS go out, calls do not', async () => {
      t.clock.set('2026-03-02T15:00:00.000Z'); // 20:30 Kolkata
      const l = await lender([loanRecord(1), loanRecord(2)]);
      const sms = await send(l, 'sms');
      expect(sms.status).toBe(200);
      expect(sms.body.results.initiated).toBe(2);
      const calls = await send(l, 'calls');
      expect(calls.status).toBe(400);
      expect(calls.body).toEqual({
        success: false,
        message: 'All matched customers are excluded by the contact policy',
        totalMatched: 2,
        excluded: counts({ outside_window: 2 }),
      });
      expect(reached('calls')).toEqual([]);
    });

    it('a window across midnight belongs to the day it opens; the campaign zone is the fallback', async () => {
      const l = await lender(
        [
          loanRecord(1, { loan_id: 'US-1', phone_number: usPhone(11) }),
          loanRecord(2, { loan_id: 'US-2', phone_number: usPhone(12) }),
        ],
        { timezone: NEW_YORK },
      );
      await putPolicy(l, { calls: { window: { start: '22:00', end: '02:00', days: ['sun'] } } });
      t.clock.set('2026-03-02T06:30:00.000Z'); // Monday 01:30 New York: Sunday's window
      expect((await send(l, 'calls')).status).toBe(200);
      expect(reached('calls')).toEqual(['US-1', 'US-2']);
      runner.reset();
      t.clock.set('2026-03-03T06:30:00.000Z'); // Tuesday 01:30: Monday opens no window
      const refused = await send(l, 'calls');
      expect(refused.status).toBe(400);
      expect(refused.body.excluded).toEqual(counts({ outside_window: 2 }));
      expect(reached('calls')).toEqual([]);
    });
  });

  describe('do-not-contact, per channel', () => {
    it('a number listed for calls is not called but is messaged; one listed for all is neither', async () => {
      const l = await lender([loanRecord(1), loanRecord(2), loanRecord(3)]);
      await addDnc(l, [
        { phone: phone(1), channel: 'calls', reason: 'Asked not to be called' },
        { phone: `+91${phone(2)}`, channel: 'all' },
      ]);
      const calls = await send(l, 'calls');
      expect(calls.status).toBe(200);
      expect(reached('calls')).toEqual(['LOAN-000003']);
      expect(calls.body.results.excluded).toEqual(counts({ do_not_contact: 2 }));
      const sms = await send(l, 'sms');
      expect(sms.status).toBe(200);
      expect(reached('sms')).toEqual(['LOAN-000001', 'LOAN-000003']);
      expect(await excludedRows(sms.body.initiationId as string)).toEqual({ do_not_contact: ['LOAN-000002'] });
    });

    it('do_not_contact comes before the other rules', async () => {
      t.clock.set(EVENING_UTC); // India closed
      const l = await lender([loanRecord(1), loanRecord(2, { phone_number: phone(1) }), loanRecord(3)]);
      await addDnc(l, [{ phone: phone(1), channel: 'all' }]);
      const res = await send(l, 'calls');
      expect(res.status).toBe(400);
      expect(res.body.excluded).toEqual(counts({ do_not_contact: 2, outside_window: 1 }));
    });
  });

  describe('attempt caps across the organization’s campaigns', () => {
    it('counts accepted attempts of other campaigns in the rolling window, and frees the phone after it', async () => {
      const l = await lender([loanRecord(1), loanRecord(2)]);
      await putPolicy(l, { calls: { maxAttempts: { count: 2, days: 7 } } });
      expect((await send(l, 'calls')).body.results.initiated).toBe(2);
      t.clock.set('2026-03-03T12:00:00.000Z');
      // A failed attempt is not a contact: LOAN-000002's second call is rejected by the runner.
      runner.behave((request) => ({
        status: 200,
        body: {
          results: (request.body?.calls as BatchItem[]).map((c) => ({
            attemptId: c.attemptId,
            accepted: c.customerId !== 'LOAN-000002',
            callId: `call-${c.attemptId}`,
          })),
        },
      }));
      expect((await send(l, 'calls')).body.results).toMatchObject({ initiated: 1, failed: 1 });
      runner.reset();
      // Another campaign of the same organization holds the same two phones.
      const other = await createCampaign(t, l.org.key);
      await bulkAdd(t, l.org.key, other, [loanRecord(1, { loan_id: 'B-1' }), loanRecord(2, { loan_id: 'B-2' })]);
      const capped = await send(l, 'calls', {}, '', other);
      expect(capped.status).toBe(200);
      expect(reached('calls')).toEqual(['B-2']);
      expect(capped.body.results.excluded).toEqual(counts({ attempt_cap: 1 }));
      // SMS has its own cap.
      expect((await send(l, 'sms', {}, '', other)).body.results.initiated).toBe(2);
      runner.reset();
      // Seven days and a second after the first calls they leave the window: each phone keeps
      // one contact (of 3 March), under the cap of 2.
      t.clock.set('2026-03-09T12:00:01.000Z');
      const later = await send(l, 'calls', {}, '', other);
      expect(later.status).toBe(200);
      expect(reached('calls')).toEqual(['B-1', 'B-2']);
    });

    it('another organization’s contacts never count', async () => {
      const a = await lender([loanRecord(1)]);
      const b = await lender([loanRecord(1)]);
      await putPolicy(a, { calls: { maxAttempts: { count: 1, days: 7 } } });
      await putPolicy(b, { calls: { maxAttempts: { count: 1, days: 7 } } });
      expect((await send(a, 'calls')).body.results.initiated).toBe(1);
      expect((await send(b, 'calls')).body.results.initiated).toBe(1);
    });
  });

  describe('duplicate phones', () => {
    it('the earlier customer (creation order) is reached, later ones are excluded; an excluded twin does not count', async () => {
      t.clock.set(NOON_UTC);
      const l = await lender([
        loanRecord(1, { loan_id: 'A', phone_number: usPhone(7), timezone: NEW_YORK }), // outside window
        loanRecord(2, { loan_id: 'B', phone_number: usPhone(7) }), // Kolkata (campaign zone): first not excluded
        loanRecord(3, { loan_id: 'C', phone_number: usPhone(7) }), // duplicate of B
        loanRecord(4, { loan_id: 'D' }),
        loanRecord(5, { loan_id: 'E', phone_number: phone(4) }), // duplicate of D
      ]);
      const res = await send(l, 'calls');
      expect(res.status).toBe(200);
      expect(reached('calls')).toEqual(['B', 'D']);
      expect(await excludedRows(res.body.initiationId as string)).toEqual({
        outside_window: ['A'],
        duplicate_phone: ['C', 'E'],
      });
      runner.reset();
      await putPolicy(l, { dedupePhone: false });
      const all = await send(l, 'calls');
      expect(reached('calls')).toEqual(['B', 'C', 'D', 'E']);
      expect(all.body.results.excluded).toEqual(counts({ outside_window: 1 }));
    });
  });
});
