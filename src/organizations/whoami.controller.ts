import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../common/auth/auth.decorators';
import { ok, SuccessEnvelope } from '../common/envelope';
import type { Principal } from './api-keys.service';

@ApiTags('Auth')
@Auth()
@Controller('auth')
export class WhoAmIController {
  @Get('whoami')
  @ApiOperation({ summary: 'The organization and key id the presented API key stands for' })
  @ApiOkResponse({
    example: {
      success: true,
      data: { organizationId: 'org_3kTqZ8r1uVb5Yx2NcWm4', apiKeyId: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8' },
    },
  })
  whoami(@CurrentPrincipal() principal: Principal): SuccessEnvelope<Principal> {
    return ok({ organizationId: principal.organizationId, apiKeyId: principal.apiKeyId });
  }
}
