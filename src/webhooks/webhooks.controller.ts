import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ApiEnvelope } from '../common/api-docs';
import { ok, page, SuccessEnvelope } from '../common/envelope';
import { PageQueryDto, PAGINATION_EXAMPLE } from '../common/pagination.dto';
import {
  DeliveryEnvelopeDto,
  DeliveryPageDto,
  toDeliveryResponse,
  toWebhookResponse,
  WebhookDeliveryDto,
  WebhookEnvelopeDto,
  WebhookPageDto,
  WebhookResponseDto,
  WebhookSecretEnvelopeDto,
  WebhookWithSecretDto,
} from './dto/webhook-response.dto';
import { CreateWebhookDto, DeliveriesQueryDto, UpdateWebhookDto } from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

const WEBHOOK = {
  id: 'wh_3kTqZ8r1uVb5Yx2NcWm4',
  url: 'https://crm.example.com/hooks/outreach',
  events: ['attempt.outcome', 'initiation.completed'],
  description: 'Loan ledger',
  enabled: true,
  disabledReason: null,
  createdAt: '2026-03-02T06:30:00.000Z',
  updatedAt: '2026-03-02T06:30:00.000Z',
};
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwQ2ZhbkJhcg==';
const DELIVERY = {
  id: 'whd_7Hq2mX9pLk3Rt5Vb1Nc8',
  messageId: 'msg_2Kd9sL4mQp7Rt1Vx9Zb3',
  type: 'attempt.outcome',
  status: 'delivered',
  attempts: 2,
  lastStatusCode: 200,
  lastError: null,
  nextAttemptAt: null,
  deliveredAt: '2026-03-02T06:35:05.120Z',
  createdAt: '2026-03-02T06:35:00.000Z',
};
const NOT_FOUND = {
  description: 'Unknown webhook, or one of another organization',
  example: { success: false, message: 'Webhook not found' },
};
const invalid = (...errors: string[]) => ({ example: { success: false, message: 'Validation failed', errors } });
const RECEIVER = [
  'Each delivery is a POST of `{type, timestamp, data}` signed as Standard Webhooks says: headers',
  '`webhook-id` (stable per event and endpoint: de-duplicate on it), `webhook-timestamp` (seconds) and',
  '`webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, two of them for 24 h after a',
  'rotation). Verify with any Standard Webhooks library, e.g. `new Webhook(secret).verify(rawBody, headers)`',
  'from the `standardwebhooks` npm package. 2xx = delivered; anything else is retried on',
  'WEBHOOK_RETRY_SCHEDULE_S (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 24 h); 410 disables the endpoint.',
].join(' ');

