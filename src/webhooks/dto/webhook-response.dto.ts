import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationDto } from '../../common/pagination.dto';
import type { WebhookDelivery } from '../webhook-delivery.entity';
import type { WebhookEndpoint } from '../webhook-endpoint.entity';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from '../webhook-events';

export class WebhookResponseDto {
  @ApiProperty({ example: 'wh_3kTqZ8r1uVb5Yx2NcWm4' }) id!: string;
  @ApiProperty({ example: 'https://crm.example.com/hooks/outreach' }) url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['attempt.outcome', 'initiation.completed'] })
  events!: string[];
  @ApiProperty({ example: 'Loan ledger', nullable: true, type: String }) description!: string | null;
  @ApiProperty({ example: true }) enabled!: boolean;
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'Why the service disabled it: "The endpoint answered 410 Gone", "Every delivery failed for 5 days"',
  })
  disabledReason!: string | null;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-03-02T06:30:00.000Z' }) updatedAt!: string;
}

/** Creation and rotation only: the secret is never shown again. */
export class WebhookWithSecretDto extends WebhookResponseDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The Standard Webhooks signing secret; shown this once',
  })
  secret!: string;
}

export function toWebhookResponse(e: WebhookEndpoint): WebhookResponseDto {
  return {
    id: e.id,
    url: e.url,
    events: e.events.split(','),
    description: e.description,
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export class WebhookDeliveryDto {
  @ApiProperty({ example: 'whd_7Hq2mX9pLk3Rt5Vb1Nc8' }) id!: string;
  @ApiProperty({ example: 'msg_2Kd9sL4mQp7Rt1Vx9Zb3', description: 'Its `webhook-id` header: de-duplicate on it' })
  messageId!: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, example: 'attempt.outcome' }) type!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, example: 'delivered' }) status!: string;
  @ApiProperty({ example: 2, description: 'Tries so far' }) attempts!: number;
  @ApiProperty({ example: 200, nullable: true, type: Number }) lastStatusCode!: number | null;
  @ApiProperty({ example: null, nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) nextAttemptAt!: string | null;
  @ApiProperty({ example: '2026-03-02T06:35:05.120Z', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ example: '2026-03-02T06:35:00.000Z', description: 'When the event happened' }) createdAt!: string;
}

export function toDeliveryResponse(d: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: d.id,
    messageId: d.messageId,
    type: d.type,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

export class WebhookEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Webhook updated successfully' }) message?: string;
  @ApiProperty({ type: WebhookResponseDto }) data!: WebhookResponseDto;
}

export class WebhookSecretEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Webhook created successfully' }) message?: string;
  @ApiProperty({ type: WebhookWithSecretDto }) data!: WebhookWithSecretDto;
}

export class WebhookPageDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiProperty({ type: [WebhookResponseDto] }) data!: WebhookResponseDto[];
  @ApiProperty({ type: PaginationDto }) pagination!: PaginationDto;
}

export class DeliveryEnvelopeDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiPropertyOptional({ example: 'Delivered' }) message?: string;
  @ApiProperty({ type: WebhookDeliveryDto }) data!: WebhookDeliveryDto;
}

export class DeliveryPageDto {
  @ApiProperty({ type: 'boolean', enum: [true] }) success!: true;
  @ApiProperty({ type: [WebhookDeliveryDto] }) data!: WebhookDeliveryDto[];
  @ApiProperty({ type: PaginationDto }) pagination!: PaginationDto;
}
