import { OptionalNotNull, Trim } from '../../common/dto-helpers';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { FIELD_NAME, isFieldName } from '../../common/field-name';
import { PageQueryDto } from '../../common/pagination.dto';
import { AGENT_STATUSES, type AgentStatus } from '../agent.entity';

/** Optional, but never null: the column has no null (`@IsOptional` would let null through). */

const listed = (values: unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** Names the offending entries, so a long list does not have to be searched by hand. */
function invalidNames({ value }: { value: unknown }): string {
  const bad = Array.isArray(value) ? value.filter((v) => !isFieldName(v)) : [];
  return bad.length === 1
    ? `variables has an invalid field name: ${listed(bad)}`
    : `variables has invalid field names: ${listed(bad)}`;
}

function duplicateNames({ value }: { value: unknown }): string {
  const items: unknown[] = Array.isArray(value) ? value : [];
  const dupes = items.filter((v, i) => items.indexOf(v) !== i);
  return `variables must not contain duplicates: ${listed([...new Set(dupes)])}`;
}

export class CreateAgentDto {
  @ApiProperty({ example: 'EMI reminder (Hindi)', minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    example: 'Reminds customers of their next EMI and offers a payment link',
    maxLength: 2000,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ example: 'hindi', maxLength: 32, nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(32)
  language?: string | null;

  @ApiProperty({
    description: "Customer fields the agent's script needs, in order; each a field name, no duplicates.",
    example: ['first_name', 'emi_amount', 'emi_due_date'],
    type: [String],
    maxItems: 100,
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Matches(FIELD_NAME, { each: true, message: invalidNames })
  @ArrayUnique({ message: duplicateNames })
  variables!: string[];

  @ApiPropertyOptional({ enum: AGENT_STATUSES, default: 'active', example: 'active' })
  @OptionalNotNull()
  @IsIn(AGENT_STATUSES, { message: `status must be one of: ${AGENT_STATUSES.join(', ')}` })
  status?: AgentStatus;
}

/** Every field optional; `null` clears description or language and is refused for the others. */
export class UpdateAgentDto extends PartialType(CreateAgentDto, { skipNullProperties: false }) {}

export class AgentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AGENT_STATUSES })
  @IsOptional()
  @IsIn(AGENT_STATUSES, { message: `status must be one of: ${AGENT_STATUSES.join(', ')}` })
  status?: AgentStatus;
}