@ApiTags('Webhooks')
@Auth()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Register a webhook endpoint (its secret is shown this once)', description: RECEIVER })
  @ApiCreatedResponse({
    type: WebhookSecretEnvelopeDto,
    example: { success: true, message: 'Webhook created successfully', data: { ...WEBHOOK, secret: SECRET } },
  })
  @ApiBadRequestResponse(
    invalid(
      'url must use https',
      'url must resolve to a public address (hooks.internal resolves to 10.0.0.7)',
      'each value in events must be one of: attempt.outcome, initiation.completed, followup.scheduled',
    ),
  )
  async create(
    @CurrentOrg() orgId: string,
    @Body() body: CreateWebhookDto,
  ): Promise<SuccessEnvelope<WebhookWithSecretDto>> {
    const { endpoint, secret } = await this.webhooks.create(orgId, body);
    return ok({ ...toWebhookResponse(endpoint), secret }, 'Webhook created successfully');
  }

  @Get()
  @ApiOperation({ summary: "List the organization's webhook endpoints, newest first" })
  @ApiOkResponse({ type: WebhookPageDto, example: { success: true, data: [WEBHOOK], pagination: PAGINATION_EXAMPLE } })
  @ApiBadRequestResponse(invalid('limit must not be greater than 100'))
  async list(
    @CurrentOrg() orgId: string,
    @Query() query: PageQueryDto,
  ): Promise<SuccessEnvelope<WebhookResponseDto[]>> {
    const { rows, total } = await this.webhooks.list(orgId, { offset: query.offset, limit: query.limit });
    return page(rows.map(toWebhookResponse), query, total);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one webhook endpoint (never its secret)' })
  @ApiOkResponse({ type: WebhookEnvelopeDto, example: { success: true, data: WEBHOOK } })
  @ApiNotFoundResponse(NOT_FOUND)
  async get(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<WebhookResponseDto>> {
    return ok(toWebhookResponse(await this.webhooks.get(orgId, id)));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the url, events, enabled or description of an endpoint' })
  @ApiEnvelope({
    message: 'required',
    data: WebhookResponseDto,
    fields: { updatedFields: { type: 'array', items: { type: 'string' }, example: ['enabled'] } },
    required: ['updatedFields'],
    example: { success: true, message: 'Webhook updated successfully', updatedFields: ['enabled'], data: WEBHOOK },
  })
  @ApiBadRequestResponse(invalid('url must use https', 'enabled must be a boolean value'))
  @ApiNotFoundResponse(NOT_FOUND)
  async update(
    @CurrentOrg() orgId: string,
    @Param('id') id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<SuccessEnvelope<WebhookResponseDto> & { updatedFields: string[] }> {
    const { endpoint, updatedFields } = await this.webhooks.update(orgId, id, body);
    return { ...ok(toWebhookResponse(endpoint), 'Webhook updated successfully'), updatedFields };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete an endpoint and its deliveries' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Webhook deleted successfully' } })
  @ApiNotFoundResponse(NOT_FOUND)
  async remove(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<never>> {
    await this.webhooks.remove(orgId, id);
    return { success: true, message: 'Webhook deleted successfully' };
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new signing secret (shown this once)',
    description: 'For 24 hours deliveries carry two signatures, `v1,<new> v1,<old>`, so receivers can switch.',
  })
  @ApiOkResponse({
    type: WebhookSecretEnvelopeDto,
    example: { success: true, message: 'Secret rotated', data: { ...WEBHOOK, secret: SECRET } },
  })
  @ApiNotFoundResponse(NOT_FOUND)
  async rotate(@CurrentOrg() orgId: string, @Param('id') id: string): Promise<SuccessEnvelope<WebhookWithSecretDto>> {
    const { endpoint, secret } = await this.webhooks.rotate(orgId, id);
    return ok({ ...toWebhookResponse(endpoint), secret }, 'Secret rotated');
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "An endpoint's deliveries, newest first" })
  @ApiOkResponse({
    type: DeliveryPageDto,
    example: { success: true, data: [DELIVERY], pagination: PAGINATION_EXAMPLE },
  })
  @ApiBadRequestResponse(invalid('status must be one of: pending, delivered, failed'))
  @ApiNotFoundResponse(NOT_FOUND)
  async deliveries(
    @CurrentOrg() orgId: string,
    @Param('id') id: string,
    @Query() query: DeliveriesQueryDto,
  ): Promise<SuccessEnvelope<WebhookDeliveryDto[]>> {
    const { rows, total } = await this.webhooks.listDeliveries(orgId, id, {
      offset: query.offset,
      limit: query.limit,
      status: query.status,
    });
    return page(rows.map(toDeliveryResponse), query, total);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(200)
  @ApiOperation({
    summary: 'One more try of a delivery, now, with the same messageId',
    description: 'Answers the delivery after the try (`status`, `lastStatusCode`, `lastError`).',
  })
  @ApiOkResponse({ type: DeliveryEnvelopeDto, example: { success: true, message: 'delivered', data: DELIVERY } })
  @ApiNotFoundResponse({
    description: 'Unknown webhook or delivery, or one of another organization',
    example: { success: false, message: 'Delivery not found' },
  })
  @ApiConflictResponse({
    description: 'The endpoint is disabled, or a try of the delivery is in progress',
    example: { success: false, message: 'Webhook is disabled; enable it to redeliver' },
  })
  async redeliver(
    @CurrentOrg() orgId: string,
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
  ): Promise<SuccessEnvelope<WebhookDeliveryDto>> {
    const { delivery, outcome } = await this.webhooks.redeliver(orgId, id, deliveryId);
    return ok(toDeliveryResponse(delivery), outcome);
  }
}
