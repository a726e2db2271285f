import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../../common/auth/auth.decorators';
import { ApiEnvelope } from '../../common/api-docs';
import { ok, page, SuccessEnvelope } from '../../common/envelope';
import { CAMPAIGN_MISMATCH } from '../../common/errors';
import { ApiPageResponse, PageQueryDto } from '../../common/pagination.dto';
import { AttemptEventDto } from '../logs/dto/logs.dto';
import { CampaignStatsDto, CampaignStatsQueryDto } from './dto/outcome-reads.dto';
import { OutcomeQueriesService } from './outcome-queries.service';

const EVENTS_EXAMPLE = {
  success: true,
  data: [
    {
      sequence: 1,
      event: 'ringing',
      at: '2026-03-02T06:30:02.000Z',
      source: 'voice',
      receivedAt: '2026-03-02T06:30:02.310Z',
      payload: {
        attemptId: 'att_3f9c0a1b2c3d4e5f60718293',
        callId: 'call-8f2k',
        event: 'ringing',
        at: '2026-03-02T06:30:02Z',
      },
    },
    {
      sequence: 2,
      event: 'completed',
      at: '2026-03-02T06:32:05.000Z',
      source: 'voice',
      receivedAt: '2026-03-02T06:32:05.420Z',
      payload: {
        attemptId: 'att_3f9c0a1b2c3d4e5f60718293',
        callId: 'call-8f2k',
        event: 'completed',
        at: '2026-03-02T06:32:05Z',
        durationSec: 124,
        disposition: 'Promise to pay',
      },
    },
  ],
  pagination: { page: 1, limit: 20, total: 2, totalPages: 1, hasNext: false, hasPrev: false },
};

/**
 * The outcome reads that are not an initiation's: an attempt's event history and a campaign's
 * stats. The stats route is under /campaigns but lives here: campaigns/ never imports the pipeline.
 */
@ApiTags('Outcomes')
@Auth()
@Controller()
export class OutcomeReadsController {
  constructor(private readonly queries: OutcomeQueriesService) {}

  @Get('attempts/:attemptId/events')
  @ApiOperation({
    summary: "An attempt's event history, in arrival order",
    description:
      'Every event providers reported (duplicates stored once), whether or not it moved the outcome. `payload` is the ' +
      'event as the provider sent it; `source` the route or process that reported it (`voice`, `sms`, `twilio`, `lookup`, `sweep`).',
  })
  @ApiParam({ name: 'attemptId', example: 'att_3f9c0a1b2c3d4e5f60718293' })
  @ApiPageResponse(AttemptEventDto, EVENTS_EXAMPLE)
  @ApiNotFoundResponse({ example: { success: false, message: 'Attempt not found' } })
  async events(
    @CurrentOrg() org: string,
    @Param('attemptId') attemptId: string,
    @Query() query: PageQueryDto,
  ): Promise<SuccessEnvelope<AttemptEventDto[]>> {
    const { rows, total } = await this.queries.events(org, attemptId, query);
    return page(rows, query, total);
  }

  @Get('campaigns/:id/stats')
  @ApiOperation({
    summary: "A campaign's outcomes: calls and SMS handed to providers, by outcome and disposition",
    description:
      '`attempts` = attempts handed to the provider (status initiated) in the range; `pending` = those without a final ' +
      'outcome yet; `contactRate` = completed / attempts; `deliveryRate` = delivered / attempts.',
  })
  @ApiEnvelope({
    data: CampaignStatsDto,
    example: {
      success: true,
      data: {
        calls: {
          attempts: 180,
          byOutcome: {
            pending: 3,
            completed: 120,
            no_answer: 40,
            busy: 5,
            voicemail: 12,
            failed: 0,
            canceled: 0,
            expired: 0,
          },
          byDisposition: [
            { dispositionId: 'disp_7Hk3Nw9Qa1Zx5Cv2Bm8L', name: 'Promise to pay', count: 57 },
            { dispositionId: null, name: 'Call back later', count: 9 },
          ],
          contactRate: 0.6667,
          avgDurationSec: 96.4,
        },
        sms: {
          attempts: 620,
          byOutcome: { pending: 20, delivered: 590, undelivered: 8, failed: 2, expired: 0 },
          deliveryRate: 0.9516,
        },
      },
    },
  })
  @ApiBadRequestResponse({
    example: { success: false, message: 'Validation failed', errors: ['from must be an ISO 8601 date or date-time'] },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Campaign not found' } })
  @ApiForbiddenResponse({ example: { success: false, message: CAMPAIGN_MISMATCH } })
  async stats(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Query() query: CampaignStatsQueryDto,
  ): Promise<SuccessEnvelope<CampaignStatsDto>> {
    return ok(await this.queries.campaignStats(org, id, query));
  }
}
