import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Agent } from '../agents/agent.entity';
import { AgentsService } from '../agents/agents.service';
import { BatchRejectedError, BatchRow, ChannelSender, OutcomeSink, withFrom } from '../initiations/channel.port';
import type { LookupAnswer, LookupTarget } from '../initiations/channel.port';
import { ChannelRegistry } from '../initiations/channel.registry';
import type { Initiation } from '../initiations/initiation.entity';
import { DispositionsService } from '../dispositions/dispositions.service';
import { PhoneNumbersService } from '../phone-numbers/phone-numbers.service';
import { buildCalls } from './call-batch';
import { VOICE_PROVIDER, VoiceProvider } from './providers/voice-provider';

/** How long a worker reuses an initiation's agent and numbers across its batches. */
const SETUP_TTL_MS = 5000;

interface CallSetup {
  agent: Agent;
  numbers: string[];
}

/**
 * Sends a batch of calls: the runner's batch (agent, disposition, a `from` number per call spread
 * over the active voice numbers, the agent's variables) to the voice provider. The agent and the
 * numbers are read once per initiation for a few seconds (a million customers are 2,000 batches),
 * so a change made during a long initiation still reaches its later batches.
 */
@Injectable()
export class CallsSender implements ChannelSender, OnModuleInit {
  readonly channel = 'calls';
  /** The voice runner de-duplicates by Idempotency-Key: a repeat is safe. */
  readonly claimsBeforeSending = false;
  readonly mayHoldClaims = false;
  private readonly setups = new LRUCache<string, Promise<CallSetup>>({ max: 256, ttl: SETUP_TTL_MS });

  constructor(
    private readonly registry: ChannelRegistry,
    private readonly agents: AgentsService,
    private readonly phoneNumbers: PhoneNumbersService,
    private readonly dispositions: DispositionsService,
    @Inject(VOICE_PROVIDER) private readonly voice: VoiceProvider,
  ) {}

  onModuleInit(): void {
    this.registry.registerSender(this);
  }

  async send(initiation: Initiation, batch: number, rows: BatchRow[], sink: OutcomeSink): Promise<void> {
    const { agent, numbers } = await this.setupOf(initiation);
    if (numbers.length === 0) throw new BatchRejectedError('No active numbers available for this organization');
    const calls = buildCalls(rows, agent, numbers, (batch - 1) * initiation.batchSize);
    await this.voice.sendCalls(
      {
        initiationId: initiation.id,
        campaignId: initiation.campaignId,
        batch,
        agentId: agent.id,
        dispositionId: initiation.dispositionId ?? '',
        calls,
      },
      withFrom(sink, new Map(calls.map((c) => [c.attemptId, c.from]))),
    );
  }

  /**
   * The runner is asked by callId (SPEC §9); the sandbox, or a call without one, cannot be.
   * The disposition it names is resolved against the attempt's organization, as the events route does.
   */
  async lookup(attempt: LookupTarget): Promise<LookupAnswer> {
    if (!this.voice.lookupCall || !attempt.providerRef) return { kind: 'none' };
    const answer = await this.voice.lookupCall(attempt.attemptId, attempt.providerRef);
    const text = answer.kind === 'event' ? answer.event.disposition?.name : undefined;
    if (answer.kind !== 'event' || text === undefined) return answer;
    const match = (await this.dispositions.resolve(attempt.organizationId, [text])).get(text);
    return match ? { kind: 'event', event: { ...answer.event, disposition: match } } : answer;
  }

  /** A failed load is not kept: the next batch reads again. */
  private setupOf(initiation: Initiation): Promise<CallSetup> {
    const hit = this.setups.get(initiation.id);
    if (hit) return hit;
    const org = initiation.organizationId;
    const loading = (async () => ({
      agent: await this.agents.get(org, initiation.agentId ?? ''),
      numbers: await this.phoneNumbers.activeVoiceNumbers(org),
    }))();
    this.setups.set(initiation.id, loading);
    loading.catch(() => {
      if (this.setups.get(initiation.id) === loading) this.setups.delete(initiation.id);
    });
    return loading;
  }
}
