import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type QueryDeepPartialEntity } from 'typeorm';
import { notFound, validationFailed } from '../common/errors';
import { newId } from '../common/ids';
import { Agent, type AgentStatus } from './agent.entity';
import type { CreateAgentDto, UpdateAgentDto } from './dto/agent.dto';

export interface AgentListOptions {
  offset: number;
  limit: number;
  status?: AgentStatus;
}

export interface AgentUpdate {
  agent: Agent;
  updatedFields: string[];
}

@Injectable()
export class AgentsService {
  constructor(@InjectRepository(Agent) private readonly agents: Repository<Agent>) {}

  async create(organizationId: string, input: CreateAgentDto): Promise<Agent> {
    const id = newId('agent');
    await this.agents.insert({
      id,
      organizationId,
      name: input.name,
      description: input.description ?? null,
      language: input.language ?? null,
      variables: input.variables,
      status: input.status ?? 'active',
    });
    return this.get(organizationId, id);
  }

  /** One page, in creation order, with the total count. */
  async list(organizationId: string, options: AgentListOptions): Promise<[Agent[], number]> {
    return this.agents.findAndCount({
      where: options.status ? { organizationId, status: options.status } : { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: options.offset,
      take: options.limit,
    });
  }

  /** Another organization's agent is reported as unknown. */
  async get(organizationId: string, id: string): Promise<Agent> {
    const agent = await this.agents.findOneBy({ id, organizationId });
    if (!agent) throw notFound('Agent');
    return agent;
  }

  async update(organizationId: string, id: string, input: UpdateAgentDto): Promise<AgentUpdate> {
    const changes: QueryDeepPartialEntity<Agent> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (input.language !== undefined) changes.language = input.language;
    if (input.variables !== undefined) changes.variables = input.variables;
    if (input.status !== undefined) changes.status = input.status;
    const updatedFields = Object.keys(changes);
    if (updatedFields.length === 0) throw validationFailed(['At least one field must be given']);

    await this.agents.update({ id, organizationId }, changes);
    return { agent: await this.get(organizationId, id), updatedFields };
  }

  async remove(organizationId: string, id: string): Promise<void> {
    const result = await this.agents.delete({ id, organizationId });
    if (!result.affected) throw notFound('Agent');
  }
}
