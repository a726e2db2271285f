import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { DomainError, notFound } from '../../common/errors';
import { MetricsService } from '../../operations/metrics.service';
import { CancelStore } from '../persistence/cancel.store';
import type { CancelResultDto } from './cancel.dto';

export const NOTHING_TO_CANCEL = 'Nothing left to cancel: the initiation has ended and no follow-up is waiting';

/**
 * SPEC §10: stops what has not gone out — queued batches, delayed waves, follow-ups waiting — and
 * leaves the batches in flight to finish with their outcomes; the initiation ends `canceled`.
 * The database is the system of record: a Bull job of a canceled batch that still runs finds
 * nothing open, and recovery re-enqueues nothing (canceled is not open).
 */
@Injectable()
export class CancelService {
  private readonly logger = new Logger(CancelService.name);

  constructor(
    private readonly store: CancelStore,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async cancel(organizationId: string, initiationId: string, apiKeyId: string): Promise<CancelResultDto> {
    const outcome = await this.store.cancel(
      organizationId,
      initiationId,
      apiKeyId,
      this.clock.now(),
      () => new DomainError('CONFLICT', NOTHING_TO_CANCEL),
    );
    if (!outcome) throw notFound('Initiation');
    if (!outcome.repeat) {
      // Counted by the write that ended it, as the dispatcher's end counts the others.
      if (outcome.counts) this.metrics.initiationEnded(outcome.channel, 'canceled', outcome.counts);
      this.logger.log(
        {
          initiationId,
          organizationId,
          apiKeyId,
          channel: outcome.channel,
          canceled: outcome.canceled,
          status: outcome.status,
          ended: outcome.ended,
        },
        'Initiation canceled',
      );
    }
    return { initiationId, status: outcome.status, canceled: outcome.canceled };
  }
}
