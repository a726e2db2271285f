import { HttpException, Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { createRedis, RedisClient } from '../redis';

export type RateBucket = 'all' | 'initiate';

const WINDOW_SECONDS = 60;

export function rateLimitMessage(retryAfterSeconds: number): string {
  return `Rate limit exceeded, retry in ${retryAfterSeconds} s`;
}

/** Thrown by the guard; the exception filter writes the 429 envelope, the guard the Retry-After header. */
export class RateLimitedException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitMessage(retryAfterSeconds), 429);
  }
}

/**
 * Fixed one-minute windows counted in Redis, so every process of a deployment shares one count
 * per API key (or per client IP for requests without a valid key). Keys live under
 * `<QUEUE_PREFIX>:ratelimit:<bucket>:…` and expire with their window. If Redis is unreachable
 * each process falls back to an in-memory count (the same limit per process) rather than
 * failing every request or letting everything through.
 */
@Injectable()
export class RateLimitService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: RedisClient;
  private readonly limiters: Record<RateBucket, RateLimiterRedis>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // No offline queue: while Redis is down a command fails at once and the in-memory insurance
    // answers, instead of requests hanging until Redis comes back (common/redis.ts, 'rate-limit').
    // In a Redis Cluster each key is one command of its own: no hash tag needed.
    this.redis = createRedis(config.redis, 'rate-limit');
    this.redis.on('error', () => undefined); // reconnects by itself; the limiter falls back meanwhile
    const limiter = (bucket: RateBucket, points: number): RateLimiterRedis =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.queuePrefix}:ratelimit:${bucket}`,
        points,
        duration: WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS }),
      });
    this.limiters = {
      all: limiter('all', config.rateLimit.perMinute),
      initiate: limiter('initiate', config.rateLimit.initiatePerMinute),
    };
  }

  async onModuleInit(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (error) {
      this.logger.warn(`Redis unreachable for rate limits, counting in memory until it is back: ${String(error)}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  /** Counts one request of `subject` in each bucket; throws RateLimitedException past a limit. */
  async consume(subject: string, buckets: RateBucket[]): Promise<void> {
    for (const bucket of buckets) {
      try {
        await this.limiters[bucket].consume(subject);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw new RateLimitedException(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
    }
  }
}
