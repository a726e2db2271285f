import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors';
import type { AddedCustomersCall, CallConfig, CustomerCalls } from '../customers/customer-calls.port';
import { InitiateService } from '../initiations/initiate/initiate.service';

/**
 * customers/'s port for `initiateCall` on add: the same pipeline as POST /initiate/:id/calls, with
 * the added ids as the filter. A failed check is an outcome here, not an error: the customers were
 * added either way.
 */
@Injectable()
export class CustomerCallsAdapter implements CustomerCalls {
  constructor(private readonly initiations: InitiateService) {}

  async callAdded(
    organizationId: string,
    apiKeyId: string,
    campaignId: string,
    callConfig: CallConfig,
    customerIds: string[],
  ): Promise<AddedCustomersCall> {
    let outcome;
    try {
      outcome = await this.initiations.initiate(
        organizationId,
        {
          channel: 'calls',
          campaignId,
          params: { agentId: callConfig.agentId, dispositionId: callConfig.dispositionId },
          filters: { ids: customerIds },
          retry: callConfig.retry,
        },
        { apiKeyId },
      );
    } catch (error) {
      if (error instanceof DomainError) return { kind: 'refused', message: error.message };
      throw error;
    }
    switch (outcome.kind) {
      case 'accepted':
        return { kind: 'running', message: outcome.body.message, initiationId: outcome.body.data.initiationId };
      case 'report':
        return { kind: 'ended', initiationId: outcome.report.body.initiationId, results: outcome.report.body.results };
      case 'dryRun':
        throw new Error('A dry run was not asked for');
    }
  }
}
