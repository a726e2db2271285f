import { Global, Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service';

/** The Redis-backed request counters used by the global guard (API processes only). */
@Global()
@Module({ providers: [RateLimitService], exports: [RateLimitService] })
export class RateLimitModule {}
