import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorators';
import { ApiEnvelope } from '../../common/api-docs';
import { ok, SuccessEnvelope } from '../../common/envelope';
import type { Principal } from '../../organizations/api-keys.service';
import { CancelResultDto } from './cancel.dto';
import { CancelService, NOTHING_TO_CANCEL } from './cancel.service';

@ApiTags('Initiation')
@Auth()
@Controller('initiations')
export class CancelController {
  constructor(private readonly cancels: CancelService) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel an initiation: nothing more goes out',
    description:
      'Batches not yet handed to the provider, delayed waves and follow-ups waiting end with attempt status `canceled` ' +
      '(reason `Canceled by <API key id>`) and are never sent, recovery included; no follow-up is scheduled afterwards. ' +
      'Batches in flight finish and keep their outcomes; the initiation becomes `canceled` once they have. ' +
      'A repeat answers the same.',
  })
  @ApiEnvelope({
    data: CancelResultDto,
    example: { success: true, data: { initiationId: 'init_4Jd8sK2mQp7Rt1Vx9Zb3', status: 'running', canceled: 1500 } },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Initiation not found' } })
  @ApiConflictResponse({
    description: 'The first round has ended and no follow-up is waiting',
    example: { success: false, message: NOTHING_TO_CANCEL },
  })
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<SuccessEnvelope<CancelResultDto>> {
    return ok(await this.cancels.cancel(principal.organizationId, id, principal.apiKeyId));
  }
}
