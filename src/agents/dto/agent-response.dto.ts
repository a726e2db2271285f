import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationDto } from '../../common/pagination.dto';
import { AGENT_STATUSES, type Agent, type AgentStatus } from '../agent.entity';

export class AgentResponseDto {
  @ApiProperty({ example: 'agent_3kTqZ8r1uVb5Yx2NcWm4' }) id!: string;
  @ApiProperty({ example: 'EMI reminder (Hindi)' }) name!: string;
  @ApiProperty({ example: 'Reminds customers of their next EMI', nullable: true, type: String })
  description!: string | null;
  @ApiProperty({ example: 'hindi', nullable: true, type: String }) language!: string | null;
  @ApiProperty({ example: ['first_name', 'emi_amount', 'emi_due_date'], type: [String] }) variables!: string[];
  @ApiProperty({ enum: AGENT_STATUSES, example: 'active' }) status!: AgentStatus;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) updatedAt!: string;
}

export function toAgentResponse(agent: Agent): AgentResponseDto {
  return {
    id: agent.id,
    name: agent.name,
    description: agent.description,
    language: agent.language,
    variables: agent.variables,
    status: agent.status,
    createdAt: agent.createdAt.toISOString(),
    updatedAt: agent.updatedAt.toISOString(),
  };
}

export class AgentEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Agent updated successfully' }) message?: string;
  @ApiPropertyOptional({ description: 'Only on update', example: ['name', 'status'], type: [String] })
  updatedFields?: string[];
  @ApiProperty({ type: AgentResponseDto }) data!: AgentResponseDto;
}

export class AgentPageDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiProperty({ type: [AgentResponseDto] }) data!: AgentResponseDto[];
  @ApiProperty({ type: PaginationDto }) pagination!: PaginationDto;
}
