import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('API keys: expiry, last use, listing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const listKeys = async (orgId: string) =>
    (await t.http.get(`/api/v1/admin/organizations/${orgId}/api-keys`).set(admin).expect(200)).body.data as Array<
      Record<string, string | null>
    >;

  it('an expiring key works until its expiry, then answers 401', async () => {
    const org = await t.createOrg();
    const expiresAt = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const issued = await t.http
      .post(`/api/v1/admin/organizations/${org.id}/api-keys`)
      .set(admin)
      .send({ expiresAt })
      .expect(201);
    expect(issued.body.data).toEqual({ id: expect.stringMatching(/^key_/), apiKey: expect.any(String), expiresAt });
    const key = issued.body.data.apiKey as string;
    await t.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200);
    t.clock.advance(3_600_000);
    await t.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(401);
    await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
    const listed = (await listKeys(org.id)).find((k) => k.id === issued.body.data.id);
    expect(listed?.expiresAt).toBe(expiresAt);
  });

  it('refuses an expiry in the past or without a zone, and unknown fields', async () => {
    const org = await t.createOrg();
    const path = `/api/v1/admin/organizations/${org.id}/api-keys`;
    const past = await t.http.post(path).set(admin).send({ expiresAt: '2020-01-01T00:00:00Z' }).expect(400);
    expect(past.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['expiresAt must be in the future'],
    });
    const zoneless = await t.http.post(path).set(admin).send({ expiresAt: '2030-01-01T00:00:00' }).expect(400);
    expect(zoneless.body.errors).toEqual(['expiresAt must be an ISO 8601 timestamp with zone']);
    await t.http
      .post(path)
      .set(admin)
      .send({ scopes: ['all'] })
      .expect(400);
    expect(await listKeys(org.id)).toHaveLength(1);
  });

  it('records last use, written at most once a minute per key', async () => {
    const org = await t.createOrg();
    expect((await listKeys(org.id))[0].lastUsedAt).toBeNull();
    const first = t.clock.now().toISOString();
    await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
    expect((await listKeys(org.id))[0].lastUsedAt).toBe(first);
    t.clock.advance(30_000);
    await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
    expect((await listKeys(org.id))[0].lastUsedAt).toBe(first);
    t.clock.advance(31_000);
    const later = t.clock.now().toISOString();
    await t.http.get('/api/v1/auth/whoami').set(bearer(org.apiKey)).expect(200);
    expect((await listKeys(org.id))[0].lastUsedAt).toBe(later);
  });

  it('lists {id, prefix, createdAt, lastUsedAt, expiresAt, revokedAt} and never the key or its hash', async () => {
    const org = await t.createOrg();
    const [key] = await listKeys(org.id);
    expect(Object.keys(key).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'prefix', 'revokedAt']);
    expect(org.apiKey.startsWith(`${key.prefix}_`)).toBe(true);
    const raw = JSON.stringify(await listKeys(org.id));
    expect(raw).not.toContain(org.apiKey.slice(17));
  });
});
