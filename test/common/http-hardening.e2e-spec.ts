import type { Server } from 'node:http';
import { bearer, createTestApp, TestApp } from '../support/app';

/** `depth` objects, one inside the other. */
const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('HTTP hardening', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp({ HTTP_HEADERS_TIMEOUT_MS: '15000', HTTP_REQUEST_TIMEOUT_MS: '120000' });
    key = (await t.createOrg()).apiKey;
  });
  afterAll(() => t.close());

  it('sends helmet security headers on API answers and on errors', async () => {
    for (const res of [
      await t.http.get('/api/v1/auth/whoami').set(bearer(key)).expect(200),
      await t.http.get('/api/v1/auth/whoami').expect(401),
      await t.http.post('/api/v1/campaigns/create').set(bearer(key)).set('Content-Type', 'application/json').send('{'),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('sends no CORS headers unless CORS_ORIGINS is set', async () => {
    const res = await t.http.get('/api/v1/auth/whoami').set('Origin', 'https://evil.example').set(bearer(key));
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses JSON nested deeper than 16 levels, or a list of more than 100,000 entries, as a 400', async () => {
    const post = (json: string) =>
      t.http.post('/api/v1/campaigns/create').set(bearer(key)).set('Content-Type', 'application/json').send(json);
    expect((await post(nested(16)).expect(400)).body.errors).toContain('property a should not exist');
    const deep = await post(nested(17)).expect(400);
    expect(deep.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['Request body is nested more than 16 levels deep'],
    });
    // A hostile depth far past the limit is refused just the same, without a stack overflow.
    await post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).expect(400);
    const long = await post(JSON.stringify({ filters: { ids: new Array(100_001).fill(1) } })).expect(400);
    expect(long.body.errors).toEqual(['Request body has a list of more than 100000 entries']);
    // The auth check still comes first.
    await t.http.post('/api/v1/campaigns/create').set('Content-Type', 'application/json').send(nested(40)).expect(401);
  });

  it('applies the slow-client timeouts to the server', () => {
    const server = t.app.getHttpServer() as Server;
    expect(server.headersTimeout).toBe(15000);
    expect(server.requestTimeout).toBe(120000);
  });
});

describe('CORS_ORIGINS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: 'https://app.example.com, https://ops.example.com' });
  });
  afterAll(() => t.close());

  it('allows the listed origins only', async () => {
    const allowed = await t.http
      .options('/api/v1/campaigns')
      .set('Origin', 'https://ops.example.com')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ops.example.com');
    // TimePay clients' own headers (SPEC §2) are allowed beside Authorization.
    expect(allowed.headers['access-control-allow-headers'].split(',')).toEqual(
      expect.arrayContaining(['Authorization', 'X-Api-Key', 'X-Org-Id']),
    );
    const other = await t.http
      .options('/api/v1/campaigns')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
