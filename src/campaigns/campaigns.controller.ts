import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiEnvelope } from '../common/api-docs';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ok, page, SuccessEnvelope } from '../common/envelope';
import { ApiPageResponse } from '../common/pagination.dto';
import { CAMPAIGN_MISMATCH } from '../common/errors';
import { CampaignsService } from './campaigns.service';
import { CampaignResponseDto, toCampaignResponse } from './dto/campaign-response.dto';
import { CreateCampaignDto, ListCampaignsQueryDto, UpdateCampaignDto } from './dto/campaign.dto';

export const CAMPAIGN_NOT_FOUND_EXAMPLE = { success: false, message: 'Campaign not found' };
export const CAMPAIGN_FORBIDDEN_EXAMPLE = { success: false, message: CAMPAIGN_MISMATCH };
const CAMPAIGN_EXAMPLE = {
  id: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5',
  name: 'August EMI reminders',
  description: 'Borrowers with an EMI due in August',
  campaignType: 'emi',
  status: 'active',
  startDate: '2025-08-01',
  startTime: '09:00',
  endDate: '2025-08-31',
  endTime: '18:00',
  languages: ['hindi', 'english'],
  region: 'west',
  tags: ['q3'],
  timezone: 'Asia/Kolkata',
  contactPolicy: null,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
};
const VALIDATION_EXAMPLE = {
  success: false,
  message: 'Validation failed',
  errors: ['campaignType must be one of: emi, edi, lead'],
};

@ApiTags('Campaigns')
@Auth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post('create')
  @ApiOperation({ summary: 'Create a campaign, optionally with its customers (jsonData)' })
  @ApiEnvelope({
    status: 201,
    message: 'required',
    data: {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        customersAdded: { type: 'integer', description: 'Only when jsonData was given' },
      },
    },
    example: {
      success: true,
      message: 'Campaign created successfully',
      data: { id: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5', name: 'August EMI reminders' },
    },
  })
  @ApiBadRequestResponse({ example: VALIDATION_EXAMPLE })
  async create(
    @CurrentOrg() org: string,
    @Body() body: CreateCampaignDto,
  ): Promise<SuccessEnvelope<{ id: string; name: string; customersAdded?: number }>> {
    const { campaign, customers } = await this.campaigns.create(org, body);
    const data = body.jsonData
      ? { id: campaign.id, name: campaign.name, customersAdded: customers }
      : { id: campaign.id, name: campaign.name };
    return ok(data, 'Campaign created successfully');
  }

  @Get()
  @ApiOperation({ summary: "List the organization's campaigns, newest first" })
  @ApiPageResponse(CampaignResponseDto)
  async list(
    @CurrentOrg() org: string,
    @Query() query: ListCampaignsQueryDto,
  ): Promise<SuccessEnvelope<CampaignResponseDto[]>> {
    const [rows, total] = await this.campaigns.list(org, query);
    return page(
      rows.map((c) => toCampaignResponse(c)),
      query,
      total,
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'A campaign with its customer count' })
  @ApiEnvelope({ data: CampaignResponseDto })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async get(@CurrentOrg() org: string, @Param('id') id: string): Promise<SuccessEnvelope<CampaignResponseDto>> {
    const { campaign, customerCount } = await this.campaigns.get(org, id);
    return ok(toCampaignResponse(campaign, customerCount));
  }

  @Put('update/:id')
  @ApiOperation({ summary: 'Update some fields of a campaign' })
  @ApiEnvelope({
    message: 'required',
    data: CampaignResponseDto,
    fields: { updatedFields: { type: 'array', items: { type: 'string' } } },
    required: ['updatedFields'],
    example: {
      success: true,
      message: 'Campaign updated successfully',
      updatedFields: ['name', 'endDate'],
      data: CAMPAIGN_EXAMPLE,
    },
  })
  @ApiBadRequestResponse({ example: VALIDATION_EXAMPLE })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async update(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Body() body: UpdateCampaignDto,
  ): Promise<{ success: true; message: string; updatedFields: string[]; data: CampaignResponseDto }> {
    const { campaign, updatedFields } = await this.campaigns.update(org, id, body);
    return {
      success: true,
      message: 'Campaign updated successfully',
      updatedFields,
      data: toCampaignResponse(campaign),
    };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a campaign and its customers' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Campaign deleted successfully' } })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async remove(@CurrentOrg() org: string, @Param('id') id: string): Promise<{ success: true; message: string }> {
    await this.campaigns.remove(org, id);
    return { success: true, message: 'Campaign deleted successfully' };
  }
}
