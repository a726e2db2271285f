import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminAuth } from '../common/auth/auth.decorators';
import { ok, SuccessEnvelope } from '../common/envelope';
import { ApiKeysService } from './api-keys.service';
import {
  ApiKeySummaryDto,
  CreatedOrganizationDto,
  CreateOrganizationDto,
  IssuedKeyDto,
  toApiKeySummary,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('Admin')
@AdminAuth()
@Controller('admin')
export class AdminController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Post('organizations')
  @ApiOperation({ summary: 'Create an organization and its first API key' })
  @ApiCreatedResponse({
    type: CreatedOrganizationDto,
    example: { success: true, data: { id: 'org_3kTqZ8r1uVb5Yx2NcWm4', name: 'Acme Finance', apiKey: 'oak_…' } },
  })
  async createOrganization(@Body() body: CreateOrganizationDto): Promise<SuccessEnvelope<CreatedOrganizationDto>> {
    const created = await this.organizations.create(body.name);
    return ok({ id: created.id, name: created.name, apiKey: created.apiKey });
  }

  @Post('organizations/:orgId/api-keys')
  @ApiOperation({ summary: 'Issue another API key for an organization' })
  @ApiCreatedResponse({
    type: IssuedKeyDto,
    example: { success: true, data: { id: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8', apiKey: 'oak_…' } },
  })
  async issueKey(@Param('orgId') orgId: string): Promise<SuccessEnvelope<IssuedKeyDto>> {
    return ok(await this.apiKeys.issue(orgId));
  }

  @Get('organizations/:orgId/api-keys')
  @ApiOperation({ summary: "List an organization's API keys (never the keys themselves)" })
  @ApiOkResponse({ type: ApiKeySummaryDto, isArray: true })
  async listKeys(@Param('orgId') orgId: string): Promise<SuccessEnvelope<ApiKeySummaryDto[]>> {
    return ok((await this.apiKeys.list(orgId)).map(toApiKeySummary));
  }

  @Delete('api-keys/:keyId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiOkResponse({ example: { success: true, message: 'API key revoked' } })
  async revokeKey(@Param('keyId') keyId: string): Promise<{ success: true; message: string }> {
    await this.apiKeys.revoke(keyId);
    return { success: true, message: 'API key revoked' };
  }
}
