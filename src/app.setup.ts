import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { servesApi } from './app.module';
import { documentErrors, operationId, TAGS } from './common/api-docs';
import { documentOrganizationMismatch } from './common/auth/auth.docs';
import { presentedApiKey } from './common/auth/credentials';
import { errorBody, UNAUTHORIZED_MESSAGE } from './common/exception.filter';
import {
  applyCors,
  applyServerTimeouts,
  applyTrustProxy,
  jsonShapeLimits,
  securityHeaders,
} from './common/http-hardening';
import type { AppConfig } from './config/app-config';
import { mountOpsPage } from './operations/ops-page/ops-page';
import { mountQueueBoard } from './operations/queue-board';
import { PROVIDER_SIGNATURE_SCHEME, TWILIO_SIGNATURE_SCHEME } from './providers/inbound-guard';
import { deferInboundBodyError, keepInboundRawBody } from './providers/inbound-request';
import { TWILIO_STATUS_PATH } from './sms/providers/twilio-signature';

export const JSON_BODY_LIMIT = '10mb';
export const API_PREFIX = 'api/v1';
/** Served at the root: probes and the Prometheus scrape. */
export const GLOBAL_PREFIX_EXCLUDE = ['health', 'health/ready', 'metrics'];

/** Body-parser errors happen before Nest's router: answer them in the same envelope. */
function bodyErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const type = (err as { type?: string } | null)?.type;
  const isBodyError = typeof type === 'string' && (type.startsWith('entity.') || type.endsWith('.unsupported'));
  // Provider routes are signed, not keyed: their guard checks the signature, then answers the body's problem.
  if (isBodyError && deferInboundBodyError(err, req)) return next();
  // The key check comes first (SPEC §4): a request without one (bearer or x-api-key) is a 401 whatever its body.
  if (isBodyError && presentedApiKey(req.headers).kind !== 'key') {
    res.status(401).json(errorBody(401, UNAUTHORIZED_MESSAGE));
  } else if (type === 'entity.too.large') {
    res.status(413).json(errorBody(413, 'Request body exceeds the 10 MB limit'));
  } else if (type === 'entity.shape') {
    res.status(400).json(errorBody(400, 'Validation failed', { errors: [(err as Error).message] }));
  } else if (type === 'entity.parse.failed') {
    res.status(400).json(errorBody(400, 'Validation failed', { errors: ['Request body is not valid JSON'] }));
  } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(415).json(errorBody(415, 'Unsupported request encoding'));
  } else {
    next(err);
  }
}

export function buildOpenApi(app: INestApplication): ReturnType<typeof SwaggerModule.createDocument> {
  const builder = new DocumentBuilder()
    .setTitle('Outreach API')
    .setDescription(
      'Initiate AI-agent calls and SMS for the customers of a campaign — all of them or a filtered subset — ' +
        'in batches through Bull queues, with one initiation report.',
    )
    .setVersion('1')
    // bearerFormat is only a hint; the builder's default (JWT) would be wrong: the keys are opaque.
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'An organization API key' },
      'api-key',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'x-api-key',
        description:
          'The same API key, bare (existing TimePay clients). When Authorization is sent too, both must carry the same key (else 401). Not accepted on admin routes.',
      },
      'x-api-key',
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'The operator token (ADMIN_API_TOKEN)' },
      'admin-token',
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'METRICS_TOKEN, when set' },
      'metrics-token',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Signature',
        description:
          'Provider routes: `sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>">`, keyed by the provider\'s secret (VOICE_RUNNER_SECRET, SMS_GATEWAY_SECRET), with `X-Timestamp` in unix seconds',
      },
      PROVIDER_SIGNATURE_SCHEME,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Twilio-Signature',
        description:
          "Twilio's status callback: base64 HMAC-SHA1 of the full URL and the sorted form parameters, keyed by TWILIO_AUTH_TOKEN",
      },
      TWILIO_SIGNATURE_SCHEME,
    );
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { operationIdFactory: operationId });
  return documentErrors(documentOrganizationMismatch(document));
}

/** Everything main.ts does to the app, shared with the e2e tests so they test what runs. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.use(securityHeaders());
  applyCors(app, config);
  applyTrustProxy(app, config);
  applyServerTimeouts(app, config);
  // `verify` keeps the raw bytes of the provider routes (/api/v1/providers/…): their signatures cover them.
  app.use(
    express.json({
      limit: JSON_BODY_LIMIT,
      type: ['application/json', 'application/*+json'],
      verify: keepInboundRawBody,
    }),
  );
  app.use(TWILIO_STATUS_PATH, express.urlencoded({ extended: false, limit: '1mb', verify: keepInboundRawBody }));
  app.use(jsonShapeLimits);
  app.use(bodyErrors);
  if (servesApi(config)) mountQueueBoard(app, config);
  // The operations page at /ops: static files whose script calls the public API (not an API route).
  if (servesApi(config)) mountOpsPage(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: GLOBAL_PREFIX_EXCLUDE });
  if (servesApi(config)) {
    SwaggerModule.setup('docs', app, () => buildOpenApi(app), {
      jsonDocumentUrl: 'docs-json',
      // A key entered under Authorize survives a reload of the page.
      swaggerOptions: { persistAuthorization: true },
    });
  }
  app.enableShutdownHooks();
}
