import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CAMPAIGN_FORBIDDEN_EXAMPLE, CAMPAIGN_NOT_FOUND_EXAMPLE } from '../campaigns/campaigns.controller';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ApiEnvelope } from '../common/api-docs';
import { ok, SuccessEnvelope } from '../common/envelope';
import { AudienceDto, AudienceRequestDto } from './dto/audience.dto';
import { TargetingService } from './targeting.service';

@ApiTags('Targeting')
@Auth()
@Controller('campaigns')
export class AudienceController {
  constructor(private readonly targeting: TargetingService) {}

  @Post(':id/audience')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Preview who filters and a limit select: counts and the first 20 customers; dispatches nothing',
  })
  @ApiEnvelope({
    data: AudienceDto,
    example: {
      success: true,
      data: {
        totalMatched: 500,
        customersSelected: 100,
        sample: [
          {
            id: 'LOAN-2025-00123',
            data: { loan_id: 'LOAN-2025-00123', phone_number: '+919876543210', payment_status: 'pending' },
            createdAt: '2026-11-23T10:00:00.000Z',
            updatedAt: '2026-11-23T10:00:00.000Z',
          },
        ],
      },
    },
  })
  @ApiBadRequestResponse({
    example: {
      success: false,
      message: 'Validation failed',
      errors: ['filters.payment_status must be one of: bounced, pending, partial, paid, received'],
    },
  })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async preview(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Body() body: AudienceRequestDto,
  ): Promise<SuccessEnvelope<AudienceDto>> {
    return ok(await this.targeting.preview(org, id, body.filters, body.limit));
  }
}
