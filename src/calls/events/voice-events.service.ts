import { Injectable, Optional } from '@nestjs/common';
import { DispositionsService } from '../../dispositions/dispositions.service';
import { OutcomeService } from '../../initiations/outcomes/outcome.service';
import type { ApplyResult, ProviderEvent } from '../../initiations/outcomes/provider-event';
import { MetricsService } from '../../operations/metrics.service';
import { countInbound } from '../../providers/inbound-events';
import { readVoiceEvents, VoiceEvent } from './voice-events';

/**
 * The voice runner's events (SPEC §9): read, their dispositions resolved against each attempt's
 * organization, then handed to the pipeline's OutcomeService in one call.
 */
@Injectable()
export class VoiceEventsService {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly dispositions: DispositionsService,
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  async receive(body: unknown): Promise<ApplyResult> {
    let read: VoiceEvent[];
    try {
      read = readVoiceEvents(body);
    } catch (error) {
      this.metrics?.providerEvents('calls', 'rejected', 1);
      throw error;
    }
    const result = await this.outcomes.apply(
      read.map((r) => r.event),
      { channel: 'calls', source: 'voice', withOrganizations: (orgOf) => this.withDispositions(read, orgOf) },
    );
    countInbound(this.metrics, 'calls', result);
    return result;
  }

  /**
   * `disposition` names one of the attempt's organization's dispositions (id, or name in any
   * case): `{id, name}` as the organization spells it; otherwise the runner's text, `id: null`.
   * One lookup per organization, whatever the number of events; `orgOf` comes from the pipeline's
   * own read of the attempts.
   */
  private async withDispositions(read: VoiceEvent[], orgOf: Map<string, string>): Promise<ProviderEvent[]> {
    const named = read.filter((r) => r.dispositionText !== undefined && r.dispositionText !== '');
    if (named.length === 0) return read.map((r) => r.event);
    const textsByOrg = new Map<string, string[]>();
    for (const r of named) {
      const org = orgOf.get(r.event.attemptId);
      if (org !== undefined) textsByOrg.set(org, [...(textsByOrg.get(org) ?? []), r.dispositionText as string]);
    }
    const resolved = new Map<string, Map<string, { id: string; name: string }>>();
    for (const [org, texts] of textsByOrg) resolved.set(org, await this.dispositions.resolve(org, texts));

    return read.map(({ event, dispositionText }) => {
      if (dispositionText === undefined || dispositionText === '') return event;
      const org = orgOf.get(event.attemptId);
      const match = org === undefined ? undefined : resolved.get(org)?.get(dispositionText);
      return { ...event, disposition: match ?? { id: null, name: dispositionText } };
    });
  }
}
