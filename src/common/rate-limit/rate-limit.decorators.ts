import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { rateLimitMessage } from './rate-limit.service';

export const STRICT_RATE_LIMIT = 'rate-limit:initiate';

const TOO_MANY = {
  description:
    'Rate limit exceeded (RATE_LIMIT_PER_MINUTE per API key, or per client IP without a valid key); ' +
    'the Retry-After header gives the seconds until the window resets.',
  headers: { 'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } } },
  example: { success: false, error: 'Too Many Requests', message: rateLimitMessage(12) },
};

/** Documents the 429 every authenticated route can answer. */
export const RateLimited = (): MethodDecorator & ClassDecorator =>
  applyDecorators(ApiTooManyRequestsResponse(TOO_MANY));

/** The initiate routes: INITIATE_RATE_LIMIT_PER_MINUTE per API key on top of the general limit. */
export const InitiateRateLimit = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(STRICT_RATE_LIMIT, true),
    ApiTooManyRequestsResponse({
      ...TOO_MANY,
      description: `${TOO_MANY.description} Initiate routes also count against INITIATE_RATE_LIMIT_PER_MINUTE.`,
    }),
  );
