import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiNotFoundResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal } from '../../organizations/api-keys.service';
import { UNAUTHORIZED_MESSAGE } from '../exception.filter';
import { ORGANIZATION_MISMATCH_BODY } from './auth.docs';
import { RateLimited } from '../rate-limit/rate-limit.decorators';

export const IS_PUBLIC = 'auth:public';
export const IS_ADMIN = 'auth:admin';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

const UNAUTHORIZED_EXAMPLE = { success: false, error: 'Unauthorized', message: UNAUTHORIZED_MESSAGE };

/** Opts a route out of the global guard (health, docs). Everything else fails closed. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * Documents the API-key schemes (bearer, or the bare key in `x-api-key`) and the optional `x-org-id`
 * header; the global guard enforces them. Its 403 is added to each route's responses by
 * documentOrganizationMismatch (auth.docs.ts), beside any 403 the route documents itself.
 */
export const Auth = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiBearerAuth('api-key'),
    ApiSecurity('x-api-key'),
    ApiHeader({
      name: 'x-org-id',
      required: false,
      description:
        "Optional: the organization the client acts for (e.g. `org_3kTqZ8r1uVb5Yx2NcWm4`). When sent it must be the API key's own organization, " +
        `else 403 ${JSON.stringify(ORGANIZATION_MISMATCH_BODY)}.`,
      // No schema example: Swagger UI's "Try it out" fills the header with it, and a made-up id is a 403.
      schema: { type: 'string' },
    }),
    ApiUnauthorizedResponse({
      description:
        'Missing, unknown, expired or revoked API key, or Authorization and x-api-key carrying different keys',
      example: UNAUTHORIZED_EXAMPLE,
    }),
    RateLimited(),
  );

/** Operator routes: `Authorization: Bearer $ADMIN_API_TOKEN`; they answer 404 when no token is configured. */
export const AdminAuth = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(IS_ADMIN, true),
    ApiBearerAuth('admin-token'),
    ApiUnauthorizedResponse({ description: 'Missing or wrong admin token', example: UNAUTHORIZED_EXAMPLE }),
    ApiNotFoundResponse({ description: 'ADMIN_API_TOKEN is not configured' }),
    RateLimited(),
  );

/** The caller's organization id. Throws if the guard did not authenticate the request: never a default. */
export const CurrentOrg = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentOrg used on a route the auth guard did not authenticate');
  return principal.organizationId;
});

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route the auth guard did not authenticate');
  return principal;
});
