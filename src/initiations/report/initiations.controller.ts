import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../../common/auth/auth.decorators';
import { ApiEnvelope } from '../../common/api-docs';
import { ok, page, SuccessEnvelope } from '../../common/envelope';
import { ApiPageResponse } from '../../common/pagination.dto';
import { AttemptDto, AttemptsQueryDto, InitiationStatusDto } from '../dto/attempts.dto';
import { InitiationSummaryDto, InitiationsQueryDto } from '../dto/initiation-list.dto';
import { InitiationQueriesService } from './initiation-queries.service';

const NOT_FOUND = { success: false, message: 'Initiation not found' };

@ApiTags('Initiation')
@Auth()
@Controller('initiations')
export class InitiationsController {
  constructor(private readonly queries: InitiationQueriesService) {}

  @Get()
  @ApiOperation({
    summary: "The organization's initiations, newest first: who initiated what, with which filters, and the outcome",
  })
  @ApiPageResponse(InitiationSummaryDto)
  @ApiBadRequestResponse({
    example: {
      success: false,
      message: 'Validation failed',
      errors: ['channel must be one of: calls, sms'],
    },
  })
  async list(
    @CurrentOrg() org: string,
    @Query() query: InitiationsQueryDto,
  ): Promise<SuccessEnvelope<InitiationSummaryDto[]>> {
    const { rows, total } = await this.queries.list(org, query);
    return page(rows, query, total);
  }

  @Get(':id')
  @ApiOperation({ summary: "An initiation's status and results, live while it runs" })
  @ApiEnvelope({ data: InitiationStatusDto })
  @ApiNotFoundResponse({ example: NOT_FOUND })
  async get(@CurrentOrg() org: string, @Param('id') id: string): Promise<SuccessEnvelope<InitiationStatusDto>> {
    return ok(await this.queries.status(org, id));
  }

  @Get(':id/attempts')
  @ApiOperation({ summary: "Each selected customer's outcome" })
  @ApiPageResponse(AttemptDto)
  @ApiNotFoundResponse({ example: NOT_FOUND })
  async attempts(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Query() query: AttemptsQueryDto,
  ): Promise<SuccessEnvelope<AttemptDto[]>> {
    const { rows, total } = await this.queries.attempts(org, id, query);
    return page(rows, query, total);
  }
}
