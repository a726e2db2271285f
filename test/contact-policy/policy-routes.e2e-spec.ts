import { bearer, createTestApp, TestApp } from '../support/app';
import { invalid } from '../support/catalogue';
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
const UNAUTHORIZED = { success: false, error: 'Unauthorized', message: 'Missing or invalid authorization header' };
const MISMATCH = { success: false, message: 'Campaign ID invalid or mismatch for your organization.' };

/** GET and PUT /api/v1/contact-policy, for the organization and per campaign. Do-not-contact: do-not-contact-routes. */

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
});
