import { bearer, createTestApp, TestApp } from '../support/app';
import { invalid, ISO, setCreatedAt } from '../support/catalogue';

const URL = '/api/v1/sms/templates';
const NOT_FOUND = { success: false, message: 'Template not found' };
const BODY = 'Dear {{ first_name }}, EMI of Rs {{emi_amount}} is due on {{emi_due_date}}. Thanks {{first_name}}';

describe('SMS templates (/api/v1/sms/templates)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Templates Org')).apiKey;
  });
  afterAll(() => t.close());

  const create = async (body: object, apiKey = key) =>
    (await t.http.post(URL).set(bearer(apiKey)).send(body).expect(201)).body.data;
  const valid = (extra: object = {}) => ({ name: 'Reminder', body: BODY, senderId: 'TMPPAY', ...extra });

  it('creates a template whose variables are read from its body', async () => {
    const res = await t.http
      .post(URL)
      .set(bearer(key))
      .send({ ...valid(), name: ' Reminder ', dltTemplateId: '1107161234567890123', language: 'english' })
      .expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Template created successfully',
      data: {
        id: expect.stringMatching(/^tmpl_[0-9A-Za-z]{20}$/),
        name: 'Reminder',
        body: BODY,
        senderId: 'TMPPAY',
        dltTemplateId: '1107161234567890123',
        language: 'english',
        variables: ['first_name', 'emi_amount', 'emi_due_date'],
        createdAt: ISO,
        updatedAt: ISO,
      },
    });
    const got = await t.http.get(`${URL}/${res.body.data.id}`).set(bearer(key)).expect(200);
    expect(got.body).toEqual({ success: true, data: res.body.data });
  });

  it('accepts a body without placeholders, and omitted optional fields are null', async () => {
    const plain = await create({ name: 'Plain', body: 'Your payment was received. Thank you.', senderId: 'A1' });
    expect(plain).toMatchObject({ variables: [], dltTemplateId: null, language: null, senderId: 'A1' });
  });

  it('lists in creation order, paginated', async () => {
    const org = await t.createOrg('Templates list');
    const a = await create(valid({ name: 'A' }), org.apiKey);
    const b = await create(valid({ name: 'B' }), org.apiKey);
    const c = await create(valid({ name: 'C' }), org.apiKey);
    await setCreatedAt(t, 'sms_templates', a.id, '2026-01-03T00:00:00.000Z');
    await setCreatedAt(t, 'sms_templates', b.id, '2026-01-01T00:00:00.000Z');
    await setCreatedAt(t, 'sms_templates', c.id, '2026-01-02T00:00:00.000Z');

    const first = await t.http.get(`${URL}?limit=2`).set(bearer(org.apiKey)).expect(200);
    expect(first.body.data.map((x: { name: string }) => x.name)).toEqual(['B', 'C']);
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
  });

  it('refuses a list limit over 100', async () => {
    const res = await t.http.get(`${URL}?limit=500`).set(bearer(key)).expect(400);
    expect(res.body).toEqual(invalid('limit must not be greater than 100'));
  });

  it.each([
    ['a missing body', { name: 'x', senderId: 'TMPPAY' }, ['body is required']],
    ['a missing name and senderId', { body: 'hi' }, ['name is required', 'senderId is required']],
    ['an empty body', valid({ body: '' }), ['body must not be empty']],
    ['a body of the wrong type', valid({ body: 42 }), ['body must be a string']],
    [
      'a body over 2000 characters',
      valid({ body: 'b'.repeat(2001) }),
      ['body must be shorter than or equal to 2000 characters'],
    ],
    ['a senderId with a dash', valid({ senderId: 'TMP-PAY' }), ['senderId must be 1 to 11 letters or digits']],
    [
      'a senderId over 11 characters',
      valid({ senderId: 'ABCDEFGHIJKL' }),
      ['senderId must be 1 to 11 letters or digits'],
    ],
    ['an empty senderId', valid({ senderId: '' }), ['senderId must be 1 to 11 letters or digits']],
    ['a numeric senderId', valid({ senderId: 123456 }), ['senderId must be a string']],
    ['an empty dltTemplateId', valid({ dltTemplateId: '' }), ['dltTemplateId must not be empty']],
    [
      'a dltTemplateId over 64 characters',
      valid({ dltTemplateId: '1'.repeat(65) }),
      ['dltTemplateId must be shorter than or equal to 64 characters'],
    ],
    [
      'a language over 32 characters',
      valid({ language: 'l'.repeat(33) }),
      ['language must be shorter than or equal to 32 characters'],
    ],
    ['variables given by the caller', valid({ variables: ['first_name'] }), ['property variables should not exist']],
    [
      'a placeholder with a space',
      valid({ body: 'Hi {{first name}}' }),
      ['body has an invalid placeholder: {{first name}}'],
    ],
    ['an empty placeholder', valid({ body: 'Hi {{}} there' }), ['body has an invalid placeholder: {{}}']],
    [
      'a placeholder starting with a digit',
      valid({ body: '{{ 1st }}' }),
      ['body has an invalid placeholder: {{ 1st }}'],
    ],
    [
      'an unclosed placeholder',
      valid({ body: 'Hi {{first_name, pay now' }),
      ['body has an unclosed placeholder: {{first_name, pay now'],
    ],
    [
      'several bad placeholders',
      valid({ body: '{{ok}} {{a-b}} {{}} {{x' }),
      [
        'body has an invalid placeholder: {{a-b}}',
        'body has an invalid placeholder: {{}}',
        'body has an unclosed placeholder: {{x',
      ],
    ],
  ])('refuses a create with %s', async (_label, body, errors) => {
    expect((await t.http.post(URL).set(bearer(key)).send(body).expect(400)).body).toEqual(invalid(...errors));
  });

  it('recomputes the variables when the body changes, and only then', async () => {
    const template = await create(valid({ name: 'Change me' }));
    const renamed = await t.http.put(`${URL}/${template.id}`).set(bearer(key)).send({ name: 'Renamed' }).expect(200);
    expect(renamed.body).toEqual({
      success: true,
      message: 'Template updated successfully',
      updatedFields: ['name'],
      data: { ...template, name: 'Renamed', updatedAt: ISO },
    });

    const rebodied = await t.http
      .put(`${URL}/${template.id}`)
      .set(bearer(key))
      .send({ body: 'Hi {{ loan_id }}: {{emi_amount}} {{loan_id}}', senderId: 'NEWSND', dltTemplateId: 'DLT42' })
      .expect(200);
    expect(rebodied.body.updatedFields).toEqual(['body', 'senderId', 'dltTemplateId']);
    expect(rebodied.body.data).toEqual({
      ...template,
      name: 'Renamed',
      body: 'Hi {{ loan_id }}: {{emi_amount}} {{loan_id}}',
      senderId: 'NEWSND',
      dltTemplateId: 'DLT42',
      variables: ['loan_id', 'emi_amount'],
      updatedAt: ISO,
    });
    const got = await t.http.get(`${URL}/${template.id}`).set(bearer(key)).expect(200);
    expect(got.body.data).toEqual(rebodied.body.data);

    const cleared = await t.http
      .put(`${URL}/${template.id}`)
      .set(bearer(key))
      .send({ dltTemplateId: null })
      .expect(200);
    expect(cleared.body.data).toMatchObject({ dltTemplateId: null, variables: ['loan_id', 'emi_amount'] });
  });

  it.each([
    ['an empty body', {}, ['At least one field must be given']],
    [
      'a bad placeholder in a new body',
      { body: 'Hi {{first name}}' },
      ['body has an invalid placeholder: {{first name}}'],
    ],
    [
      'an unclosed placeholder in a new body',
      { name: 'ok', body: 'Hi {{x' },
      ['body has an unclosed placeholder: {{x'],
    ],
    ['a null body', { body: null }, ['body is required']],
    ['a bad senderId', { senderId: 'SENDER_ID' }, ['senderId must be 1 to 11 letters or digits']],
    ['variables given by the caller', { variables: [] }, ['property variables should not exist']],
  ])('refuses an update with %s and changes nothing', async (_label, body, errors) => {
    const template = await create(valid({ name: 'Unchanged' }));
    const res = await t.http.put(`${URL}/${template.id}`).set(bearer(key)).send(body).expect(400);
    expect(res.body).toEqual(invalid(...errors));
    expect((await t.http.get(`${URL}/${template.id}`).set(bearer(key)).expect(200)).body.data).toEqual(template);
  });

  it('deletes a template; it is gone afterwards', async () => {
    const template = await create(valid({ name: 'Doomed' }));
    const res = await t.http.delete(`${URL}/${template.id}`).set(bearer(key)).expect(200);
    expect(res.body).toEqual({ success: true, message: 'Template deleted successfully' });
    expect((await t.http.get(`${URL}/${template.id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await t.http.delete(`${URL}/${template.id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
  });

  it('answers 404 for an unknown id on get, update and delete', async () => {
    const id = 'tmpl_AAAAAAAAAAAAAAAAAAAA';
    expect((await t.http.get(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
    expect((await t.http.put(`${URL}/${id}`).set(bearer(key)).send({ name: 'x' }).expect(404)).body).toEqual(NOT_FOUND);
    expect((await t.http.delete(`${URL}/${id}`).set(bearer(key)).expect(404)).body).toEqual(NOT_FOUND);
  });

  it("never shows or touches another organization's templates", async () => {
    const mine = await create(valid({ name: 'Mine', dltTemplateId: 'MINE1' }));
    const other = await t.createOrg('Templates Other');
    const theirs = await create(valid({ name: 'Theirs' }), other.apiKey);
    const as = bearer(other.apiKey);

    expect((await t.http.get(`${URL}/${mine.id}`).set(as).expect(404)).body).toEqual(NOT_FOUND);
    const put = await t.http
      .put(`${URL}/${mine.id}`)
      .set(as)
      .send({ body: 'Hijacked {{x}}', name: 'Hijacked' })
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
