import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ApiKeysService } from '../../organizations/api-keys.service';
import { STRICT_RATE_LIMIT } from '../rate-limit/rate-limit.decorators';
import { RateBucket, RateLimitedException, RateLimitService } from '../rate-limit/rate-limit.service';
import { organizationMismatch } from '../errors';
import { AuthenticatedRequest, IS_ADMIN, IS_PUBLIC } from './auth.decorators';
import { bearerToken, presentedApiKey, presentedOrganizationId } from './credentials';

/** Constant-time comparison of two secrets of any length. */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/**
 * Global guard: every route needs an API key (bearer or `x-api-key`, see credentials.ts) unless
 * marked @Public(); admin routes need the admin token, as a bearer only. An `x-org-id` must name the
 * key's own organization (403), checked after the key (401 first). It also applies the rate limits,
 * because only here is the subject known: the API key, the admin token, or the client IP for
 * requests whose key or token is missing or wrong (so guessing keys is limited too). Public routes
 * (health probes, docs, metrics) are not limited.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    if (this.reflector.getAllAndOverride<boolean>(IS_ADMIN, targets)) {
      const token = bearerToken(request.headers.authorization);
      const adminToken = this.config.adminApiToken;
      if (!adminToken) throw new NotFoundException(`Cannot ${request.method} ${request.path}`);
      if (!token || !sameSecret(token, adminToken)) {
        await this.limit(context, `ip:${request.ip}`, ['all']);
        throw new UnauthorizedException();
      }
      // The operator has a count of its own: anonymous traffic from its IP cannot lock it out.
      await this.limit(context, 'admin', ['all']);
      return true;
    }

    const presented = presentedApiKey(request.headers);
    const principal = presented.kind === 'key' ? await this.apiKeys.verify(presented.key) : undefined;
    if (!principal) {
      await this.limit(context, `ip:${request.ip}`, ['all']);
      throw new UnauthorizedException();
    }
    const strict = this.reflector.getAllAndOverride<boolean>(STRICT_RATE_LIMIT, targets);
    await this.limit(context, `key:${principal.apiKeyId}`, strict ? ['all', 'initiate'] : ['all']);
    const orgId = presentedOrganizationId(request.headers);
    if (orgId !== undefined && orgId !== principal.organizationId) throw organizationMismatch();
    request.principal = principal;
    return true;
  }

  private async limit(context: ExecutionContext, subject: string, buckets: RateBucket[]): Promise<void> {
    try {
      await this.limits.consume(subject, buckets);
    } catch (error) {
      if (error instanceof RateLimitedException) {
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    }
  }
}
