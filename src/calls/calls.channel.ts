import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgentsService } from '../agents/agents.service';
import { DomainError } from '../common/errors';
import { DispositionsService } from '../dispositions/dispositions.service';
import type { ChannelParams, ChannelPort, ChannelResources } from '../initiations/channel.port';
import { ChannelRegistry } from '../initiations/channel.registry';
import { PhoneNumbersService } from '../phone-numbers/phone-numbers.service';
import { CALLS_TEXT } from './calls.text';

/** The calls channel's checks (SPEC §4): the agent exists and is active, the disposition exists, a voice number is active. */
@Injectable()
export class CallsChannel implements ChannelPort, OnModuleInit {
  readonly channel = 'calls';
  readonly text = CALLS_TEXT;

  constructor(
    private readonly registry: ChannelRegistry,
    private readonly agents: AgentsService,
    private readonly dispositions: DispositionsService,
    private readonly phoneNumbers: PhoneNumbersService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async prepare(organizationId: string, params: ChannelParams): Promise<ChannelResources> {
    const agent = await this.agents.get(organizationId, params.agentId ?? '');
    if (agent.status !== 'active') throw new DomainError('BAD_REQUEST', 'Agent is inactive');
    const disposition = await this.dispositions.get(organizationId, params.dispositionId ?? '');
    if ((await this.phoneNumbers.activeVoiceNumbers(organizationId)).length === 0) {
      throw new DomainError('BAD_REQUEST', 'No active numbers available for this organization');
    }
    return { variables: agent.variables, agentId: agent.id, dispositionId: disposition.id };
  }
}
