import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';

const UNAUTHORIZED = { success: false, error: 'Unauthorized', message: 'Missing or invalid authorization header' };

describe('authentication (API keys and admin token)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

  it('creates an organization whose key authenticates', async () => {
    const res = await t.http.post('/api/v1/admin/organizations').set(admin).send({ name: 'Acme Finance' }).expect(201);
    expect(res.body).toEqual({
      success: true,
      data: { id: expect.stringMatching(/^org_[0-9A-Za-z]{20}$/), name: 'Acme Finance', apiKey: expect.any(String) },
    });
    expect(res.body.data.apiKey).toMatch(/^oak_[0-9A-Za-z]{12}_[0-9A-Za-z]{43}$/);
    const keys = await t.http.get(`/api/v1/admin/organizations/${res.body.data.id}/api-keys`).set(admin).expect(200);
    expect(keys.body.data).toHaveLength(1);
    expect(JSON.stringify(keys.body)).not.toContain(res.body.data.apiKey);
    expect(keys.body.data[0].prefix).toBe(res.body.data.apiKey.slice(0, 16));
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['a non-bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['a bearer without a token', 'Bearer '],
    ['a malformed key', 'Bearer not-a-key'],
    ['an unknown well-formed key', `Bearer oak_AAAAAAAAAAAA_${'a'.repeat(43)}`],
  ])('refuses %s with the exact 401 body', async (_label, header) => {
    const res = await (
      header === undefined
        ? t.http.get('/api/v1/auth/whoami')
        : t.http.get('/api/v1/auth/whoami').set('Authorization', header)
    ).expect(401);
    expect(res.body).toEqual(UNAUTHORIZED);
  });

  it('refuses a real prefix with a wrong secret', async () => {
    const org = await t.createOrg();
    const forged = `${org.apiKey.slice(0, 17)}${'x'.repeat(43)}`;
    await t.http.get('/api/v1/auth/whoami').set(bearer(forged)).expect(401);
    await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
  });

  it('identifies the organization of the key', async () => {
    const org = await t.createOrg('Who Am I');
    const res = await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
    expect(res.body).toEqual({ success: true, data: { organizationId: org.id, apiKeyId: org.apiKeyId } });
  });

  it('issues further keys and revokes them with immediate effect', async () => {
    const org = await t.createOrg();
    const issued = await t.http.post(`/api/v1/admin/organizations/${org.id}/api-keys`).set(admin).expect(201);
    const key = issued.body.data.apiKey as string;
    expect(issued.body.data.id).toMatch(/^key_/);
    await t.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
    const revoked = await t.http.delete(`/api/v1/admin/api-keys/${issued.body.data.id}`).set(admin).expect(200);
    expect(revoked.body).toEqual({ success: true, message: 'API key revoked' });
    const res = await t.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(401);
    expect(res.body).toEqual(UNAUTHORIZED);
    // the organization's first key is untouched
    await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
    const list = await t.http.get(`/api/v1/admin/organizations/${org.id}/api-keys`).set(admin).expect(200);
    expect(list.body.data.map((k: { revokedAt: string | null }) => k.revokedAt !== null).sort()).toEqual([false, true]);
  });

  it('answers 404 for unknown organizations and keys on admin routes', async () => {
    const a = await t.http.post('/api/v1/admin/organizations/org_missing/api-keys').set(admin).expect(404);
    expect(a.body).toEqual({ success: false, message: 'Organization not found' });
    const b = await t.http.delete('/api/v1/admin/api-keys/key_missing').set(admin).expect(404);
    expect(b.body).toEqual({ success: false, message: 'API key not found' });
  });

  it('refuses admin routes without the admin token, or with an API key', async () => {
    const org = await t.createOrg();
    for (const headers of [{}, { Authorization: 'Bearer wrong-admin-token-000' }, bearer(org.apiKey)]) {
      const res = await t.http.post('/api/v1/admin/organizations').set(headers).send({ name: 'x' }).expect(401);
      expect(res.body).toEqual(UNAUTHORIZED);
    }
  });

  it('does not accept the admin token as an API key', async () => {
    await t.http.get('/api/v1/auth/whoami').set(admin).expect(401);
  });
});

describe('admin routes without ADMIN_API_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ADMIN_API_TOKEN: undefined });
  });
  afterAll(() => t.close());

  it('answer 404 whatever the header', async () => {
    for (const headers of [{}, { Authorization: `Bearer ${ADMIN_TOKEN}` }]) {
      const res = await t.http.post('/api/v1/admin/organizations').set(headers).send({ name: 'x' }).expect(404);
      expect(res.body.success).toBe(false);
    }
    await t.http.get('/api/v1/admin/organizations/org_x/api-keys').expect(404);
  });
});
