import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal } from '../../organizations/api-keys.service';
import { UNAUTHORIZED_MESSAGE } from '../exception.filter';
import { RateLimited } from '../rate-limit/rate-limit.decorators';

export const IS_PUBLIC = 'auth:public';
export const IS_ADMIN = 'auth:admin';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

const UNAUTHORIZED_EXAMPLE = { success: false, error: 'Unauthorized', message: UNAUTHORIZED_MESSAGE };

/** Opts a route out of the global guard (health, docs). Everything else fails closed. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Documents the API-key bearer scheme; the global guard enforces it. */
export const Auth = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiBearerAuth('api-key'),
    ApiUnauthorizedResponse({
      description: 'Missing, unknown, expired or revoked API key',
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
