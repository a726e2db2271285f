import { Body, Controller, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, CurrentPrincipal } from '../common/auth/auth.decorators';
import { InitiateRateLimit } from '../common/rate-limit/rate-limit.decorators';
import { InitiateQueryDto } from '../initiations/initiate/dto/initiate.dto';
import { InitiateDocs } from '../initiations/initiate/initiate.docs';
import { InitiateService } from '../initiations/initiate/initiate.service';
import { respond, wantsAsync } from '../initiations/initiate/respond';
import type { Principal } from '../organizations/api-keys.service';
import { InitiateSmsDto } from './dto/initiate-sms.dto';
import { SMS_DOCS } from './sms.docs';

/** POST /initiate/:campaignId/sms: parses the body and hands it to the shared initiate use case. */
@ApiTags('Initiation')
@Auth()
@InitiateRateLimit()
@Controller('initiate')
export class SmsController {
  constructor(private readonly initiations: InitiateService) {}

  @Post(':campaignId/sms')
  @InitiateDocs(SMS_DOCS, InitiateSmsDto)
  async sms(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId') campaignId: string,
    @Body() body: InitiateSmsDto,
    @Query() query: InitiateQueryDto,
    @Headers('prefer') prefer: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const { templateId, limit, filters, retry } = body;
    const request = { channel: 'sms' as const, campaignId, params: { templateId }, limit, filters, retry };
    const outcome = await this.initiations.initiate(principal.organizationId, request, {
      dryRun: query.dryRun,
      respondAsync: wantsAsync(prefer),
      idempotencyKey,
      apiKeyId: principal.apiKeyId,
    });
    return respond(res, outcome);
  }
}
