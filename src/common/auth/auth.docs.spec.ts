import type { OpenAPIObject } from '@nestjs/swagger';
import { documentOrganizationMismatch, ORGANIZATION_MISMATCH_BODY } from './auth.docs';

const doc = (paths: Record<string, unknown>): OpenAPIObject =>
  ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths }) as unknown as OpenAPIObject;
const mismatch = { summary: 'x-org-id names another organization', value: ORGANIZATION_MISMATCH_BODY };

describe('documentOrganizationMismatch', () => {
  it('adds the 403 to API-key routes that have none, and leaves other routes alone', () => {
    const out = documentOrganizationMismatch(
      doc({
        '/a': { get: { security: [{ 'api-key': [] }, { 'x-api-key': [] }], responses: { 200: {} } } },
        '/admin': { post: { security: [{ 'admin-token': [] }], responses: { 201: {} } } },
        '/health': { get: { responses: { 200: {} } } },
      }),
    );
    expect(out.paths['/a'].get!.responses['403']).toEqual({
      description: "x-org-id names an organization other than the API key's",
      content: { 'application/json': { examples: { organizationMismatch: mismatch } } },
    });
    expect(Object.keys(out.paths['/admin'].post!.responses)).toEqual(['201']);
    expect(Object.keys(out.paths['/health'].get!.responses)).toEqual(['200']);
  });

  it("keeps a route's own 403 beside it, as a named example", () => {
    const own = { success: false, message: 'Campaign ID invalid or mismatch for your organization.' };
    const out = documentOrganizationMismatch(
      doc({
        '/single': {
          get: {
            security: [{ 'api-key': [] }],
            responses: { 403: { description: '', content: { 'application/json': { example: own } } } },
          },
        },
        '/named': {
          post: {
            security: [{ 'api-key': [] }],
            responses: {
              403: {
                description: "Another organization's campaign",
                content: { 'application/json': { examples: { forbidden: { summary: 'Forbidden', value: own } } } },
              },
            },
          },
        },
      }),
    );
    expect(out.paths['/single'].get!.responses['403']).toEqual({
      description:
        "Campaign ID invalid or mismatch for your organization; or x-org-id names an organization other than the API key's",
      content: {
        'application/json': {
          examples: { forbidden: { summary: own.message, value: own }, organizationMismatch: mismatch },
        },
      },
    });
    expect(out.paths['/named'].post!.responses['403']).toEqual({
      description: "Another organization's campaign; or x-org-id names an organization other than the API key's",
      content: {
        'application/json': {
          examples: { forbidden: { summary: 'Forbidden', value: own }, organizationMismatch: mismatch },
        },
      },
    });
  });
});
