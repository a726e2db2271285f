import { bearer, createTestApp, TestApp } from '../support/app';
import { invalid, ISO, setCreatedAt } from '../support/catalogue';

const URL = '/api/v1/dispositions';
const NOT_FOUND = { success: false, message: 'Disposition not found' };
const CONFLICT = { success: false, message: 'Disposition with this name already exists' };

describe('dispositions (/api/v1/dispositions)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Dispositions Org')).apiKey;
  });
  afterAll(() => t.close());

  const create = async (body: object, apiKey = key) =>
    (await t.http.post(URL).set(bearer(apiKey)).send(body).expect(201)).body.data;
  const names = (res: { body: { data: Array<{ name: string }> } }) => res.body.data.map((x) => x.name);

  it('creates a disposition with the default priority, never showing the organization', async () => {
    const res = await t.http.post(URL).set(bearer(key)).send({ name: '  Callback requested ' }).expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Disposition created successfully',
      data: {
        id: expect.stringMatching(/^disp_[0-9A-Za-z]{20}$/),
        name: 'Callback requested',
        description: null,
        priority: 500,
        createdAt: ISO,
        updatedAt: ISO,
      },
    });
    const got = await t.http.get(`${URL}/${res.body.data.id}`).set(bearer(key)).expect(200);
    expect(got.body).toEqual({ success: true, data: res.body.data });
  });

  it('keeps a given description and the priority bounds 0 and 1000', async () => {
    expect(await create({ name: 'Lowest', description: 'never mind', priority: 0 })).toMatchObject({
      name: 'Lowest',
      description: 'never mind',
      priority: 0,
    });
    expect((await create({ name: 'Highest', priority: 1000 })).priority).toBe(1000);
  });

  it('lists in creation order, paginated', async () => {
    const org = await t.createOrg('Dispositions list');
    const a = await create({ name: 'A' }, org.apiKey);
    const b = await create({ name: 'B' }, org.apiKey);
    const c = await create({ name: 'C' }, org.apiKey);
    await setCreatedAt(t, 'dispositions', b.id, '2026-01-01T00:00:00.000Z');
    await setCreatedAt(t, 'dispositions', c.id, '2026-01-02T00:00:00.000Z');
    await setCreatedAt(t, 'dispositions', a.id, '2026-01-03T00:00:00.000Z');

    const first = await t.http.get(`${URL}?page=1&limit=2`).set(bearer(org.apiKey)).expect(200);
    expect(names(first)).toEqual(['B', 'C']);
    expect(first.body.pagination).toEqual({
      page: 1,
      limit: 2,
      total: 3,
      totalPages: 2,
      hasNext: true,
      hasPrev: false,
    });
    const second = await t.http.get(`${URL}?page=2&limit=2`).set(bearer(org.apiKey)).expect(200);
    expect(second.body.data).toEqual([{ ...a, createdAt: '2026-01-03T00:00:00.000Z' }]);
    const beyond = await t.http.get(`${URL}?page=3&limit=2`).set(bearer(org.apiKey)).expect(200);
    expect(beyond.body).toEqual({
      success: true,
      data: [],
      pagination: { page: 3, limit: 2, total: 3, totalPages: 2, hasNext: false, hasPrev: true },
    });
  });

  it.each([
    ['limit over 100', '?limit=101', 'limit must not be greater than 100'],
    ['a non-numeric page', '?page=first', 'page must be an integer number'],
    ['an unknown parameter', '?search=x', 'property search should not exist'],
  ])('refuses a list query with %s', async (_label, query, error) => {
    expect((await t.http.get(`${URL}${query}`).set(bearer(key)).expect(400)).body).toEqual(invalid(error));
  });

  it.each([
    ['a missing name', {}, ['name is required']],
    ['a blank name', { name: ' ' }, ['name must not be empty']],
    ['a name of the wrong type', { name: ['x'] }, ['name must be a string']],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, ['name must be shorter than or equal to 200 characters']],
    ['a description of the wrong type', { name: 'x', description: 5 }, ['description must be a string']],
    ['a priority below 0', { name: 'x', priority: -1 }, ['priority must not be less than 0']],
    ['a priority above 1000', { name: 'x', priority: 1001 }, ['priority must not be greater than 1000']],
    ['a fractional priority', { name: 'x', priority: 1.5 }, ['priority must be an integer number']],
    ['a null priority', { name: 'x', priority: null }, ['priority is required']],
    ['a priority given as text', { name: 'x', priority: '700' }, ['priority must be an integer number']],
    ['an unknown property', { name: 'x', color: 'red' }, ['property color should not exist']],
    ['several problems at once', { priority: 2000 }, ['name is required', 'priority must not be greater than 1000']],
  ])('refuses a create with %s', async (_label, body, errors) => {
    expect((await t.http.post(URL).set(bearer(key)).send(body).expect(400)).body).toEqual(invalid(...errors));
  });

  it('refuses a second disposition of the same name, whatever its case, and creates nothing', async () => {
    const org = await t.createOrg('Dispositions dupes');
    await create({ name: 'Promise to pay' }, org.apiKey);
    for (const name of ['Promise to pay', 'PROMISE TO PAY', ' promise to pay ']) {
      const res = await t.http.post(URL).set(bearer(org.apiKey)).send({ name }).expect(409);
      expect(res.body).toEqual(CONFLICT);
    }
    const list = await t.http.get(URL).set(bearer(org.apiKey)).expect(200);
    expect(names(list)).toEqual(['Promise to pay']);
    // another organization may use the same name
    const other = await t.createOrg('Dispositions dupes 2');
    expect((await create({ name: 'Promise to pay' }, other.apiKey)).name).toBe('Promise to pay');
  });

  it('refuses a rename onto an existing name and leaves both unchanged', async () => {
    const org = await t.createOrg('Dispositions rename');
    const taken = await create({ name: 'Wrong number' }, org.apiKey);
    const renamed = await create({ name: 'Busy', priority: 10 }, org.apiKey);
    const res = await t.http
      .put(`${URL}/${renamed.id}`)
      .set(bearer(org.apiKey))
      .send({ name: 'WRONG number', priority: 20 })
      .expect(409);
    expect(res.body).toEqual(CONFLICT);
    const list = await t.http.get(URL).set(bearer(org.apiKey)).expect(200);
    expect(list.body.data).toEqual([taken, renamed]);
    // a change of case of its own name is not a clash
    const recased = await t.http.put(`${URL}/${renamed.id}`).set(bearer(org.apiKey)).send({ name: 'BUSY' }).expect(200);
    expect(recased.body.data.name).toBe('BUSY');
  });

  it('updates only the given fields and names them', async () => {
    const disposition = await create({ name: 'Paid', description: 'kept', priority: 100 });
    const res = await t.http
      .put(`${URL}/${disposition.id}`)
      .set(bearer(key))
      .send({ priority: 900, name: 'Paid in full' })
      .expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Disposition updated successfully',
      updatedFields: ['name', 'priority'],
      data: { ...disposition, name: 'Paid in full', priority: 900, updatedAt: ISO },
    });
    expect((await t.http.get(`${URL}/${disposition.id}`).set(bearer(key)).expect(200)).body.data).toEqual(
      res.body.data,
    );
    const cleared = await t.http
      .put(`${URL}/${disposition.id}`)
      .set(bearer(key))
      .send({ description: null })
      .expect(200);
    expect(cleared.body.updatedFields).toEqual(['description']);
    expect(cleared.body.data).toMatchObject({ description: null, priority: 900 });
  });

  it.each([
    ['an empty body', {}, ['At least one field must be given']],
    ['a null name', { name: null }, ['name is required']],
    ['a null priority', { priority: null }, ['priority is required']],
    ['a priority above 1000', { priority: 5000 }, ['priority must not be greater than 1000']],
    ['an unknown property', { organizationId: 'org_x' }, ['property organizationId should not exist']],
  ])('refuses an update with %s and changes nothing', async (_label, body, errors) => {
    const disposition = await create({ name: `Unchanged ${_label}` });
    const res = await t.http.put(`${URL}/${disposition.id}`).set(bearer(key)).send(body).expect(400);
    expect(res.body).toEqual(invalid(...errors));
    expect((await t.http.get(`${URL}/${disposition.id}`).set(bearer(key)).expect(200)).body.data).toEqual(disposition);
  });

  it('deletes a disposition, which frees its name', async () => {
    const disposition = await create({ name: 'Disconnected' });
    const res = await t.http.delete(`${URL}/${disposition.id}`).set(bearer(key)).expect(200);
    expect(res.body).toEqual({ success: true, message: 'Disposition deleted successfully' });
    expect((await t.http.get(`${URL}/${disposition.id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await create({ name: 'disconnected' })).name).toBe('disconnected');
  });

  it('answers 404 for an unknown id on get, update and delete', async () => {
    const id = 'disp_AAAAAAAAAAAAAAAAAAAA';
    expect((await t.http.get(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await t.http.put(`${URL}/${id}`).set(bearer(key)).send({ priority: 1 }).expect(404)).body).toEqual(
      NOT_FOUND,
    );
    expect((await t.http.delete(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
  });

  it("never shows or touches another organization's dispositions", async () => {
    const mine = await create({ name: 'Mine only', description: 'private', priority: 42 });
    const other = await t.createOrg('Dispositions Other');
    const theirs = await create({ name: 'Theirs' }, other.apiKey);
    const as = bearer(other.apiKey);

    expect((await t.http.get(`${URL}/${mine.id}`).set(as).expect(404)).body).toEqual(NOT_FOUND);
    // even a rename onto a name the other organization uses answers 404, not 409
    const put = await t.http.put(`${URL}/${mine.id}`).set(as).send({ name: 'Theirs', priority: 1 }).expect(404);
    expect(put.body).toEqual(NOT_FOUND);
    expect((await t.http.delete(`${URL}/${mine.id}`).set(as).expect(404)).body).toEqual(NOT_FOUND);

    const list = await t.http.get(`${URL}?limit=100`).set(as).expect(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([theirs.id]);
    expect(list.body.pagination.total).toBe(1);

    expect((await t.http.get(`${URL}/${mine.id}`).set(bearer(key)).expect(200)).body.data).toEqual(mine);
    const own = await t.http.get(`${URL}?limit=100`).set(bearer(key)).expect(200);
    expect(own.body.data.map((x: { id: string }) => x.id)).not.toContain(theirs.id);
  });
});
