import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bull';
import { QUEUE } from '../queues/queues';

const TIMEOUT_MS = 1500;

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @InjectQueue(QUEUE.calls) private readonly queue: Queue,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** PING through Bull's own client, bounded: ioredis queues commands while disconnected. */
  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
      });
      await Promise.race([this.queue.client.ping(), timeout]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
