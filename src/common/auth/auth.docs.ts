import type { OpenAPIObject } from '@nestjs/swagger';
import { ORGANIZATION_MISMATCH } from '../errors';

export const ORGANIZATION_MISMATCH_BODY = { success: false, error: 'Forbidden', message: ORGANIZATION_MISMATCH };

type Content = { example?: unknown; examples?: Record<string, { summary?: string; value: unknown }> };
type Response = { description?: string; content?: Record<string, Content> };

const MISMATCH_EXAMPLE = { summary: 'x-org-id names another organization', value: ORGANIZATION_MISMATCH_BODY };
const MISMATCH_DESCRIPTION = "x-org-id names an organization other than the API key's";

function messageOf(example: unknown): string | undefined {
  const message = (example as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Every API-key route may answer 403 when `x-org-id` names another organization. A class-level
 * decorator cannot say so on routes that document a 403 of their own (Swagger keeps the route's),
 * so the document gets it here: added where a route has no 403, merged as a second example where it has.
 */
export function documentOrganizationMismatch(document: OpenAPIObject): OpenAPIObject {
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as Array<{
      security?: Array<Record<string, unknown>>;
      responses?: Record<string, Response>;
    }>) {
      if (!operation?.security?.some((s) => 'api-key' in s) || !operation.responses) continue;
      const own = operation.responses['403'];
      if (!own) {
        operation.responses['403'] = {
          description: MISMATCH_DESCRIPTION,
          content: { 'application/json': { examples: { organizationMismatch: MISMATCH_EXAMPLE } } },
        };
        continue;
      }
      const content = (own.content ??= {});
      const json = (content['application/json'] ??= {});
      const ownText = own.description || messageOf(json.example) || 'Forbidden';
      const examples = json.examples ?? {};
      if (json.example !== undefined) {
        examples.forbidden = { summary: ownText, value: json.example };
        delete json.example;
      }
      json.examples = { ...examples, organizationMismatch: MISMATCH_EXAMPLE };
      own.description = `${ownText.replace(/\.$/, '')}; or ${MISMATCH_DESCRIPTION}`;
    }
  }
  return document;
}
