import { readFileSync } from 'node:fs';
import { OPERATION_IDS } from '../../src/common/api-docs';
import { OPENAPI_FILE, serializeOpenApi } from '../../src/openapi-export';
import { createTestApp, TestApp } from '../support/app';

type Schema = Record<string, unknown>;
interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  responses: Record<
    string,
    { content?: Record<string, { schema?: Schema; example?: unknown; examples?: Record<string, unknown> }> }
  >;
  security?: unknown[];
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    tags?: Array<{ name: string; description?: string }>;
    components: { schemas: Record<string, Schema> };
  };
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

  it('names every operation with a unique camelCase operationId from the table in src/common/api-docs.ts', () => {
    const ids = operations().map((o) => o.op.operationId);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]+$/.test(id ?? ''))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set([...Object.values(OPERATION_IDS), 'initiateCalls', 'initiateSms']);
    expect(ids.filter((id) => !known.has(id!))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['initiateCalls', 'initiateSms', 'listAttempts', 'getLogs']));
  });

  it('describes every tag the operations use', () => {
    const described = new Map((doc.tags ?? []).map((t) => [t.name, t.description]));
    const used = new Set(operations().flatMap((o) => o.op.tags ?? []));
    expect([...used].filter((tag) => !described.get(tag))).toEqual([]);
  });

  it('types every parameter: integers (page, limit...) as integers with bounds, never an object', () => {
    for (const { path, method, op } of operations()) {
      for (const p of op.parameters ?? []) {
        const where = [method, path, p.in, p.name];
        expect([...where, typeof p.schema?.type]).toEqual([...where, 'string']);
        expect([...where, p.schema?.type]).not.toEqual([...where, 'object']);
        if (['page', 'limit', 'per_page'].includes(p.name)) {
          expect([...where, p.schema]).toEqual([
            ...where,
            expect.objectContaining({ type: 'integer', minimum: 1, maximum: expect.any(Number) }),
          ]);
        }
      }
    }
  });

  it('gives every JSON response a schema: the envelope on successes, ErrorResponse on every error', () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        const where = [method, path, status];
        for (const [type, media] of Object.entries(response.content ?? {})) {
          expect([...where, type, typeof media.schema]).toEqual([...where, type, 'object']);
        }
        if (Number(status) >= 400) {
          expect([...where, response.content?.['application/json']?.schema]).toEqual([
            ...where,
            { $ref: '#/components/schemas/ErrorResponse' },
          ]);
        }
      }
    }
    expect(doc.components.schemas.ErrorResponse).toMatchObject({ required: ['success', 'message'] });
  });

  it('says which objects are free-form: no object schema reads as an empty object to a generator', () => {
    const empty: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const described = ['properties', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', '$ref'].some(
        (k) => k in schema,
      );
      if (schema.type === 'object' && !described) empty.push(at);
      for (const [key, value] of Object.entries(schema)) {
        if (key !== 'example' && key !== 'examples') walk(value, `${at}/${key}`);
      }
    };
    walk(doc.components.schemas, '#/components/schemas');
    walk(doc.paths, '#/paths');
    expect(empty).toEqual([]);
  });

  it('keeps the key entered under Authorize in Swagger UI across reloads', async () => {
    const init = await t.http.get('/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toMatch(/"persistAuthorization":\s*true/);
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
