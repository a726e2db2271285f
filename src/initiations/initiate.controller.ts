import { Body, Controller, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, CurrentPrincipal } from '../common/auth/auth.decorators';
import { InitiateRateLimit } from '../common/rate-limit/rate-limit.decorators';
import type { Principal } from '../organizations/api-keys.service';
import { InitiateCallsDto, InitiateQueryDto, InitiateSmsDto } from './dto/initiate.dto';
import { InitiateDocs } from './initiate.docs';
import { InitiateRequest, InitiationsService } from './initiations.service';
import { respond, wantsAsync } from './respond';

/** The two initiate routes: they differ in their body only; everything after is one pipeline. */
@ApiTags('Initiation')
@Auth()
@InitiateRateLimit()
@Controller('initiate')
export class InitiateController {
  constructor(private readonly initiations: InitiationsService) {}

  @Post(':campaignId/calls')
  @InitiateDocs('calls', InitiateCallsDto)
  calls(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId') campaignId: string,
    @Body() body: InitiateCallsDto,
    @Query() query: InitiateQueryDto,
    @Headers('prefer') prefer: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const { agentId, dispositionId, limit, filters } = body;
    const request: InitiateRequest = { channel: 'calls', campaignId, agentId, dispositionId, limit, filters };
    return this.run(principal, request, query, prefer, idempotencyKey, res);
  }

  @Post(':campaignId/sms')
  @InitiateDocs('sms', InitiateSmsDto)
  sms(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId') campaignId: string,
    @Body() body: InitiateSmsDto,
    @Query() query: InitiateQueryDto,
    @Headers('prefer') prefer: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const { templateId, limit, filters } = body;
    const request: InitiateRequest = { channel: 'sms', campaignId, templateId, limit, filters };
    return this.run(principal, request, query, prefer, idempotencyKey, res);
  }

  private async run(
    principal: Principal,
    request: InitiateRequest,
    query: InitiateQueryDto,
    prefer: string | undefined,
    idempotencyKey: string | undefined,
    res: Response,
  ): Promise<unknown> {
    const outcome = await this.initiations.initiate(principal.organizationId, request, {
      dryRun: query.dryRun,
      respondAsync: wantsAsync(prefer),
      idempotencyKey,
      apiKeyId: principal.apiKeyId,
    });
    return respond(res, outcome);
  }
}
