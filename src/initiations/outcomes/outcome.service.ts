import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Channel } from '../../common/channel';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MetricsService } from '../../operations/metrics.service';
import { OutcomeStore } from '../persistence/outcome.store';
import { outcomeTimeoutS } from './outcomes';
import type { ApplyOptions, ApplyResult, ProviderEvent } from './provider-event';

/**
 * SPEC §9: every event a provider reports, whoever delivers it (the channels' inbound routes, the
 * outcome sweep), comes here. Each event is kept in its attempt's history; the outcome moves only
 * forward and its first final value is written once; an event for a still-queued attempt marks
 * it `initiated` (never sent again). One request is one transaction (`OutcomeStore.apply`).
 */
@Injectable()
export class OutcomeService {
  private readonly logger = new Logger(OutcomeService.name);

  constructor(
    private readonly store: OutcomeStore,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hand-over + this long, the sweep looks at an attempt still without a final outcome. */
  timeoutS(channel: Channel): number {
    return outcomeTimeoutS(this.config, channel);
  }

  async apply(events: ProviderEvent[], opts: ApplyOptions): Promise<ApplyResult> {
    const now = this.clock.now();
    const result = await this.store.apply(opts.channel, opts.source, events, now, this.timeoutS(opts.channel), {
      sameEventIsDuplicate: opts.sameEventIsDuplicate === true,
      withOrganizations: opts.withOrganizations,
    });
    for (const written of result.finals) this.metrics.outcomeWritten(opts.channel, written.outcome);
    if (result.handedOver > 0) {
      this.logger.log(
        { channel: opts.channel, source: opts.source, attempts: result.handedOver },
        'Provider events marked queued attempts initiated',
      );
    }
    return { accepted: result.stored, duplicates: result.known - result.stored, unknown: result.unknown };
  }
}
