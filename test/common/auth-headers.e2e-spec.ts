import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';

const UNAUTHORIZED = { success: false, error: 'Unauthorized', message: 'Missing or invalid authorization header' };
const MISMATCH = { success: false, error: 'Forbidden', message: 'Organization mismatch for this API key' };

/** SPEC §2: existing TimePay clients send the bare key in `x-api-key`, and may name their organization in `x-org-id`. */
describe('x-api-key and x-org-id', () => {
  let t: TestApp;
  let org: { id: string; apiKey: string; apiKeyId: string };
  let other: { id: string; apiKey: string; apiKeyId: string };
  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg('TimePay Client Org');
    other = await t.createOrg('Another Org');
  });
  afterAll(() => t.close());

  const whoami = (headers: Record<string, string>) => t.http.get('/api/v1/auth/whoami').set(headers);

  describe('x-api-key', () => {
    it('authenticates the bare key as the bearer does', async () => {
      const res = await whoami({ 'x-api-key': org.apiKey }).expect(200);
      expect(res.body).toEqual({ success: true, data: { organizationId: org.id, apiKeyId: org.apiKeyId } });
    });

    it('serves resource routes too', async () => {
      const created = await t.http
        .post('/api/v1/dispositions')
        .set('x-api-key', org.apiKey)
        .send({ name: 'Promised to pay' })
        .expect(201);
      const got = await t.http.get(`/api/v1/dispositions/${created.body.data.id}`).set(bearer(org.apiKey)).expect(200);
      expect(got.body.data.name).toBe('Promised to pay');
    });

    it.each([
      ['an unknown key', `oak_AAAAAAAAAAAA_${'a'.repeat(43)}`],
      ['a malformed key', 'not-a-key'],
      ['a real prefix with a wrong secret', () => `${org.apiKey.slice(0, 17)}${'x'.repeat(43)}`],
      ['the admin token', ADMIN_TOKEN],
    ])('refuses %s with the exact 401 body', async (_label, key) => {
      const res = await whoami({ 'x-api-key': typeof key === 'function' ? key() : key }).expect(401);
      expect(res.body).toEqual(UNAUTHORIZED);
    });

    it('accepts the same key in both headers and refuses two different ones, even both valid', async () => {
      await whoami({ ...bearer(org.apiKey), 'x-api-key': org.apiKey }).expect(200);
      for (const headers of [
        { ...bearer(org.apiKey), 'x-api-key': other.apiKey },
        { ...bearer(org.apiKey), 'x-api-key': 'not-a-key' },
        { ...bearer('not-a-key'), 'x-api-key': org.apiKey },
        { Authorization: 'Basic dXNlcjpwYXNz', 'x-api-key': org.apiKey },
      ]) {
        const res = await whoami(headers).expect(401);
        expect(res.body).toEqual(UNAUTHORIZED);
      }
    });

    it('is not accepted on admin routes, whether it carries the admin token or a key', async () => {
      for (const key of [ADMIN_TOKEN, org.apiKey]) {
        const res = await t.http
          .post('/api/v1/admin/organizations')
          .set('x-api-key', key)
          .send({ name: 'x' })
          .expect(401);
        expect(res.body).toEqual(UNAUTHORIZED);
      }
      // The admin token still works as a bearer, and an x-org-id beside it changes nothing.
      await t.http
        .get(`/api/v1/admin/organizations/${org.id}/api-keys`)
        .set({ Authorization: `Bearer ${ADMIN_TOKEN}`, 'x-org-id': other.id })
        .expect(200);
    });

    it('counts as a key before the body is read: a broken body with x-api-key is a 400, without any key a 401', async () => {
      const send = (headers: Record<string, string>) =>
        t.http
          .post('/api/v1/dispositions')
          .set({ 'Content-Type': 'application/json', ...headers })
          .send('{"name": ');
      const withKey = await send({ 'x-api-key': org.apiKey }).expect(400);
      expect(withKey.body).toEqual({
        success: false,
        message: 'Validation failed',
        errors: ['Request body is not valid JSON'],
      });
      expect((await send({}).expect(401)).body).toEqual(UNAUTHORIZED);
    });
  });

  describe('x-org-id', () => {
    it("passes when it names the key's organization, with either key header", async () => {
      await whoami({ ...bearer(org.apiKey), 'x-org-id': org.id }).expect(200);
      await whoami({ 'x-api-key': org.apiKey, 'x-org-id': org.id }).expect(200);
    });

    it.each([
      ['another organization', () => other.id],
      ['an unknown organization', () => 'org_00000000000000000000'],
      ['the id in another case', () => org.id.toUpperCase()],
    ])('answers 403 with the exact body when it names %s', async (_label, orgId) => {
      for (const key of [bearer(org.apiKey), { 'x-api-key': org.apiKey }]) {
        const res = await whoami({ ...key, 'x-org-id': orgId() }).expect(403);
        expect(res.body).toEqual(MISMATCH);
      }
    });

    it('refuses before anything is done: no campaign is created under a mismatching x-org-id', async () => {
      const before = await t.http.get('/api/v1/campaigns').set(bearer(org.apiKey)).expect(200);
      const res = await t.http
        .post('/api/v1/campaigns/create')
        .set({ ...bearer(org.apiKey), 'x-org-id': other.id })
        .send({ name: 'Should not exist' })
        .expect(403);
      expect(res.body).toEqual(MISMATCH);
      const after = await t.http.get('/api/v1/campaigns').set(bearer(org.apiKey)).expect(200);
      expect(after.body.pagination.total).toBe(before.body.pagination.total);
    });

    it('checks the key first: a bad or missing key with any x-org-id is a 401', async () => {
      const cases: Array<Record<string, string>> = [
        { 'x-org-id': org.id },
        { 'x-org-id': other.id },
        { 'x-api-key': 'not-a-key', 'x-org-id': org.id },
        { ...bearer(`oak_AAAAAAAAAAAA_${'a'.repeat(43)}`), 'x-org-id': other.id },
      ];
      for (const headers of cases) {
        const res = await whoami(headers).expect(401);
        expect(res.body).toEqual(UNAUTHORIZED);
      }
    });

    it('an empty x-org-id names no organization', async () => {
      await whoami({ ...bearer(org.apiKey), 'x-org-id': '' }).expect(200);
    });
  });
});
