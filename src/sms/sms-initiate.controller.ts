import { Body, Controller, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Auth, CurrentPrincipal } from '../common/auth/auth.decorators';
import { InitiateQueryDto, InitiateSmsDto } from '../initiations/dto/initiate.dto';
import { InitiateDocs } from '../initiations/initiate.docs';
import { InitiationsService } from '../initiations/initiations.service';
import { respond, wantsAsync } from '../initiations/respond';
import type { Principal } from '../organizations/api-keys.service';

@ApiTags('Initiation')
@Auth()
@Controller('initiate')
export class SmsInitiateController {
  constructor(private readonly initiations: InitiationsService) {}

  @Post(':campaignId/sms')
  @InitiateDocs('sms', InitiateSmsDto)
  async initiate(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId') campaignId: string,
    @Body() body: InitiateSmsDto,
    @Query() query: InitiateQueryDto,
    @Headers('prefer') prefer: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const outcome = await this.initiations.initiate(
      principal.organizationId,
      { channel: 'sms', campaignId, templateId: body.templateId, limit: body.limit, filters: body.filters },
      { dryRun: query.dryRun, respondAsync: wantsAsync(prefer), idempotencyKey, apiKeyId: principal.apiKeyId },
    );
    return respond(res, outcome);
  }
}
