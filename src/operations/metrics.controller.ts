import { Controller, Get, Headers, Inject, Res, UnauthorizedException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/auth.decorators';
import { sameSecret } from '../common/auth/auth.guard';
import { UNAUTHORIZED_MESSAGE } from '../common/exception.filter';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrape endpoint, served by every process (workers included: the attempt counters
 * and provider latencies live in the process that dispatched). Open unless METRICS_TOKEN is set.
 */
@ApiTags('Operations')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format)' })
  @ApiBearerAuth('metrics-token')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description:
      'outreach_initiations_total, outreach_attempts_total, outreach_provider_request_duration_seconds, outreach_queue_jobs and process metrics',
    content: {
      'text/plain': {
        schema: { type: 'string' },
        example:
          'outreach_initiations_total{channel="calls",outcome="completed"} 3\noutreach_queue_jobs{queue="calls",state="waiting"} 0\n',
      },
    },
  })
  @ApiUnauthorizedResponse({
    description: 'METRICS_TOKEN is set and the request does not carry it',
    example: { success: false, error: 'Unauthorized', message: UNAUTHORIZED_MESSAGE },
  })
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (token) {
      const presented = /^Bearer (\S+)$/.exec(authorization?.trim() ?? '')?.[1];
      if (!presented || !sameSecret(presented, token)) throw new UnauthorizedException();
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.metrics());
  }
}
