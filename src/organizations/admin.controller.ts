import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope } from '../common/api-docs';
import { AdminAuth } from '../common/auth/auth.decorators';
import { ok, SuccessEnvelope } from '../common/envelope';
import { ApiKeysService } from './api-keys.service';
import {
  ApiKeySummaryDto,
  CreatedOrganizationDto,
  CreateOrganizationDto,
  IssuedKeyDto,
  IssueKeyDto,
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
  @ApiEnvelope({
    status: 201,
    data: CreatedOrganizationDto,
    example: { success: true, data: { id: 'org_3kTqZ8r1uVb5Yx2NcWm4', name: 'Acme Finance', apiKey: 'oak_…' } },
  })
  async createOrganization(@Body() body: CreateOrganizationDto): Promise<SuccessEnvelope<CreatedOrganizationDto>> {
    const created = await this.organizations.create(body.name);
    return ok({ id: created.id, name: created.name, apiKey: created.apiKey });
  }

  @Post('organizations/:orgId/api-keys')
  @ApiOperation({ summary: 'Issue another API key for an organization, optionally expiring' })
  @ApiBody({ type: IssueKeyDto, required: false })
  @ApiEnvelope({
    status: 201,
    data: IssuedKeyDto,
    example: {
      success: true,
      data: { id: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8', apiKey: 'oak_…', expiresAt: '2027-01-01T00:00:00.000Z' },
    },
  })
  @ApiBadRequestResponse({
    example: { success: false, message: 'Validation failed', errors: ['expiresAt must be in the future'] },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Organization not found' } })
  async issueKey(@Param('orgId') orgId: string, @Body() body: IssueKeyDto): Promise<SuccessEnvelope<IssuedKeyDto>> {
    return ok(await this.apiKeys.issue(orgId, body?.expiresAt ? new Date(body.expiresAt) : undefined));
  }

  @Get('organizations/:orgId/api-keys')
  @ApiOperation({ summary: "List an organization's API keys (never the keys themselves)" })
  @ApiEnvelope({
    data: [ApiKeySummaryDto],
    example: {
      success: true,
      data: [
        {
          id: 'key_9fLw2Qx7Rt1Zp0Vn3Hs8',
          prefix: 'oak_Ab12Cd34Ef56',
          createdAt: '2026-11-23T10:00:00.000Z',
          lastUsedAt: '2026-11-23T10:05:00.000Z',
          expiresAt: null,
          revokedAt: null,
        },
      ],
    },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Organization not found' } })
  async listKeys(@Param('orgId') orgId: string): Promise<SuccessEnvelope<ApiKeySummaryDto[]>> {
    return ok((await this.apiKeys.list(orgId)).map(toApiKeySummary));
  }

  @Delete('api-keys/:keyId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'API key revoked' } })
  async revokeKey(@Param('keyId') keyId: string): Promise<{ success: true; message: string }> {
    await this.apiKeys.revoke(keyId);
    return { success: true, message: 'API key revoked' };
  }
}
