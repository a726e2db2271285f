import { readFileSync } from 'node:fs';
import { OPENAPI_FILE, serializeOpenApi } from '../../src/openapi-export';
import { createTestApp, TestApp } from '../support/app';

interface Operation {
  summary?: string;
  responses: Record<string, { content?: Record<string, { example?: unknown; examples?: Record<string, unknown> }> }>;
  security?: unknown[];
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );

  it('matches the committed openapi.json (regenerate it with `npm run openapi`)', () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    // A changed route, field or example shows up as a structured diff; then the bytes, as the export writes them.
    expect(JSON.parse(committed)).toEqual(doc);
    expect(committed).toBe(serializeOpenApi(doc));
  });

  it('documents every API route with a summary, a security scheme and a 401', () => {
    const api = operations().filter((o) => o.path.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(30);
    for (const { path, method, op } of api) {
      expect([path, method, typeof op.summary]).toEqual([path, method, 'string']);
      expect([path, method, Array.isArray(op.security) && op.security.length > 0]).toEqual([path, method, true]);
      expect([path, method, Object.keys(op.responses)]).toEqual([path, method, expect.arrayContaining(['401'])]);
    }
  });

  it('carries the seed usage examples and every seed response example on the initiate routes', () => {
    const calls = doc.paths['/api/v1/initiate/{campaignId}/calls'].post;
    const sms = doc.paths['/api/v1/initiate/{campaignId}/sms'].post;
    // The seed's six and four, and each channel's follow-ups (`retry`, SPEC §10).
    expect(Object.keys(calls.requestBody!.content['application/json'].examples!)).toHaveLength(7);
    expect(Object.keys(sms.requestBody!.content['application/json'].examples!)).toHaveLength(5);
    expect(calls.requestBody!.content['application/json'].examples!.followUps).toMatchObject({
      value: { retry: { on: ['no_answer', 'busy'], afterSeconds: 3600, maxAttempts: 2 } },
    });
    expect(sms.requestBody!.content['application/json'].examples!.followUps).toMatchObject({
      value: { retry: { on: ['undelivered'] } },
    });
    for (const status of ['200', '207', '400', '403', '404', '500']) {
      expect([status, calls.responses[status]?.content?.['application/json']?.examples]).toEqual([
        status,
        expect.any(Object),
      ]);
    }
    const notFound = calls.responses['404'].content!['application/json'].examples!;
    expect(JSON.stringify(notFound)).toContain('Agent not found');
    expect(JSON.stringify(notFound)).toContain('No customers found matching the given filters');
    expect(JSON.stringify(calls.responses['400'])).toContain('No active numbers available for this organization');
    expect(JSON.stringify(sms.responses['404'])).toContain('Template not found');
  });
});
