import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ApiEnvelope } from '../common/api-docs';
import { ok, page, SuccessEnvelope } from '../common/envelope';
import { PAGINATION_EXAMPLE } from '../common/pagination.dto';
import { AgentsService } from './agents.service';
import { AgentEnvelopeDto, AgentPageDto, AgentResponseDto, toAgentResponse } from './dto/agent-response.dto';
import { AgentListQueryDto, CreateAgentDto, UpdateAgentDto } from './dto/agent.dto';

const AGENT = {
  id: 'agent_3kTqZ8r1uVb5Yx2NcWm4',
  name: 'EMI reminder (Hindi)',
  description: 'Reminds customers of their next EMI',
  language: 'hindi',
  variables: ['first_name', 'emi_amount', 'emi_due_date'],
  status: 'active',
  createdAt: '2026-03-02T06:30:00.000Z',
  updatedAt: '2026-03-02T06:30:00.000Z',
};
const NOT_FOUND = {
  description: 'Unknown agent, or one of another organization',
  example: { success: false, message: 'Agent not found' },
};
const invalid = (...errors: string[]) => ({ example: { success: false, message: 'Validation failed', errors } });

type Updated = SuccessEnvelope<AgentResponseDto> & { updatedFields: string[] };

@ApiTags('Agents')
@Auth()
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @Post()
  @ApiOperation({ summary: 'Create an AI agent' })
  @ApiCreatedResponse({
    type: AgentEnvelopeDto,
    example: { success: true, message: 'Agent created successfully', data: AGENT },
  })
  @ApiBadRequestResponse(invalid('name is required', 'variables has an invalid field name: "first name"'))
  async create(@CurrentOrg() orgId: string, @Body() body: CreateAgentDto): Promise<SuccessEnvelope<AgentResponseDto>> {
    return ok(toAgentResponse(await this.agents.create(orgId, body)), 'Agent created successfully');
  }

  @Get()
  @ApiOperation({ summary: "List the organization's agents, in creation order" })
  @ApiOkResponse({
    type: AgentPageDto,
    example: { success: true, data: [AGENT], pagination: PAGINATION_EXAMPLE },
  })
  @ApiBadRequestResponse(invalid('limit must not be greater than 100', 'status must be one of: active, inactive'))
  async list(
    @CurrentOrg() orgId: string,
    @Query() query: AgentListQueryDto,
  ): Promise<SuccessEnvelope<AgentResponseDto[]>> {
    const [agents, total] = await this.agents.list(orgId, {
      offset: query.offset,
      limit: query.limit,
      status: query.status,
    });
    return page(agents.map(toAgentResponse), query, total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one agent' })
  @ApiOkResponse({ type: AgentEnvelopeDto, example: { success: true, data: AGENT } })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<AgentResponseDto>> {
    return ok(toAgentResponse(await this.agents.get(orgId, id)));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Update some fields of an agent' })
  @ApiOkResponse({
    type: AgentEnvelopeDto,
    example: {
      success: true,
      message: 'Agent updated successfully',
      updatedFields: ['status'],
      data: { ...AGENT, status: 'inactive' },
    },
  })
  @ApiBadRequestResponse(invalid('At least one field must be given'))
  @ApiNotFoundResponse(NOT_FOUND)
  async update(@CurrentOrg() orgId: string, @Param('id') id: string, @Body() body: UpdateAgentDto): Promise<Updated> {
    const { agent, updatedFields } = await this.agents.update(orgId, id, body);
    return { success: true, message: 'Agent updated successfully', updatedFields, data: toAgentResponse(agent) };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete an agent' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Agent deleted successfully' } })
  @ApiNotFoundResponse(NOT_FOUND)
  async remove(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<never>> {
    await this.agents.remove(orgId, id);
    return { success: true, message: 'Agent deleted successfully' };
  }
}
