import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope } from '../common/api-docs';
import { Auth, CurrentPrincipal } from '../common/auth/auth.decorators';
import { ok, SuccessEnvelope } from '../common/envelope';
import type { Principal } from './api-keys.service';

@ApiTags('Auth')
@Auth()
@Controller('auth')
export class WhoAmIController {
  @Get('whoami')
  @ApiOperation({ summary: 'The organization and key id the presented API key stands for' })
  @ApiEnvelope({
    data: {
      type: 'object',
      required: ['organizationId', 'apiKeyId'],
      properties: { organizationId: { type: 'string' }, apiKeyId: { type: 'string' } },
    },
    example: {
      success: true,
      data: { organizationId: 'org_3kTqZ8r1uVb5Yx2NcWm4', apiKeyId: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8' },
    },
  })
  whoami(@CurrentPrincipal() principal: Principal): SuccessEnvelope<Principal> {
    return ok({ organizationId: principal.organizationId, apiKeyId: principal.apiKeyId });
  }
}
