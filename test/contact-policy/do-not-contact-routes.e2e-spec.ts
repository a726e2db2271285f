import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { invalid, ISO } from '../support/catalogue';

const DNC = '/api/v1/do-not-contact';
const DNC_NOT_FOUND = { success: false, message: 'Do-not-contact entry not found' };

/** /api/v1/do-not-contact: add, list, delete, per organization. The policy itself: policy-routes. */

describe('contact policy routes (/api/v1/contact-policy, /api/v1/do-not-contact)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const newKey = async (name: string) => (await t.createOrg(name)).apiKey;

  describe('do-not-contact', () => {
    const add = (key: string, entries: unknown) => t.http.post(DNC).set(bearer(key)).send({ entries });
    const list = async (key: string, query = '') =>
      (await t.http.get(`${DNC}${query}`).set(bearer(key)).expect(200)).body;
    const phones = (body: { data: Array<{ phone: string; channel: string }> }) =>
      body.data.map((e) => `${e.phone} ${e.channel}`).sort();
    const setCreatedAt = (organizationId: string, phone: string, at: string) =>
      t.app
        .get(DataSource)
        .query('UPDATE do_not_contact SET created_at = ? WHERE organization_id = ? AND phone = ?', [
          new Date(at),
          organizationId,
          phone,
        ]);

    it('adds entries in E.164 (national numbers read in DEFAULT_PHONE_REGION IN); re-adding updates the reason', async () => {
      const key = await newKey('DNC add');
      const res = await add(key, [
        { phone: '9876543210', channel: 'all', reason: 'Asked not to be called' },
        { phone: '+919876543211', channel: 'sms' },
        { phone: '+971501234567', channel: 'calls', reason: 'Dubai' },
      ]).expect(201);
      expect(res.body).toEqual({
        success: true,
        message: 'Do-not-contact list updated',
        data: { added: 3, updated: 0 },
      });
      const one = await list(key, `?phone=${encodeURIComponent('+919876543210')}`);
      expect(one).toEqual({
        success: true,
        data: [{ phone: '+919876543210', channel: 'all', reason: 'Asked not to be called', createdAt: ISO }],
        pagination: { page: 1, limit: 20, total: 1, totalPages: 1, hasNext: false, hasPrev: false },
      });

      // The same number in another form, same channel: an update of the reason.
      const again = await add(key, [{ phone: '+91 98765 43210', channel: 'all', reason: 'Complaint' }]).expect(201);
      expect(again.body.data).toEqual({ added: 0, updated: 1 });
      expect((await list(key, '?phone=9876543210')).data).toEqual([
        { phone: '+919876543210', channel: 'all', reason: 'Complaint', createdAt: ISO },
      ]);

      // The same number on another channel is a new entry; a mix counts each.
      const mixed = await add(key, [
        { phone: '9876543210', channel: 'calls' },
        { phone: '9876543211', channel: 'sms', reason: 'Now with a reason' },
      ]).expect(201);
      expect(mixed.body.data).toEqual({ added: 1, updated: 1 });
      expect(phones(await list(key))).toEqual([
        '+919876543210 all',
        '+919876543210 calls',
        '+919876543211 sms',
        '+971501234567 calls',
      ]);
      expect((await list(key, '?phone=9876543211')).data[0].reason).toBe('Now with a reason');
    });

    it.each<[string, unknown, string[]]>([
      [
        'one invalid phone',
        [
          { phone: '9876543212', channel: 'all' },
          { phone: '12345', channel: 'sms' },
        ],
        ['entries[1].phone is not a valid phone number'],
      ],
      [
        "channel 'email'",
        [{ phone: '9876543212', channel: 'email' }],
        ['entries[0].channel must be one of: calls, sms, all'],
      ],
      ['no entries', [], ['entries must contain at least 1 entry']],
      [
        'an unknown entry property',
        [{ phone: '9876543212', channel: 'all', foo: 1 }],
        ['property entries[0].foo should not exist'],
      ],
      [
        '10,001 entries',
        Array.from({ length: 10001 }, () => ({ phone: '9876543212', channel: 'all' })),
        ['entries must contain at most 10000 entries'],
      ],
    ])('refuses %s and stores nothing', async (_label, entries, errors) => {
      const key = await newKey('DNC invalid');
      expect((await add(key, entries).expect(400)).body).toEqual(invalid(...errors));
      expect(await list(key)).toEqual({
        success: true,
        data: [],
        pagination: { page: 1, limit: 20, total: 0, totalPages: 0, hasNext: false, hasPrev: false },
      });
    });

    it('accepts 10,000 entries (repeats of one number count once)', async () => {
      const key = await newKey('DNC max');
      const entries = Array.from({ length: 10000 }, () => ({ phone: '9876543213', channel: 'sms' }));
      expect((await add(key, entries).expect(201)).body.data).toEqual({ added: 1, updated: 0 });
      expect(phones(await list(key))).toEqual(['+919876543213 sms']);
    });

    it('lists newest first with pagination, filters by ?phone= and ?channel=', async () => {
      const { id: orgId, apiKey: key } = await t.createOrg('DNC list');
      await add(key, [
        { phone: '9876543221', channel: 'all' },
        { phone: '9876543222', channel: 'sms' },
        { phone: '9876543223', channel: 'calls' },
        { phone: '9876543222', channel: 'calls' },
      ]).expect(201);
      await setCreatedAt(orgId, '+919876543221', '2026-01-01T00:00:00.000Z');
      await setCreatedAt(orgId, '+919876543222', '2026-01-02T00:00:00.000Z');
      await setCreatedAt(orgId, '+919876543223', '2026-01-03T00:00:00.000Z');

      const first = await list(key, '?page=1&limit=2');
      expect(first.data.map((e: { phone: string; channel: string }) => `${e.phone} ${e.channel}`)).toEqual([
        '+919876543223 calls',
        '+919876543222 calls',
      ]);
      expect(first.data[0].createdAt).toBe('2026-01-03T00:00:00.000Z');
      expect(first.pagination).toEqual({ page: 1, limit: 2, total: 4, totalPages: 2, hasNext: true, hasPrev: false });
      const second = await list(key, '?page=2&limit=2');
      expect(second.data.map((e: { phone: string; channel: string }) => `${e.phone} ${e.channel}`)).toEqual([
        '+919876543222 sms',
        '+919876543221 all',
      ]);
      expect(second.pagination).toEqual({ page: 2, limit: 2, total: 4, totalPages: 2, hasNext: false, hasPrev: true });

      expect(phones(await list(key, '?phone=9876543222'))).toEqual(['+919876543222 calls', '+919876543222 sms']);
      expect(phones(await list(key, `?phone=${encodeURIComponent('+919876543222')}`))).toEqual([
        '+919876543222 calls',
        '+919876543222 sms',
      ]);
      expect(phones(await list(key, '?channel=calls'))).toEqual(['+919876543222 calls', '+919876543223 calls']);
      expect(phones(await list(key, '?channel=all'))).toEqual(['+919876543221 all']);
      expect(phones(await list(key, '?phone=9876543222&channel=sms'))).toEqual(['+919876543222 sms']);
      expect((await list(key, '?phone=9876543299')).data).toEqual([]);

      expect((await t.http.get(`${DNC}?phone=12`).set(bearer(key)).expect(400)).body).toEqual(
        invalid('phone is not a valid phone number'),
      );
      expect((await t.http.get(`${DNC}?channel=email`).set(bearer(key)).expect(400)).body).toEqual(
        invalid('channel must be one of: calls, sms, all'),
      );
    });

    it('DELETE removes every channel’s entry of a number, or with ?channel= only that one', async () => {
      const key = await newKey('DNC delete');
      await add(key, [
        { phone: '9876543231', channel: 'all' },
        { phone: '9876543231', channel: 'sms' },
        { phone: '9876543231', channel: 'calls' },
        { phone: '9876543232', channel: 'sms' },
      ]).expect(201);

      const one = await t.http.delete(`${DNC}/${encodeURIComponent('+919876543231')}?channel=sms`).set(bearer(key));
      expect(one.status).toBe(200);
      expect(one.body).toEqual({
        success: true,
        message: 'Removed from the do-not-contact list',
        data: { removed: 1 },
      });
      expect(phones(await list(key))).toEqual(['+919876543231 all', '+919876543231 calls', '+919876543232 sms']);

      // Again the same channel: nothing left to remove.
      expect(
        (
          await t.http
            .delete(`${DNC}/${encodeURIComponent('+919876543231')}?channel=sms`)
            .set(bearer(key))
            .expect(404)
        ).body,
      ).toEqual(DNC_NOT_FOUND);

      const all = await t.http.delete(`${DNC}/9876543231`).set(bearer(key)).expect(200);
      expect(all.body.data).toEqual({ removed: 2 });
      expect(phones(await list(key))).toEqual(['+919876543232 sms']);

      expect((await t.http.delete(`${DNC}/9876543231`).set(bearer(key)).expect(404)).body).toEqual(DNC_NOT_FOUND);
      expect(
        (
          await t.http
            .delete(`${DNC}/${encodeURIComponent('+919876543299')}`)
            .set(bearer(key))
            .expect(404)
        ).body,
      ).toEqual(DNC_NOT_FOUND);
      expect(phones(await list(key))).toEqual(['+919876543232 sms']);
      expect((await t.http.delete(`${DNC}/not-a-phone`).set(bearer(key)).expect(400)).body).toEqual(
        invalid('phone is not a valid phone number'),
      );
      expect((await t.http.delete(`${DNC}/9876543232?channel=email`).set(bearer(key)).expect(400)).body).toEqual(
        invalid('channel must be one of: calls, sms, all'),
      );
      expect(phones(await list(key))).toEqual(['+919876543232 sms']);
    });

    it('keeps organizations apart: another cannot see or delete the entries, and lists its own', async () => {
      const a = await newKey('DNC iso A');
      const b = await newKey('DNC iso B');
      await add(a, [{ phone: '9876543241', channel: 'all', reason: 'A' }]).expect(201);

      expect((await list(b)).data).toEqual([]);
      expect((await list(b, '?phone=9876543241')).pagination.total).toBe(0);
      expect(
        (
          await t.http
            .delete(`${DNC}/${encodeURIComponent('+919876543241')}`)
            .set(bearer(b))
            .expect(404)
        ).body,
      ).toEqual(DNC_NOT_FOUND);
      // The same number is new to B, and B's reason is B's.
      expect((await add(b, [{ phone: '9876543241', channel: 'all', reason: 'B' }]).expect(201)).body.data).toEqual({
        added: 1,
        updated: 0,
      });
      expect((await list(a, '?phone=9876543241')).data).toEqual([
        { phone: '+919876543241', channel: 'all', reason: 'A', createdAt: ISO },
      ]);
      await t.http.delete(`${DNC}/9876543241`).set(bearer(b)).expect(200);
      expect((await list(a)).pagination.total).toBe(1);
      expect((await list(b)).pagination.total).toBe(0);
    });
  });
});
