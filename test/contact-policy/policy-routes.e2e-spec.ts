import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { campaignBody } from '../support/factories';

const POLICY = '/api/v1/contact-policy';
const DNC = '/api/v1/do-not-contact';
const CAMPAIGNS = '/api/v1/campaigns';
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** SPEC §7, verbatim. */
const DEFAULTS = {
  timezone: 'Asia/Kolkata',
  calls: { window: { start: '08:00', end: '19:00', days: EVERY_DAY }, maxAttempts: { count: 7, days: 7 } },
  sms: { window: { start: '08:00', end: '21:00', days: EVERY_DAY }, maxAttempts: { count: 3, days: 1 } },
  dedupePhone: true,
  requireDlt: true,
  outsideWindow: 'exclude',
};
const ISO = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const invalid = (...errors: string[]) => ({ success: false, message: 'Validation failed', errors });
const UNAUTHORIZED = { success: false, error: 'Unauthorized', message: 'Missing or invalid authorization header' };
const MISMATCH = { success: false, message: 'Campaign ID invalid or mismatch for your organization.' };
const DNC_NOT_FOUND = { success: false, message: 'Do-not-contact entry not found' };

describe('contact policy routes (/api/v1/contact-policy, /api/v1/do-not-contact)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const newKey = async (name: string) => (await t.createOrg(name)).apiKey;
  const getPolicy = async (key: string, query = '') =>
    (await t.http.get(`${POLICY}${query}`).set(bearer(key)).expect(200)).body;
  const putPolicy = (key: string, body: unknown) =>
    t.http
      .put(POLICY)
      .set(bearer(key))
      .send(body as object);
  const createCampaign = async (key: string, overrides: Record<string, unknown> = {}): Promise<string> => {
    const res = await t.http.post(`${CAMPAIGNS}/create`).set(bearer(key)).send(campaignBody(overrides)).expect(201);
    return res.body.data.id as string;
  };
  const getCampaign = async (key: string, id: string) =>
    (await t.http.get(`${CAMPAIGNS}/${id}`).set(bearer(key)).expect(200)).body.data;

  describe('the policy', () => {
    it('is the SPEC §7 defaults for a new organization', async () => {
      const key = await newKey('Policy defaults');
      expect(await getPolicy(key)).toEqual({ success: true, data: DEFAULTS });
    });

    it('PUT is partial: later changes keep earlier ones, objects merge, days are replaced whole', async () => {
      const key = await newKey('Policy partial');
      const first = await putPolicy(key, { calls: { window: { start: '09:00' } } }).expect(200);
      const afterFirst = {
        ...DEFAULTS,
        calls: { ...DEFAULTS.calls, window: { start: '09:00', end: '19:00', days: EVERY_DAY } },
      };
      expect(first.body).toEqual({ success: true, message: 'Contact policy updated', data: afterFirst });

      const second = await putPolicy(key, {
        timezone: 'Asia/Dubai',
        calls: { window: { days: ['mon', 'tue', 'wed'] }, maxAttempts: { count: 3 } },
        sms: { window: { end: '24:00' } },
        outsideWindow: 'schedule',
      }).expect(200);
      const afterSecond = {
        ...DEFAULTS,
        timezone: 'Asia/Dubai',
        calls: {
          window: { start: '09:00', end: '19:00', days: ['mon', 'tue', 'wed'] },
          maxAttempts: { count: 3, days: 7 },
        },
        sms: { ...DEFAULTS.sms, window: { start: '08:00', end: '24:00', days: EVERY_DAY } },
        outsideWindow: 'schedule',
      };
      expect(second.body.data).toEqual(afterSecond);

      // days replaced whole, never merged by index.
      const third = await putPolicy(key, { calls: { window: { days: ['sat'] } }, dedupePhone: false }).expect(200);
      const afterThird = {
        ...afterSecond,
        calls: { ...afterSecond.calls, window: { ...afterSecond.calls.window, days: ['sat'] } },
        dedupePhone: false,
      };
      expect(third.body.data).toEqual(afterThird);
      expect(await getPolicy(key)).toEqual({ success: true, data: afterThird });

      // An empty PUT changes nothing.
      expect((await putPolicy(key, {}).expect(200)).body.data).toEqual(afterThird);
      expect((await getPolicy(key)).data).toEqual(afterThird);
    });

    it('accepts a window across midnight, an empty window and the bounds of maxAttempts', async () => {
      const key = await newKey('Policy bounds');
      const res = await putPolicy(key, {
        calls: { window: { start: '20:00', end: '02:00' }, maxAttempts: { count: 1, days: 1 } },
        sms: { window: { start: '00:00', end: '00:00' } },
      }).expect(200);
      expect(res.body.data.calls).toEqual({
        window: { start: '20:00', end: '02:00', days: EVERY_DAY },
        maxAttempts: { count: 1, days: 1 },
      });
      expect(res.body.data.sms.window).toEqual({ start: '00:00', end: '00:00', days: EVERY_DAY });
    });

    describe('validation', () => {
      let key: string;
      let before: unknown;
      beforeAll(async () => {
        key = await newKey('Policy validation');
        await putPolicy(key, { calls: { window: { start: '09:30' } }, sms: { maxAttempts: { count: 2 } } }).expect(200);
        before = (await getPolicy(key)).data;
      });

      it.each<[string, unknown, string]>([
        ["start '8:00'", { calls: { window: { start: '8:00' } } }, 'calls.window.start must be a time HH:MM (24 h)'],
        [
          "end '25:00'",
          { calls: { window: { end: '25:00' } } },
          'calls.window.end must be a time HH:MM (24 h) or 24:00',
        ],
        [
          "start '24:00' (only end may be 24:00)",
          { sms: { window: { start: '24:00' } } },
          'sms.window.start must be a time HH:MM (24 h)',
        ],
        ["end '24:30'", { sms: { window: { end: '24:30' } } }, 'sms.window.end must be a time HH:MM (24 h) or 24:00'],
        [
          'an unknown day',
          { calls: { window: { days: ['mon', 'funday'] } } },
          'calls.window.days must be some of: mon, tue, wed, thu, fri, sat, sun',
        ],
        [
          'a repeated day',
          { calls: { window: { days: ['mon', 'tue', 'mon'] } } },
          'calls.window.days must not repeat a day',
        ],
        ['count 0', { calls: { maxAttempts: { count: 0 } } }, 'calls.maxAttempts.count must not be less than 1'],
        ['days 0', { sms: { maxAttempts: { days: 0 } } }, 'sms.maxAttempts.days must not be less than 1'],
        ['days 1.5', { calls: { maxAttempts: { days: 1.5 } } }, 'calls.maxAttempts.days must be an integer number'],
        [
          "count '3' (a string)",
          { sms: { maxAttempts: { count: '3' } } },
          'sms.maxAttempts.count must be an integer number',
        ],
        [
          "timezone 'Mars/Olympus'",
          { timezone: 'Mars/Olympus' },
          'timezone must be an IANA time zone such as Asia/Kolkata',
        ],
        ["outsideWindow 'later'", { outsideWindow: 'later' }, 'outsideWindow must be one of: exclude, schedule'],
        ['an unknown nested property', { calls: { window: { foo: 1 } } }, 'property calls.window.foo should not exist'],
        ['an unknown top-level property', { email: { window: {} } }, 'property email should not exist'],
        ['timezone null', { timezone: null }, 'timezone is required'],
        ['calls.window null', { calls: { window: null } }, 'calls.window is required'],
        ['a non-object calls', { calls: 'x' }, 'calls must be an object'],
        ['an array as calls', { calls: [] }, 'calls must be an object'],
      ])('refuses %s, naming the field, and changes nothing', async (_label, body, error) => {
        expect((await putPolicy(key, body).expect(400)).body).toEqual(invalid(error));
        expect((await getPolicy(key)).data).toEqual(before);
      });

      it('refuses a body with a valid part and an invalid one as a whole', async () => {
        const res = await putPolicy(key, { timezone: 'Asia/Dubai', calls: { window: { end: '25:00' } } }).expect(400);
        expect(res.body).toEqual(invalid('calls.window.end must be a time HH:MM (24 h) or 24:00'));
        expect((await getPolicy(key)).data).toEqual(before);
        expect((before as { timezone: string }).timezone).toBe('Asia/Kolkata');
      });
    });

    it('answers 401 without a key, on every route', async () => {
      expect((await t.http.get(POLICY).expect(401)).body).toEqual(UNAUTHORIZED);
      expect((await t.http.put(POLICY).send({ timezone: 'Asia/Dubai' }).expect(401)).body).toEqual(UNAUTHORIZED);
      expect((await t.http.get(DNC).expect(401)).body).toEqual(UNAUTHORIZED);
      expect(
        (
          await t.http
            .post(DNC)
            .send({ entries: [{ phone: '9876543210', channel: 'all' }] })
            .expect(401)
        ).body,
      ).toEqual(UNAUTHORIZED);
      expect((await t.http.delete(`${DNC}/9876543210`).expect(401)).body).toEqual(UNAUTHORIZED);
      expect((await t.http.get(POLICY).set(bearer('not-a-key')).expect(401)).body).toEqual(UNAUTHORIZED);
    });
  });

  describe('per campaign', () => {
    it('applies the campaign override over the organization’s policy; updates merge it and null clears it', async () => {
      const key = await newKey('Policy campaigns');
      await putPolicy(key, { calls: { maxAttempts: { count: 5 } }, requireDlt: false }).expect(200);
      const orgPolicy = (await getPolicy(key)).data;

      const id = await createCampaign(key, {
        contactPolicy: { calls: { window: { start: '10:00', days: ['mon', 'tue'] } }, outsideWindow: 'schedule' },
      });
      expect((await getCampaign(key, id)).contactPolicy).toEqual({
        calls: { window: { start: '10:00', days: ['mon', 'tue'] } },
        outsideWindow: 'schedule',
      });
      const withOverride = {
        ...orgPolicy,
        calls: { window: { start: '10:00', end: '19:00', days: ['mon', 'tue'] }, maxAttempts: { count: 5, days: 7 } },
        outsideWindow: 'schedule',
      };
      expect(await getPolicy(key, `?campaignId=${id}`)).toEqual({ success: true, data: withOverride });
      // The organization's own policy is untouched.
      expect((await getPolicy(key)).data).toEqual(orgPolicy);

      const upd = await t.http
        .put(`${CAMPAIGNS}/update/${id}`)
        .set(bearer(key))
        .send({
          contactPolicy: { calls: { window: { end: '18:00', days: ['fri'] } }, sms: { maxAttempts: { count: 1 } } },
        })
        .expect(200);
      const merged = {
        calls: { window: { start: '10:00', end: '18:00', days: ['fri'] } },
        sms: { maxAttempts: { count: 1 } },
        outsideWindow: 'schedule',
      };
      expect(upd.body.data.contactPolicy).toEqual(merged);
      expect((await getCampaign(key, id)).contactPolicy).toEqual(merged);
      expect((await getPolicy(key, `?campaignId=${id}`)).data).toEqual({
        ...withOverride,
        calls: { window: { start: '10:00', end: '18:00', days: ['fri'] }, maxAttempts: { count: 5, days: 7 } },
        sms: { ...DEFAULTS.sms, maxAttempts: { count: 1, days: 1 } },
      });

      // A later organization change shows through where the campaign does not override it.
      await putPolicy(key, { sms: { window: { start: '09:00' } }, calls: { window: { start: '07:00' } } }).expect(200);
      const later = (await getPolicy(key, `?campaignId=${id}`)).data;
      expect(later.sms.window.start).toBe('09:00');
      expect(later.calls.window.start).toBe('10:00');

      await t.http.put(`${CAMPAIGNS}/update/${id}`).set(bearer(key)).send({ contactPolicy: null }).expect(200);
      expect((await getCampaign(key, id)).contactPolicy).toBeNull();
      expect((await getPolicy(key, `?campaignId=${id}`)).data).toEqual((await getPolicy(key)).data);
    });

    it('a campaign without contactPolicy has null and the organization’s policy', async () => {
      const key = await newKey('Policy plain campaign');
      const id = await createCampaign(key);
      expect((await getCampaign(key, id)).contactPolicy).toBeNull();
      expect(await getPolicy(key, `?campaignId=${id}`)).toEqual({ success: true, data: DEFAULTS });
    });

    it('refuses an invalid campaign override, naming the field', async () => {
      const key = await newKey('Policy bad override');
      const res = await t.http
        .post(`${CAMPAIGNS}/create`)
        .set(bearer(key))
        .send(campaignBody({ contactPolicy: { calls: { window: { start: '8:00' } } } }))
        .expect(400);
      expect(res.body).toEqual(invalid('contactPolicy.calls.window.start must be a time HH:MM (24 h)'));
      const id = await createCampaign(key);
      const upd = await t.http
        .put(`${CAMPAIGNS}/update/${id}`)
        .set(bearer(key))
        .send({ contactPolicy: { sms: { maxAttempts: { count: 0 } } } })
        .expect(400);
      expect(upd.body).toEqual(invalid('contactPolicy.sms.maxAttempts.count must not be less than 1'));
      expect((await getCampaign(key, id)).contactPolicy).toBeNull();
    });

    it('a campaign created without timezone takes the organization’s policy zone; a given one is kept', async () => {
      const key = await newKey('Policy zone');
      expect((await getCampaign(key, await createCampaign(key))).timezone).toBe('Asia/Kolkata');
      await putPolicy(key, { timezone: 'America/New_York' }).expect(200);
      expect((await getCampaign(key, await createCampaign(key))).timezone).toBe('America/New_York');
      expect((await getCampaign(key, await createCampaign(key, { timezone: 'Asia/Dubai' }))).timezone).toBe(
        'Asia/Dubai',
      );
    });

    it('answers 404 for an unknown campaign', async () => {
      const key = await newKey('Policy unknown campaign');
      const res = await t.http.get(`${POLICY}?campaignId=camp_doesnotexist0000000`).set(bearer(key)).expect(404);
      expect(res.body).toEqual({ success: false, message: 'Campaign not found' });
    });
  });

  describe('isolation', () => {
    it('one organization’s PUT never changes another’s policy, nor can it read another’s campaign policy', async () => {
      const a = await newKey('Policy iso A');
      const b = await newKey('Policy iso B');
      await putPolicy(a, { timezone: 'Asia/Dubai' }).expect(200);
      const aPolicy = (await getPolicy(a)).data;
      await putPolicy(b, { timezone: 'Europe/London', calls: { window: { start: '10:00' } } }).expect(200);
      expect((await getPolicy(a)).data).toEqual(aPolicy);
      expect(aPolicy).toEqual({ ...DEFAULTS, timezone: 'Asia/Dubai' });
      expect((await getPolicy(b)).data.timezone).toBe('Europe/London');

      const aCampaign = await createCampaign(a, { contactPolicy: { dedupePhone: false } });
      const res = await t.http.get(`${POLICY}?campaignId=${aCampaign}`).set(bearer(b)).expect(403);
      expect(res.body).toEqual(MISMATCH);
    });
  });

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
        pagination: { page: 1, limit: 20, total: 1, totalPages: 1 },
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
        pagination: { page: 1, limit: 20, total: 0, totalPages: 0 },
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
      expect(first.pagination).toEqual({ page: 1, limit: 2, total: 4, totalPages: 2 });
      const second = await list(key, '?page=2&limit=2');
      expect(second.data.map((e: { phone: string; channel: string }) => `${e.phone} ${e.channel}`)).toEqual([
        '+919876543222 sms',
        '+919876543221 all',
      ]);
      expect(second.pagination).toEqual({ page: 2, limit: 2, total: 4, totalPages: 2 });

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
