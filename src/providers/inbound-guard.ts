import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  NotFoundException,
  Optional,
  PayloadTooLargeException,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isPlainObject } from '../common/plain-object';
import { ApiHeader, ApiNotFoundResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import type { Channel } from '../common/channel';
import { Clock } from '../common/clock';
import { DomainError, validationFailed } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from '../operations/metrics.service';
import {
  hasSignatureHeaders,
  inboundSignatureProblem,
  SIGNATURE_HEADER,
  SIGNATURE_MESSAGES,
  TIMESTAMP_HEADER,
  TIMESTAMP_TOLERANCE_S,
} from './inbound-signature';
import type { InboundRequest } from './inbound-request';

/** Why an inbound request is refused: the route is not configured (404), or not authentic (401). */
export type InboundRefusal = { status: 404 } | { status: 401; message: string };

/** How one inbound route authenticates its caller. */
export interface InboundRoute {
  /** The channel its events belong to (the metrics' label). */
  channel: Channel;
  /** Checks the request against the configured secret at `now`. */
  check(config: AppConfig, req: InboundRequest, now: Date): InboundRefusal | undefined;
  /** Whether the request carries this route's credentials at all: all there is to check when its body could not be read. */
  presents(req: InboundRequest): boolean;
}

const INBOUND_ROUTE = 'inbound:route';

/** The routes signed as SPEC §9 says, with `secretOf(config)` (a route with no secret answers 404). */
export function signedRoute(channel: Channel, secretOf: (config: AppConfig) => string | undefined): InboundRoute {
  return {
    channel,
    check(config, req, now) {
      const secret = secretOf(config);
      if (!secret) return { status: 404 };
      const problem = inboundSignatureProblem(
        secret,
        { timestamp: req.headers[TIMESTAMP_HEADER], signature: req.headers[SIGNATURE_HEADER], rawBody: req.rawBody },
        now,
      );
      return problem ? { status: 401, message: SIGNATURE_MESSAGES[problem] } : undefined;
    },
    presents: (req) =>
      hasSignatureHeaders({ timestamp: req.headers[TIMESTAMP_HEADER], signature: req.headers[SIGNATURE_HEADER] }),
  };
}

/**
 * A public route (no API key) whose caller is authenticated by `route` instead: the global auth
 * guard lets it through, InboundGuard checks it. Not rate-limited, like every public route.
 */
export const Inbound = (route: InboundRoute): MethodDecorator =>
  applyDecorators(
    Public(),
    SetMetadata(INBOUND_ROUTE, route),
    UseGuards(InboundGuard),
    ApiNotFoundResponse({
      description: "The route is not configured (the provider's secret is unset): it does not exist",
    }),
  );

/** The OpenAPI security schemes of the provider routes (declared in app.setup.ts). */
export const PROVIDER_SIGNATURE_SCHEME = 'provider-signature';
export const TWILIO_SIGNATURE_SCHEME = 'twilio-signature';

/** `@Inbound(signedRoute(...))` with its Swagger: the two headers and the 401. */
export const SignedInbound = (
  channel: Channel,
  secretOf: (config: AppConfig) => string | undefined,
  secretName: string,
) =>
  applyDecorators(
    Inbound(signedRoute(channel, secretOf)),
    ApiSecurity(PROVIDER_SIGNATURE_SCHEME),
    ApiHeader({ name: 'X-Timestamp', required: true, description: 'Unix seconds; at most 300 s from the server time' }),
    ApiHeader({
      name: 'X-Signature',
      required: true,
      description: `\`sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>">\`, keyed by ${secretName}`,
    }),
    ApiUnauthorizedResponse({
      description: `Missing or wrong signature, or X-Timestamp more than ${TIMESTAMP_TOLERANCE_S} s from now`,
      example: { success: false, error: 'Unauthorized', message: SIGNATURE_MESSAGES.mismatch },
    }),
  );

/**
 * Runs after the global auth guard (which lets @Public routes through): 404 when the route is not
 * configured, 401 when the caller is not authentic, then the body parser's problem if there was
 * one (400, 413, 415). So a bad signature is a 401 whatever the body.
 */
@Injectable()
export class InboundGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const route = this.reflector.get<InboundRoute | undefined>(INBOUND_ROUTE, context.getHandler());
    if (!route) throw new Error('InboundGuard used on a route without @Inbound()');
    const req = context.switchToHttp().getRequest<InboundRequest>();

    let refusal = route.check(this.config, req, this.clock.now());
    // A body parsed without its raw bytes kept was never covered by the signature check: refuse.
    const parsedUnkept =
      req.rawBody === undefined &&
      req.inboundBodyError === undefined &&
      isPlainObject(req.body) &&
      Object.keys(req.body).length > 0;
    if (!refusal && parsedUnkept) refusal = { status: 401, message: 'The signed body could not be checked' };
    // A body that could not be read (too large, bad encoding) cannot be checked against its
    // signature: credentials that are present get the body's own answer (413, 415), as API routes
    // do with a bearer they have not verified yet; absent ones are a 401.
    const unreadable = req.inboundBodyError !== undefined && req.rawBody === undefined;
    if (refusal?.status === 401 && unreadable && route.presents(req)) refusal = undefined;
    if (refusal?.status === 404) throw new NotFoundException(`Cannot ${req.method} ${req.path}`);
    if (refusal) {
      this.metrics?.providerEvents(route.channel, 'rejected', 1);
      throw new DomainError('UNAUTHORIZED', refusal.message);
    }
    if (req.inboundBodyError !== undefined) {
      this.metrics?.providerEvents(route.channel, 'rejected', 1);
      throw bodyProblem(req.inboundBodyError);
    }
    return true;
  }
}

/** The body parser's error in the envelope the rest of the API uses for it (app.setup's bodyErrors). */
function bodyProblem(error: unknown): Error {
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown };
  switch (type) {
    case 'entity.too.large':
      return new PayloadTooLargeException('Request body is too large');
    case 'entity.shape':
      return validationFailed([typeof message === 'string' ? message : 'Request body has an unsupported shape']);
    case 'entity.parse.failed':
      return validationFailed(['Request body is not valid JSON']);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DomainError('UNSUPPORTED_MEDIA', 'Unsupported request encoding');
    default:
      return validationFailed(['Request body could not be read']);
  }
}
