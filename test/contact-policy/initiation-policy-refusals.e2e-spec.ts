import { bearer, TestApp } from '../support/app';
import { loanRecord, phone } from '../support/factories';
import { initiationRows } from '../support/initiate';
import { counts, EVENING_UTC, KOLKATA, Lender, NEW_YORK, policyApp, usPhone } from '../support/policy-initiation';

/**
 * SPEC §7 where it shapes the answer itself: the limit applied after the exclusions, the 400 when
 * everyone is excluded, the dry run's exclusion samples, and the SMS DLT rules.
 */

describe('contact policy inside every initiation (SPEC §7)', () => {
  const policy = policyApp('policy_refusals');
  const { runner, gateway, lender, send, putPolicy, addDnc, reached } = policy;
  let t: TestApp;
  beforeAll(() => {
    ({ t } = policy);
  });

  describe('limit, refusals and dry runs', () => {
    it('limit takes the first of those left after the exclusions', async () => {
      const l = await lender(Array.from({ length: 10 }, (_, i) => loanRecord(i + 1)));
      await addDnc(
        l,
        [1, 2, 4].map((n) => ({ phone: phone(n), channel: 'calls' })),
      );
      const res = await send(l, 'calls', { limit: 5 });
      expect(res.status).toBe(200);
      expect(res.body.results).toMatchObject({
        totalMatched: 10,
        customersSelected: 5,
        initiated: 5,
        excluded: counts({ do_not_contact: 3 }),
      });
      expect(reached('calls')).toEqual(['LOAN-000003', 'LOAN-000005', 'LOAN-000006', 'LOAN-000007', 'LOAN-000008']);
    });

    it('everyone excluded: 400 with the counts, and nothing is written or dispatched', async () => {
      t.clock.set(EVENING_UTC);
      const l = await lender([loanRecord(1), loanRecord(2), loanRecord(3)]);
      await addDnc(l, [{ phone: phone(3), channel: 'sms' }]);
      const before = await initiationRows(t, [l.org.orgId]);
      for (const channel of ['calls', 'sms'] as const) {
        const res = await send(l, channel);
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          success: false,
          message: 'All matched customers are excluded by the contact policy',
          totalMatched: 3,
          excluded:
            channel === 'calls' ? counts({ outside_window: 3 }) : counts({ do_not_contact: 1, outside_window: 2 }),
        });
      }
      expect(await initiationRows(t, [l.org.orgId])).toEqual(before);
      expect(runner.requests).toHaveLength(0);
      expect(gateway.requests).toHaveLength(0);
    });

    it('dryRun reports the exclusions with up to 20 samples per reason, and dispatches nothing', async () => {
      const records = [
        ...Array.from({ length: 25 }, (_, i) =>
          loanRecord(i + 1, { phone_number: usPhone(100 + i), timezone: NEW_YORK }),
        ),
        loanRecord(30),
        loanRecord(31, { phone_number: phone(30) }),
      ];
      const l = await lender(records);
      const res = await send(l, 'calls', {}, '?dryRun=true');
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({
        totalMatched: 27,
        customersSelected: 1,
        batches: 1,
        missingVariables: [],
        excluded: counts({ outside_window: 25, duplicate_phone: 1 }),
      });
      const samples = res.body.data.excluded.samples as Record<string, Array<{ customerId: string }>>;
      expect(samples.outside_window).toHaveLength(20);
      expect(samples.outside_window[0]).toEqual({ customerId: 'LOAN-000001', phone: usPhone(100), timezone: NEW_YORK });
      expect(samples.duplicate_phone).toEqual([
        { customerId: 'LOAN-000031', phone: `+91${phone(30)}`, timezone: KOLKATA },
      ]);
      expect(samples.do_not_contact).toEqual([]);
      expect(runner.requests).toHaveLength(0);
      expect(await initiationRows(t, [l.org.orgId])).toEqual({ initiations: 0, attempts: 0 });
    });

    it('missing variables are checked on the selected customers only, after the exclusions', async () => {
      const l = await lender([
        loanRecord(1, { first_name: null, phone_number: usPhone(40), timezone: NEW_YORK }),
        loanRecord(2),
      ]);
      const res = await send(l, 'calls');
      expect(res.status).toBe(200);
      expect(reached('calls')).toEqual(['LOAN-000002']);
    });
  });

  describe('SMS DLT rules', () => {
    const template = (l: Lender, body: object) =>
      t.http
        .post('/api/v1/sms/templates')
        .set(bearer(l.org.key))
        .send({ name: 'T', body: 'Hello {{first_name}}', ...body })
        .expect(201)
        .then((r) => r.body.data.id as string);

    it('refuses a template without a DLT id, or with a sender id that is not 6 letters, unless requireDlt is off', async () => {
      const l = await lender([loanRecord(1)]);
      const noDlt = await template(l, { senderId: 'TMPPAY' });
      const badSender = await template(l, { senderId: 'TMP123', dltTemplateId: '1107161234567890123' });
      const before = await initiationRows(t, [l.org.orgId]);
      for (const [id, message] of [
        [noDlt, 'Template is not DLT-registered'],
        [badSender, 'Sender ID must be 6 letters'],
      ]) {
        const res = await send(l, 'sms', { templateId: id });
        expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: { success: false, message } });
        expect((await send(l, 'sms', { templateId: id }, '?dryRun=true')).status).toBe(400);
      }
      expect(await initiationRows(t, [l.org.orgId])).toEqual(before);
      await putPolicy(l, { requireDlt: false });
      expect((await send(l, 'sms', { templateId: noDlt })).status).toBe(200);
    });
  });
});
