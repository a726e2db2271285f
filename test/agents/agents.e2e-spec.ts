import { bearer, createTestApp, TestApp } from '../support/app';
import { invalid, ISO, setCreatedAt } from '../support/catalogue';

const URL = '/api/v1/agents';
const NOT_FOUND = { success: false, message: 'Agent not found' };

describe('agents (/api/v1/agents)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Agents Org')).apiKey;
  });
  afterAll(() => t.close());

  const create = async (body: object, apiKey = key) =>
    (await t.http.post(URL).set(bearer(apiKey)).send(body).expect(201)).body.data;

  it('creates an agent with defaults and returns it, never the organization', async () => {
    const res = await t.http
      .post(URL)
      .set(bearer(key))
      .send({ name: '  EMI reminder  ', variables: ['first_name', 'emi_amount'] })
      .expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Agent created successfully',
      data: {
        id: expect.stringMatching(/^agent_[0-9A-Za-z]{20}$/),
        name: 'EMI reminder',
        description: null,
        language: null,
        variables: ['first_name', 'emi_amount'],
        status: 'active',
        createdAt: ISO,
        updatedAt: ISO,
      },
    });
    const got = await t.http.get(`${URL}/${res.body.data.id}`).set(bearer(key)).expect(200);
    expect(got.body).toEqual({ success: true, data: res.body.data });
  });

  it('keeps every given field and the order of variables; an empty list is allowed', async () => {
    const variables = ['emi_due_date', 'first_name', '_ref', 'Loan_ID'];
    const full = await create({ name: 'Full', description: 'd', language: 'hindi', variables, status: 'inactive' });
    expect(full).toMatchObject({ name: 'Full', description: 'd', language: 'hindi', variables, status: 'inactive' });
    expect((await create({ name: 'No vars', variables: [] })).variables).toEqual([]);
  });

  it('lists in creation order, paginated, and filters by status', async () => {
    const org = await t.createOrg('Agents list');
    const a = await create({ name: 'A', variables: [] }, org.apiKey);
    const b = await create({ name: 'B', variables: [], status: 'inactive' }, org.apiKey);
    const c = await create({ name: 'C', variables: [] }, org.apiKey);
    // created a, b, c; pinned so that creation times run c, a, b
    await setCreatedAt(t, 'agents', c.id, '2026-01-01T00:00:00.000Z');
    await setCreatedAt(t, 'agents', a.id, '2026-01-02T00:00:00.000Z');
    await setCreatedAt(t, 'agents', b.id, '2026-01-03T00:00:00.000Z');

    const first = await t.http.get(`${URL}?page=1&limit=2`).set(bearer(org.apiKey)).expect(200);
    expect(first.body.success).toBe(true);
    expect(first.body.data.map((x: { name: string }) => x.name)).toEqual(['C', 'A']);
    expect(first.body.pagination).toEqual({
      page: 1,
      limit: 2,
      total: 3,
      totalPages: 2,
      hasNext: true,
      hasPrev: false,
    });
    const second = await t.http.get(`${URL}?page=2&limit=2`).set(bearer(org.apiKey)).expect(200);
    expect(second.body.data.map((x: { name: string }) => x.name)).toEqual(['B']);
    expect(second.body.data[0]).toEqual({ ...b, createdAt: '2026-01-03T00:00:00.000Z' });

    const defaults = await t.http.get(URL).set(bearer(org.apiKey)).expect(200);
    expect(defaults.body.pagination).toEqual({
      page: 1,
      limit: 20,
      total: 3,
      totalPages: 1,
      hasNext: false,
      hasPrev: false,
    });

    const active = await t.http.get(`${URL}?status=active`).set(bearer(org.apiKey)).expect(200);
    expect(active.body.data.map((x: { name: string }) => x.name)).toEqual(['C', 'A']);
    expect(active.body.pagination.total).toBe(2);
    const inactive = await t.http.get(`${URL}?status=inactive`).set(bearer(org.apiKey)).expect(200);
    expect(inactive.body.data.map((x: { id: string }) => x.id)).toEqual([b.id]);
  });

  it.each([
    ['limit over 100', '?limit=101', 'limit must not be greater than 100'],
    ['page 0', '?page=0', 'page must not be less than 1'],
    ['an unknown status', '?status=paused', 'status must be one of: active, inactive'],
    ['an unknown parameter', '?sort=name', 'property sort should not exist'],
  ])('refuses a list query with %s', async (_label, query, error) => {
    const res = await t.http.get(`${URL}${query}`).set(bearer(key)).expect(400);
    expect(res.body).toEqual(invalid(error));
  });

  it.each([
    ['a missing name', { variables: [] }, ['name is required']],
    ['a missing variables list', { name: 'x' }, ['variables is required']],
    ['a blank name', { name: '   ', variables: [] }, ['name must not be empty']],
    ['a name of the wrong type', { name: 42, variables: [] }, ['name must be a string']],
    [
      'a name over 200 characters',
      { name: 'x'.repeat(201), variables: [] },
      ['name must be shorter than or equal to 200 characters'],
    ],
    [
      'a description over 2000 characters',
      { name: 'x', description: 'd'.repeat(2001), variables: [] },
      ['description must be shorter than or equal to 2000 characters'],
    ],
    [
      'a language over 32 characters',
      { name: 'x', language: 'l'.repeat(33), variables: [] },
      ['language must be shorter than or equal to 32 characters'],
    ],
    ['variables that are not a list', { name: 'x', variables: 'first_name' }, ['variables must be an array']],
    [
      'a variable that is not a string',
      { name: 'x', variables: ['first_name', 7] },
      ['each value in variables must be a string'],
    ],
    [
      'an invalid variable name',
      { name: 'x', variables: ['first_name', 'first name'] },
      ['variables has an invalid field name: "first name"'],
    ],
    [
      'several invalid variable names',
      { name: 'x', variables: ['1st', 'ok', 'a-b'] },
      ['variables has invalid field names: "1st", "a-b"'],
    ],
    [
      'a variable name over 64 characters',
      { name: 'x', variables: ['v'.repeat(65)] },
      [`variables has an invalid field name: "${'v'.repeat(65)}"`],
    ],
    ['duplicate variables', { name: 'x', variables: ['a', 'b', 'a'] }, ['variables must not contain duplicates: "a"']],
    [
      'more than 100 variables',
      { name: 'x', variables: Array.from({ length: 101 }, (_, i) => `v${i}`) },
      ['variables must contain no more than 100 elements'],
    ],
    ['an unknown status', { name: 'x', variables: [], status: 'paused' }, ['status must be one of: active, inactive']],
    ['a null status', { name: 'x', variables: [], status: null }, ['status is required']],
    [
      'an unknown property',
      { name: 'x', variables: [], organizationId: 'org_x' },
      ['property organizationId should not exist'],
    ],
  ])('refuses a create with %s', async (_label, body, errors) => {
    const res = await t.http.post(URL).set(bearer(key)).send(body).expect(400);
    expect(res.body).toEqual(invalid(...errors));
  });

  it('updates only the given fields and names them', async () => {
    const agent = await create({ name: 'Before', description: 'keep me', variables: ['a'] });
    const res = await t.http
      .put(`${URL}/${agent.id}`)
      .set(bearer(key))
      .send({ name: 'After', variables: ['b', 'a'], status: 'inactive' })
      .expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Agent updated successfully',
      updatedFields: ['name', 'variables', 'status'],
      data: {
        ...agent,
        name: 'After',
        variables: ['b', 'a'],
        status: 'inactive',
        updatedAt: ISO,
      },
    });
    expect(Date.parse(res.body.data.updatedAt)).toBeGreaterThanOrEqual(Date.parse(agent.createdAt));
    const got = await t.http.get(`${URL}/${agent.id}`).set(bearer(key)).expect(200);
    expect(got.body.data).toEqual(res.body.data);
  });

  it('clears an optional field with null', async () => {
    const agent = await create({ name: 'Clear', description: 'old', language: 'tamil', variables: [] });
    const res = await t.http.put(`${URL}/${agent.id}`).set(bearer(key)).send({ description: null }).expect(200);
    expect(res.body.updatedFields).toEqual(['description']);
    expect(res.body.data).toMatchObject({ description: null, language: 'tamil', name: 'Clear' });
  });

  it.each([
    ['an empty body', {}, ['At least one field must be given']],
    ['a null name', { name: null }, ['name is required']],
    ['null variables', { variables: null }, ['variables is required']],
    ['a bad variable name', { variables: ['ok', 'not ok'] }, ['variables has an invalid field name: "not ok"']],
    ['a bad status', { status: 'gone' }, ['status must be one of: active, inactive']],
    ['a null status', { status: null }, ['status is required']],
    ['an unknown property', { id: 'agent_other' }, ['property id should not exist']],
  ])('refuses an update with %s and changes nothing', async (_label, body, errors) => {
    const agent = await create({ name: 'Unchanged', variables: ['a'] });
    const res = await t.http.put(`${URL}/${agent.id}`).set(bearer(key)).send(body).expect(400);
    expect(res.body).toEqual(invalid(...errors));
    expect((await t.http.get(`${URL}/${agent.id}`).set(bearer(key)).expect(200)).body.data).toEqual(agent);
  });

  it('deletes an agent; it is gone afterwards', async () => {
    const agent = await create({ name: 'Doomed', variables: [] });
    const res = await t.http.delete(`${URL}/${agent.id}`).set(bearer(key)).expect(200);
    expect(res.body).toEqual({ success: true, message: 'Agent deleted successfully' });
    expect((await t.http.get(`${URL}/${agent.id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await t.http.delete(`${URL}/${agent.id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
  });

  it('answers 404 for an unknown id on get, update and delete', async () => {
    const id = 'agent_AAAAAAAAAAAAAAAAAAAA';
    expect((await t.http.get(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    const put = await t.http.put(`${URL}/${id}`).set(bearer(key)).send({ name: 'x' }).expect(404);
    expect(put.body).toEqual(NOT_FOUND);
    expect((await t.http.delete(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
  });

  it('requires an API key', async () => {
    await t.http.get(URL).expect(401);
    await t.http.post(URL).send({ name: 'x', variables: [] }).expect(401);
  });

  it("never shows or touches another organization's agents", async () => {
    const mine = await create({ name: 'Mine', description: 'private', variables: ['first_name'] });
    const other = await t.createOrg('Agents Other');
    const theirs = await create({ name: 'Theirs', variables: [] }, other.apiKey);

    const as = bearer(other.apiKey);
    expect((await t.http.get(`${URL}/${mine.id}`).set(as).expect(404)).body).toEqual(NOT_FOUND);
    const put = await t.http
      .put(`${URL}/${mine.id}`)
      .set(as)
      .send({ name: 'Hijacked', status: 'inactive' })
      .expect(404);
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
