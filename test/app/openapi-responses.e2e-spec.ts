import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { OPENAPI_FILE } from '../../src/openapi-export';
import { checkAgainstDocument, closeObjects, ResponseChecker } from '../support/openapi-responses';

/**
 * The checker every e2e response goes through (test/support/app.ts): it must tell a body the
 * document describes from one it does not, or the suite would prove nothing about openapi.json.
 */
describe('ResponseChecker (responses against openapi.json)', () => {
  const checker = ResponseChecker.fromFile();
  const json = 'application/json; charset=utf-8';
  const agent = {
    id: 'agent_3kTqZ8r1uVb5Yx2NcWm4',
    name: 'EMI reminder (Hindi)',
    description: null,
    language: 'hindi',
    variables: ['first_name'],
    status: 'active',
    createdAt: '2026-03-02T06:30:00.000Z',
    updatedAt: '2026-03-02T06:30:00.000Z',
  };
  const page = { page: 1, limit: 20, total: 1, totalPages: 1, hasNext: false, hasPrev: false };

  it('accepts the envelope the service sends', () => {
    expect(checker.check('GET', '/api/v1/agents/agent_1', 200, json, { success: true, data: agent })).toBeUndefined();
    expect(
      checker.check('GET', '/api/v1/agents', 200, json, { success: true, data: [agent], pagination: page }),
    ).toBeUndefined();
    expect(
      checker.check('GET', '/api/v1/agents/agent_1', 404, json, { success: false, message: 'Agent not found' }),
    ).toBeUndefined();
  });

  it('rejects a bare DTO where the envelope is documented', () => {
    expect(checker.check('GET', '/api/v1/agents/agent_1', 200, json, agent)).toMatch(
      /GET \/api\/v1\/agents\/\{id\} → 200: body does not match .*must have required property 'success'/,
    );
  });

  it('rejects a wrong type, a missing required field and a field the schema does not list', () => {
    const wrongType = { success: true, data: { ...agent, variables: 'first_name' } };
    expect(checker.check('GET', '/api/v1/agents/agent_1', 200, json, wrongType)).toMatch(
      /\/data\/variables must be array/,
    );
    const { name: _name, ...nameless } = agent;
    expect(checker.check('GET', '/api/v1/agents/agent_1', 200, json, { success: true, data: nameless })).toMatch(
      /must have required property 'name'/,
    );
    expect(
      checker.check('GET', '/api/v1/agents/agent_1', 200, json, { success: true, data: { ...agent, secret: 'x' } }),
    ).toMatch(/must NOT have additional properties "secret"/);
    // A page without its pagination, or with TimePay's snake_case one, is not the documented page.
    expect(checker.check('GET', '/api/v1/agents', 200, json, { success: true, data: [agent] })).toMatch(
      /required property 'pagination'/,
    );
    expect(checker.check('GET', '/api/v1/agents/agent_1', 404, json, { message: 'Agent not found' })).toMatch(
      /required property 'success'/,
    );
  });

  it('reports a status the operation does not document, and a JSON body without a schema', () => {
    expect(checker.check('GET', '/api/v1/agents/agent_1', 418, json, { success: false, message: 'x' })).toMatch(
      /GET \/api\/v1\/agents\/\{id\} → 418: status 418 is not documented/,
    );
    expect(checker.check('GET', '/metrics', 200, 'text/plain; version=0.0.4', 'outreach_x 1\n')).toBeUndefined();
  });

  it('matches literal path segments before parameters, and leaves what the document does not cover', () => {
    // POST /campaigns/create, not a campaign called "create".
    const created = { success: true, message: 'Campaign created successfully', data: { id: 'c', name: 'n' } };
    expect(checker.check('POST', '/api/v1/campaigns/create', 201, json, created)).toBeUndefined();
    expect(checker.check('GET', '/docs-json', 200, json, {})).toBeUndefined();
    expect(checker.check('PATCH', '/api/v1/agents/agent_1', 404, json, {})).toBeUndefined();
  });

  it("shows examples the document's own schemas accept (an example a client copies is a real answer)", () => {
    const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, Media> }> }>>;
    };
    type Media = { example?: unknown; examples?: Record<string, { value: unknown }> };
    const problems: string[] = [];
    for (const [template, methods] of Object.entries(doc.paths)) {
      const path = template.replace(/\{[^}]+\}/g, 'x');
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(op.responses)) {
          const media = response.content?.['application/json'];
          const values = [
            ...(media?.example === undefined ? [] : [media.example]),
            ...Object.values(media?.examples ?? {}).map((e) => e.value),
          ];
          for (const value of values) {
            const problem = checker.check(method, path, Number(status), json, value);
            if (problem) problems.push(problem);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no failed record in an "all added" bulk example', () => {
    const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
      paths: Record<string, { post: { responses: Record<string, { content: Record<string, { example: unknown }> }> } }>;
    };
    for (const path of ['/api/v1/customers/add/bulk', '/api/v1/campaigns/{id}/customers/import']) {
      const example = doc.paths[path].post.responses['201'].content['application/json'].example;
      expect([path, example]).toEqual([
        path,
        expect.objectContaining({ success: true, results: expect.objectContaining({ failed: 0, errors: [] }) }),
      ]);
    }
  });

  describe("createTestApp's http (checkAgainstDocument)", () => {
    let server: Server;
    let url: string;
    const mode = process.env.OPENAPI_CHECK;
    beforeAll(async () => {
      process.env.OPENAPI_CHECK = 'fail'; // what CI runs with, whatever this run was started with
      // A stand-in service: a bare agent (no envelope), an undocumented 418, and a documented 404.
      server = createServer((req, res) => {
        const [status, body] =
          req.url === '/api/v1/agents/bare'
            ? [200, agent]
            : req.url === '/api/v1/agents/teapot'
              ? [418, { success: false, message: 'teapot' }]
              : [404, { success: false, message: 'Agent not found' }];
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      process.env.OPENAPI_CHECK = mode;
      if (mode === undefined) delete process.env.OPENAPI_CHECK;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it("fails the request's test when the body or the status is not the documented one", async () => {
      const http = checkAgainstDocument(request(url));
      await expect(http.get('/api/v1/agents/bare').expect(200)).rejects.toThrow(
        /does not match openapi.json — GET \/api\/v1\/agents\/\{id\} → 200: .*required property 'success'/,
      );
      await expect(http.get('/api/v1/agents/teapot')).rejects.toThrow(/status 418 is not documented/);
      await expect(http.get('/api/v1/agents/missing').expect(404)).resolves.toMatchObject({ status: 404 });
    });

    it("reports the test's own failed expectation first", async () => {
      const http = checkAgainstDocument(request(url));
      await expect(http.get('/api/v1/agents/bare').expect(201)).rejects.toThrow(/expected 201 "Created", got 200/);
    });
  });

  it('closes object schemas for the check only, never composed ones', () => {
    expect(closeObjects({ type: 'object', properties: { a: { type: 'object', properties: {} } } })).toEqual({
      type: 'object',
      properties: { a: { type: 'object', properties: {}, additionalProperties: false } },
      additionalProperties: false,
    });
    expect(closeObjects({ allOf: [{ $ref: '#/x' }], properties: { a: {} } })).toEqual({
      allOf: [{ $ref: '#/x' }],
      properties: { a: {} },
    });
    // The committed document itself stays open for clients (a new field is not a breaking change).
    expect(readFileSync(OPENAPI_FILE, 'utf8')).not.toContain('"additionalProperties": false');
  });
});
