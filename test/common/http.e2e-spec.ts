import { bearer, createTestApp, TestApp } from '../support/app';

describe('HTTP conventions', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg()).apiKey;
  });
  afterAll(() => t.close());

  it('rejects unknown body properties with the validation envelope', async () => {
    const res = await t.http
      .post('/api/v1/admin/organizations')
      .set('Authorization', `Bearer ${t.config.adminApiToken}`)
      .send({ name: 'Acme', plan: 'gold' })
      .expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['property plan should not exist'],
    });
  });

  it('names a missing required field and a wrong type, one string per problem', async () => {
    const admin = { Authorization: `Bearer ${t.config.adminApiToken}` };
    const missing = await t.http.post('/api/v1/admin/organizations').set(admin).send({}).expect(400);
    expect(missing.body).toEqual({ success: false, message: 'Validation failed', errors: ['name is required'] });
    const wrong = await t.http.post('/api/v1/admin/organizations').set(admin).send({ name: 42 }).expect(400);
    expect(wrong.body.errors).toEqual(['name must be a string']);
  });

  it('answers malformed JSON with a 400 envelope', async () => {
    const res = await t.http
      .post('/api/v1/admin/organizations')
      .set('Authorization', `Bearer ${t.config.adminApiToken}`)
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['Request body is not valid JSON'],
    });
  });

  it('answers 413 for a JSON body over 10 MB and creates nothing', async () => {
    const name = 'x'.repeat(10 * 1024 * 1024 + 10);
    const res = await t.http
      .post('/api/v1/admin/organizations')
      .set('Authorization', `Bearer ${t.config.adminApiToken}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name }))
      .expect(413);
    expect(res.body).toEqual({
      success: false,
      error: 'Payload Too Large',
      message: 'Request body exceeds the 10 MB limit',
    });
  });

  it('answers unknown routes with a 404 envelope', async () => {
    const res = await t.http.get('/api/v1/no-such-route').set(bearer(key)).expect(404);
    expect(res.body.success).toBe(false);
    expect(typeof res.body.message).toBe('string');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await t.http.get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.http.get('/health').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document with its security schemes', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.components.securitySchemes).sort()).toEqual([
      'admin-token',
      'api-key',
      'metrics-token',
      'provider-signature',
      'twilio-signature',
      'x-api-key',
    ]);
    expect(res.body.components.securitySchemes['x-api-key']).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-api-key',
    });
    expect(res.body.paths['/api/v1/admin/organizations'].post).toBeDefined();
    // API-key routes: either scheme, the optional x-org-id header and its 403; admin routes: neither.
    const whoami = res.body.paths['/api/v1/auth/whoami'].get;
    expect(whoami.security).toEqual([{ 'api-key': [] }, { 'x-api-key': [] }]);
    expect(whoami.parameters).toContainEqual(
      expect.objectContaining({ name: 'x-org-id', in: 'header', required: false }),
    );
    expect(JSON.stringify(whoami.responses['403'])).toContain('Organization mismatch for this API key');
    const admin = res.body.paths['/api/v1/admin/organizations'].post;
    expect(admin.security).toEqual([{ 'admin-token': [] }]);
    expect(admin.responses['403']).toBeUndefined();
    await t.http.get('/docs').expect(200);
  });
});
