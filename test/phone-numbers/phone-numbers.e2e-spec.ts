import { PhoneNumbersService } from '../../src/phone-numbers/phone-numbers.service';
import { bearer, createTestApp, TestApp } from '../support/app';
import { invalid, ISO, setCreatedAt } from '../support/catalogue';

const URL = '/api/v1/phone-numbers';
const NOT_FOUND = { success: false, message: 'Phone number not found' };
const CONFLICT = { success: false, message: 'Phone number already exists' };

describe('phone numbers (/api/v1/phone-numbers)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Numbers Org')).apiKey;
  });
  afterAll(() => t.close());

  const create = async (body: object, apiKey = key) =>
    (await t.http.post(URL).set(bearer(apiKey)).send(body).expect(201)).body.data;
  const numbers = (res: { body: { data: Array<{ number: string }> } }) => res.body.data.map((x) => x.number);

  it('stores a national number in E.164 with the defaults', async () => {
    const res = await t.http.post(URL).set(bearer(key)).send({ number: '9876543210' }).expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Phone number created successfully',
      data: {
        id: expect.stringMatching(/^num_[0-9A-Za-z]{20}$/),
        number: '+919876543210',
        label: null,
        active: true,
        capabilities: ['voice', 'sms'],
        createdAt: ISO,
        updatedAt: ISO,
      },
    });
    const got = await t.http.get(`${URL}/${res.body.data.id}`).set(bearer(key)).expect(200);
    expect(got.body).toEqual({ success: true, data: res.body.data });
  });

  it('keeps the given label, active flag and capabilities; foreign numbers keep their country', async () => {
    const sms = await create({ number: '+1 415 555 2671', label: ' US sms ', active: false, capabilities: ['sms'] });
    expect(sms).toMatchObject({ number: '+14155552671', label: 'US sms', active: false, capabilities: ['sms'] });
    const both = await create({ number: '+442079460958', capabilities: ['sms', 'voice'] });
    expect(both.capabilities).toEqual(['voice', 'sms']);
  });

  it('refuses the same number twice in one organization, however it is written', async () => {
    const org = await t.createOrg('Numbers dupes');
    await create({ number: '+91 98765 43211' }, org.apiKey);
    for (const number of ['9876543211', '+919876543211', '098765 43211']) {
      const res = await t.http.post(URL).set(bearer(org.apiKey)).send({ number }).expect(409);
      expect(res.body).toEqual(CONFLICT);
    }
    expect(numbers(await t.http.get(URL).set(bearer(org.apiKey)).expect(200))).toEqual(['+919876543211']);
    // another organization may hold the same number
    const other = await t.createOrg('Numbers dupes 2');
    expect((await create({ number: '9876543211' }, other.apiKey)).number).toBe('+919876543211');
  });

  it('lists in creation order, paginated, and filters by active and capability', async () => {
    const org = await t.createOrg('Numbers list');
    const a = await create({ number: '9876543201', capabilities: ['voice'] }, org.apiKey);
    const b = await create({ number: '9876543202', capabilities: ['sms'], active: false }, org.apiKey);
    const c = await create({ number: '9876543203' }, org.apiKey);
    await setCreatedAt(t, 'phone_numbers', c.id, '2026-01-01T00:00:00.000Z');
    await setCreatedAt(t, 'phone_numbers', b.id, '2026-01-02T00:00:00.000Z');
    await setCreatedAt(t, 'phone_numbers', a.id, '2026-01-03T00:00:00.000Z');
    const list = (query: string) => t.http.get(`${URL}${query}`).set(bearer(org.apiKey)).expect(200);

    const first = await list('?page=1&limit=2');
    expect(numbers(first)).toEqual(['+919876543203', '+919876543202']);
    expect(first.body.pagination).toEqual({
      page: 1,
      limit: 2,
      total: 3,
      totalPages: 2,
      hasNext: true,
      hasPrev: false,
    });
    const second = await list('?page=2&limit=2');
    expect(second.body.data).toEqual([{ ...a, createdAt: '2026-01-03T00:00:00.000Z' }]);

    expect(numbers(await list('?active=true'))).toEqual(['+919876543203', '+919876543201']);
    expect(numbers(await list('?active=false'))).toEqual(['+919876543202']);
    expect(numbers(await list('?capability=voice'))).toEqual(['+919876543203', '+919876543201']);
    expect(numbers(await list('?capability=sms'))).toEqual(['+919876543203', '+919876543202']);
    const both = await list('?active=true&capability=sms');
    expect(numbers(both)).toEqual(['+919876543203']);
    expect(both.body.pagination).toEqual({
      page: 1,
      limit: 20,
      total: 1,
      totalPages: 1,
      hasNext: false,
      hasPrev: false,
    });
  });

  it.each([
    ['active that is not a boolean', '?active=yes', 'active must be true or false'],
    ['an unknown capability', '?capability=fax', 'capability must be one of: voice, sms'],
    ['limit over 100', '?limit=101', 'limit must not be greater than 100'],
    ['an unknown parameter', '?number=1', 'property number should not exist'],
  ])('refuses a list query with %s', async (_label, query, error) => {
    expect((await t.http.get(`${URL}${query}`).set(bearer(key)).expect(400)).body).toEqual(invalid(error));
  });

  it.each([
    ['a missing number', {}, ['number is required']],
    ['a number given as a JSON number', { number: 9876543210 }, ['number must be a string']],
    ['an unreadable number', { number: 'call me' }, ['number is not a valid phone number']],
    ['a too short number', { number: '12345' }, ['number is not a valid phone number']],
    ['an empty number', { number: '' }, ['number is not a valid phone number']],
    [
      'a label over 200 characters',
      { number: '9876543210', label: 'l'.repeat(201) },
      ['label must be shorter than or equal to 200 characters'],
    ],
    ['active given as text', { number: '9876543210', active: 'true' }, ['active must be a boolean value']],
    ['a null active flag', { number: '9876543210', active: null }, ['active is required']],
    ['empty capabilities', { number: '9876543210', capabilities: [] }, ['capabilities must not be empty']],
    [
      'an unknown capability',
      { number: '9876543210', capabilities: ['voice', 'fax'] },
      ['each value in capabilities must be one of: voice, sms'],
    ],
    [
      'duplicate capabilities',
      { number: '9876543210', capabilities: ['sms', 'sms'] },
      ['capabilities must not contain duplicates'],
    ],
    [
      'capabilities that are not a list',
      { number: '9876543210', capabilities: 'voice' },
      ['capabilities must be an array'],
    ],
    [
      'the entity columns instead of capabilities',
      { number: '9876543210', voice: true },
      ['property voice should not exist'],
    ],
  ])('refuses a create with %s', async (_label, body, errors) => {
    expect((await t.http.post(URL).set(bearer(key)).send(body).expect(400)).body).toEqual(invalid(...errors));
  });

  it('updates only the given fields, normalising a new number', async () => {
    const phone = await create({ number: '9876543220', label: 'old' });
    const res = await t.http
      .put(`${URL}/${phone.id}`)
      .set(bearer(key))
      .send({ capabilities: ['sms'], number: '98765 43221', active: false })
      .expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Phone number updated successfully',
      updatedFields: ['number', 'active', 'capabilities'],
      data: { ...phone, number: '+919876543221', active: false, capabilities: ['sms'], updatedAt: ISO },
    });
    expect((await t.http.get(`${URL}/${phone.id}`).set(bearer(key)).expect(200)).body.data).toEqual(res.body.data);
    const cleared = await t.http.put(`${URL}/${phone.id}`).set(bearer(key)).send({ label: null }).expect(200);
    expect(cleared.body.updatedFields).toEqual(['label']);
    expect(cleared.body.data).toMatchObject({ label: null, number: '+919876543221', capabilities: ['sms'] });
  });

  it('refuses to change a number onto one the organization already has', async () => {
    const org = await t.createOrg('Numbers renumber');
    const taken = await create({ number: '9876543230' }, org.apiKey);
    const moved = await create({ number: '9876543231' }, org.apiKey);
    const res = await t.http
      .put(`${URL}/${moved.id}`)
      .set(bearer(org.apiKey))
      .send({ number: '+919876543230', active: false })
      .expect(409);
    expect(res.body).toEqual(CONFLICT);
    expect((await t.http.get(URL).set(bearer(org.apiKey)).expect(200)).body.data).toEqual([taken, moved]);
  });

  let unchangedSeq = 0;
  it.each([
    ['an empty body', {}, ['At least one field must be given']],
    ['an invalid number', { number: '000' }, ['number is not a valid phone number']],
    ['a null number', { number: null }, ['number is required']],
    ['null capabilities', { capabilities: null }, ['capabilities is required']],
    ['empty capabilities', { capabilities: [] }, ['capabilities must not be empty']],
    ['an unknown property', { sms: false }, ['property sms should not exist']],
  ])('refuses an update with %s and changes nothing', async (_label, body, errors) => {
    const phone = await create({ number: `98765433${String(unchangedSeq++).padStart(2, '0')}`, label: _label });
    const res = await t.http.put(`${URL}/${phone.id}`).set(bearer(key)).send(body).expect(400);
    expect(res.body).toEqual(invalid(...errors));
    expect((await t.http.get(`${URL}/${phone.id}`).set(bearer(key)).expect(200)).body.data).toEqual(phone);
  });

  it('deletes a number, which frees it', async () => {
    const phone = await create({ number: '9876543250' });
    const res = await t.http.delete(`${URL}/${phone.id}`).set(bearer(key)).expect(200);
    expect(res.body).toEqual({ success: true, message: 'Phone number deleted successfully' });
    expect((await t.http.get(`${URL}/${phone.id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await create({ number: '+919876543250' })).number).toBe('+919876543250');
  });

  it('answers 404 for an unknown id on get, update and delete', async () => {
    const id = 'num_AAAAAAAAAAAAAAAAAAAA';
    expect((await t.http.get(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await t.http.put(`${URL}/${id}`).set(bearer(key)).send({ active: false }).expect(404)).body).toEqual(
      NOT_FOUND,
    );
    expect((await t.http.delete(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
  });

  it("never shows or touches another organization's numbers", async () => {
    const mine = await create({ number: '9876543260', label: 'private' });
    const other = await t.createOrg('Numbers Other');
    const theirs = await create({ number: '9876543261' }, other.apiKey);
    const as = bearer(other.apiKey);

    expect((await t.http.get(`${URL}/${mine.id}`).set(as).expect(404)).body).toEqual(NOT_FOUND);
    // even a change onto a number the other organization holds answers 404, not 409
    const put = await t.http.put(`${URL}/${mine.id}`).set(as).send({ number: '9876543261', active: false }).expect(404);
    expect(put.body).toEqual(NOT_FOUND);
    expect((await t.http.delete(`${URL}/${mine.id}`).set(as).expect(404)).body).toEqual(NOT_FOUND);

    const list = await t.http.get(`${URL}?limit=100`).set(as).expect(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([theirs.id]);
    expect(list.body.pagination.total).toBe(1);

    expect((await t.http.get(`${URL}/${mine.id}`).set(bearer(key)).expect(200)).body.data).toEqual(mine);
    const own = await t.http.get(`${URL}?limit=100`).set(bearer(key)).expect(200);
    expect(own.body.data.map((x: { id: string }) => x.id)).not.toContain(theirs.id);
  });

  it('activeVoiceNumbers gives the active voice numbers of one organization, in creation order', async () => {
    const org = await t.createOrg('Numbers voice');
    const first = await create({ number: '9876543271', capabilities: ['voice'] }, org.apiKey);
    await create({ number: '9876543272', capabilities: ['sms'] }, org.apiKey);
    await create({ number: '9876543273', active: false }, org.apiKey);
    const last = await create({ number: '9876543274' }, org.apiKey);
    const paused = await create({ number: '9876543275', capabilities: ['voice'] }, org.apiKey);
    await t.http.put(`${URL}/${paused.id}`).set(bearer(org.apiKey)).send({ active: false }).expect(200);
    await setCreatedAt(t, 'phone_numbers', last.id, '2026-01-01T00:00:00.000Z');
    await setCreatedAt(t, 'phone_numbers', first.id, '2026-01-02T00:00:00.000Z');
    // another organization's active voice number
    await create({ number: '9876543276' }, (await t.createOrg('Numbers voice 2')).apiKey);

    const service = t.app.get(PhoneNumbersService);
    expect(await service.activeVoiceNumbers(org.id)).toEqual(['+919876543274', '+919876543271']);
    expect(await service.activeVoiceNumbers((await t.createOrg('Numbers none')).id)).toEqual([]);
  });
});
