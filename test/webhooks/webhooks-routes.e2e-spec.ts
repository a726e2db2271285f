import { bearer, createTestApp, TestApp } from '../support/app';

/**
 * The webhook endpoints' routes (SPEC §10): validation, the SSRF guard at creation and update
 * (this app has WEBHOOK_ALLOW_PRIVATE_URLS unset: only https to public addresses), the secret
 * shown once, pages, and another organization's endpoints unknown.
 */
describe('webhook routes', () => {
  let t: TestApp;
  let key: string;
  let otherKey: string;

  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Lender')).apiKey;
    otherKey = (await t.createOrg('Other lender')).apiKey;
  });
  afterAll(() => t.close());

  const create = (body: object, k = key) => t.http.post('/api/v1/webhooks').set(bearer(k)).send(body);
  // A literal public address: no DNS needed (example.com's addresses are public but the test must not depend on DNS).
  const PUBLIC_URL = 'https://93.184.215.14/hooks';

  it('creates an endpoint with a whsec_ secret shown once, never again', async () => {
    const res = await create({ url: PUBLIC_URL, events: ['attempt.outcome'], description: 'Ledger' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      id: expect.stringMatching(/^wh_[0-9A-Za-z]{20}$/),
      url: PUBLIC_URL,
      events: ['attempt.outcome'],
      description: 'Ledger',
      enabled: true,
      disabledReason: null,
    });
    // Standard Webhooks: whsec_ + base64 of 32 random bytes.
    expect(Buffer.from((res.body.data.secret as string).slice(6), 'base64')).toHaveLength(32);
    const id = res.body.data.id as string;
    const got = await t.http.get(`/api/v1/webhooks/${id}`).set(bearer(key));
    expect(got.status).toBe(200);
    expect(got.body.data.secret).toBeUndefined();
    const list = await t.http.get('/api/v1/webhooks').set(bearer(key));
    expect(list.body.data.map((w: { secret?: string }) => w.secret)).toEqual([undefined]);
    expect(list.body.pagination).toMatchObject({ page: 1, total: 1, hasNext: false, hasPrev: false });
  });

  it.each([
    [{ url: 'http://93.184.215.14/hooks', events: ['attempt.outcome'] }, 'url must use https'],
    [
      { url: 'https://127.0.0.1/hooks', events: ['attempt.outcome'] },
      'url must resolve to a public address (127.0.0.1 is not)',
    ],
    [{ url: 'https://[::1]/hooks', events: ['attempt.outcome'] }, 'url must resolve to a public address (::1 is not)'],
    [
      { url: 'https://169.254.169.254/latest', events: ['attempt.outcome'] },
      'url must resolve to a public address (169.254.169.254 is not)',
    ],
    [
      { url: 'https://[::ffff:10.0.0.1]/x', events: ['attempt.outcome'] },
      'url must resolve to a public address (::ffff:a00:1 is not)',
    ],
    [
      { url: 'https://localhost/hooks', events: ['attempt.outcome'] },
      'url must resolve to a public address (localhost resolves to',
    ],
    [{ url: 'not a url', events: ['attempt.outcome'] }, 'url must be an absolute URL'],
    [
      { url: PUBLIC_URL, events: ['attempt.created'] },
      'each value in events must be one of: attempt.outcome, initiation.completed, followup.scheduled',
    ],
    [{ url: PUBLIC_URL, events: [] }, 'events must name at least one event type'],
    [{ url: PUBLIC_URL }, 'events is required'],
  ])('refuses %j with a 400 naming the problem', async (body, problem) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Validation failed');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });

  it('updates url, events, enabled and description; a private url is refused there too', async () => {
    const { id } = (await create({ url: PUBLIC_URL, events: ['attempt.outcome'] })).body.data as { id: string };
    const res = await t.http
      .patch(`/api/v1/webhooks/${id}`)
      .set(bearer(key))
      .send({ events: ['initiation.completed', 'followup.scheduled'], enabled: false, description: null });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      events: ['initiation.completed', 'followup.scheduled'],
      enabled: false,
      description: null,
    });
    expect(res.body.updatedFields.sort()).toEqual(['description', 'enabled', 'events']);
    const bad = await t.http.patch(`/api/v1/webhooks/${id}`).set(bearer(key)).send({ url: 'https://10.1.2.3/x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(['url must resolve to a public address (10.1.2.3 is not)']);
    const extra = await t.http.patch(`/api/v1/webhooks/${id}`).set(bearer(key)).send({ secret: 'whsec_x' });
    expect(extra.status).toBe(400);
  });

  it("hides another organization's endpoints: every route answers 404 Webhook not found", async () => {
    const { id } = (await create({ url: PUBLIC_URL, events: ['attempt.outcome'] })).body.data as { id: string };
    const calls = [
      t.http.get(`/api/v1/webhooks/${id}`),
      t.http.patch(`/api/v1/webhooks/${id}`).send({ enabled: false }),
      t.http.delete(`/api/v1/webhooks/${id}`),
      t.http.post(`/api/v1/webhooks/${id}/rotate-secret`),
      t.http.get(`/api/v1/webhooks/${id}/deliveries`),
      t.http.post(`/api/v1/webhooks/${id}/deliveries/whd_x/redeliver`),
    ];
    for (const call of calls) {
      const res = await call.set(bearer(otherKey));
      expect([res.status, res.body.message]).toEqual([404, 'Webhook not found']);
    }
    const theirs = await t.http.get('/api/v1/webhooks').set(bearer(otherKey));
    expect(theirs.body.data).toEqual([]);
    // Still there for its owner.
    expect((await t.http.get(`/api/v1/webhooks/${id}`).set(bearer(key))).status).toBe(200);
  });

  it('deletes an endpoint; deliveries of an unknown delivery id are 404; ?status is checked', async () => {
    const { id } = (await create({ url: PUBLIC_URL, events: ['attempt.outcome'] })).body.data as { id: string };
    const unknown = await t.http.post(`/api/v1/webhooks/${id}/deliveries/whd_nope/redeliver`).set(bearer(key));
    expect([unknown.status, unknown.body.message]).toEqual([404, 'Delivery not found']);
    const bad = await t.http.get(`/api/v1/webhooks/${id}/deliveries?status=done`).set(bearer(key));
    expect(bad.status).toBe(400);
    const empty = await t.http.get(`/api/v1/webhooks/${id}/deliveries?status=&page=`).set(bearer(key));
    expect([empty.status, empty.body.data]).toEqual([200, []]);
    expect((await t.http.delete(`/api/v1/webhooks/${id}`).set(bearer(key))).status).toBe(200);
    expect((await t.http.get(`/api/v1/webhooks/${id}`).set(bearer(key))).status).toBe(404);
  });
});

describe('webhook routes with WEBHOOK_ALLOW_PRIVATE_URLS=true', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
  });
  afterAll(() => t.close());

  it('accepts http and loopback addresses (local development, tests)', async () => {
    const { apiKey } = await t.createOrg('Dev');
    const res = await t.http
      .post('/api/v1/webhooks')
      .set(bearer(apiKey))
      .send({ url: 'http://127.0.0.1:9/hooks', events: ['attempt.outcome'] });
    expect(res.status).toBe(201);
  });
});
