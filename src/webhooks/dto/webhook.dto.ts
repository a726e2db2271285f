import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EmptyIsAbsent, OptionalNotNull, Trim } from '../../common/dto-helpers';
import { PageQueryDto } from '../../common/pagination.dto';
import { DELIVERY_STATUSES, DeliveryStatus, WEBHOOK_EVENTS, WebhookEventType } from '../webhook-events';

const EVENTS_MESSAGE = `each value in events must be one of: ${WEBHOOK_EVENTS.join(', ')}`;

export class CreateWebhookDto {
  @ApiProperty({
    // A host that resolves (example.com, RFC 2606): the create checks DNS, and crm.example.com has no address.
    example: 'https://example.com/hooks/outreach',
    maxLength: 2048,
    description: 'https, resolving to public addresses only (unless WEBHOOK_ALLOW_PRIVATE_URLS=true)',
  })
  @Trim()
  @IsString()
  @MaxLength(2048)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['attempt.outcome', 'initiation.completed'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event type' })
  @ArrayUnique({ message: 'events must not contain duplicates' })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE })
  events!: WebhookEventType[];

  @ApiPropertyOptional({ example: 'Loan ledger', maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

/** Every field optional; `null` clears the description and is refused for the others. */
export class UpdateWebhookDto {
  @ApiPropertyOptional({ example: 'https://example.com/hooks/outreach-v2', maxLength: 2048 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENTS, isArray: true, example: ['attempt.outcome'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event type' })
  @ArrayUnique({ message: 'events must not contain duplicates' })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE })
  events?: WebhookEventType[];

  @ApiPropertyOptional({
    example: true,
    description: 'true re-enables an endpoint the service disabled (410, 5 days of failures)',
  })
  @OptionalNotNull()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ example: 'Loan ledger', maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

export class DeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @EmptyIsAbsent()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;
}
