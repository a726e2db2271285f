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
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ApiKeysService } from '../../organizations/api-keys.service';
import { AuthenticatedRequest, IS_ADMIN, IS_PUBLIC } from './auth.decorators';

function bearer(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer ([^\s]+)$/.exec(header.trim());
  return match?.[1];
}

function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/** Global guard: every route needs an API key unless marked @Public(); admin routes need the admin token. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearer(request.headers.authorization);

    if (this.reflector.getAllAndOverride<boolean>(IS_ADMIN, targets)) {
      const adminToken = this.config.adminApiToken;
      if (!adminToken) throw new NotFoundException(`Cannot ${request.method} ${request.path}`);
      if (!token || !sameSecret(token, adminToken)) throw new UnauthorizedException();
      return true;
    }

    const principal = token ? await this.apiKeys.verify(token) : undefined;
    if (!principal) throw new UnauthorizedException();
    request.principal = principal;
    return true;
  }
}
