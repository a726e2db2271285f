import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Auth, CurrentOrg } from '../common/auth/auth.decorators';
import { ApiEnvelope } from '../common/api-docs';
import { ok, page, SuccessEnvelope } from '../common/envelope';
import { ApiPageResponse, PAGINATION_EXAMPLE } from '../common/pagination.dto';
import { ContactPolicyService } from './contact-policy.service';
import { DNC_CHANNELS } from './do-not-contact.entity';
import { DoNotContactService } from './do-not-contact.service';
import { ContactPolicyDto, ContactPolicyPatchDto } from './dto/contact-policy.dto';
import {
  AddDoNotContactDto,
  DeleteDoNotContactQueryDto,
  DoNotContactDto,
  ListDoNotContactQueryDto,
  toDoNotContactResponse,
} from './dto/do-not-contact.dto';
import { DEFAULT_POLICY } from './policy';

const invalid = (...errors: string[]) => ({ example: { success: false, message: 'Validation failed', errors } });

export class PolicyQueryDto {
  @ApiPropertyOptional({ description: 'The policy in force for this campaign (its override applied)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaignId?: string;
}

@ApiTags('Contact policy')
@Auth()
@Controller('contact-policy')
export class ContactPolicyController {
  constructor(
    private readonly policies: ContactPolicyService,
    private readonly campaigns: CampaignsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The organization's contact policy (or a campaign's, with ?campaignId)",
    description:
      'Calling windows in the borrower’s local time, attempt caps per phone and channel, phone de-duplication, ' +
      'DLT rules and what happens outside the window. Defaults apply to what the organization has not changed.',
  })
  @ApiEnvelope({ data: ContactPolicyDto, example: { success: true, data: DEFAULT_POLICY } })
  @ApiNotFoundResponse({ example: { success: false, message: 'Campaign not found' } })
  @ApiForbiddenResponse({
    example: { success: false, message: 'Campaign ID invalid or mismatch for your organization.' },
  })
  async get(@CurrentOrg() orgId: string, @Query() query: PolicyQueryDto): Promise<SuccessEnvelope<ContactPolicyDto>> {
    if (query.campaignId === undefined) return ok(await this.policies.get(orgId));
    const campaign = await this.campaigns.requireOwned(orgId, query.campaignId);
    return ok(await this.policies.forCampaign(campaign));
  }

  @Put()
  @ApiOperation({
    summary: 'Change parts of the contact policy',
    description: 'Partial: the parts given replace the stored ones (objects merge, `days` is replaced whole).',
  })
  @ApiEnvelope({
    data: ContactPolicyDto,
    example: { success: true, message: 'Contact policy updated', data: DEFAULT_POLICY },
  })
  @ApiBadRequestResponse(
    invalid(
      'calls.window.start must be a time HH:MM (24 h)',
      'timezone must be an IANA time zone such as Asia/Kolkata',
      'sms.maxAttempts.count must not be less than 1',
    ),
  )
  async update(
    @CurrentOrg() orgId: string,
    @Body() body: ContactPolicyPatchDto,
  ): Promise<SuccessEnvelope<ContactPolicyDto>> {
    return ok(await this.policies.update(orgId, body), 'Contact policy updated');
  }
}

@ApiTags('Contact policy')
@Auth()
@Controller('do-not-contact')
export class DoNotContactController {
  constructor(private readonly list: DoNotContactService) {}

  @Post()
  @ApiOperation({
    summary: 'Add numbers to the do-not-contact list (up to 10,000, all or nothing)',
    description: 'Numbers are stored in E.164. `channel`: `calls`, `sms` or `all`. Re-adding updates the reason.',
  })
  @ApiEnvelope({
    status: 201,
    message: 'required',
    data: {
      type: 'object',
      required: ['added', 'updated'],
      properties: { added: { type: 'integer' }, updated: { type: 'integer' } },
    },
    example: { success: true, message: 'Do-not-contact list updated', data: { added: 2, updated: 0 } },
  })
  @ApiBadRequestResponse(
    invalid('entries[1].phone is not a valid phone number', 'entries[0].channel must be one of: calls, sms, all'),
  )
  async add(
    @CurrentOrg() orgId: string,
    @Body() body: AddDoNotContactDto,
  ): Promise<SuccessEnvelope<{ added: number; updated: number }>> {
    return ok(await this.list.add(orgId, body.entries), 'Do-not-contact list updated');
  }

  @Get()
  @ApiOperation({ summary: 'The do-not-contact list, newest first; ?phone= finds one number' })
  @ApiPageResponse(DoNotContactDto, {
    success: true,
    data: [
      {
        phone: '+919876543210',
        channel: 'all',
        reason: 'Asked not to be called',
        createdAt: '2026-03-02T06:30:00.000Z',
      },
    ],
    pagination: PAGINATION_EXAMPLE,
  })
  @ApiBadRequestResponse(invalid('phone is not a valid phone number'))
  async find(
    @CurrentOrg() orgId: string,
    @Query() query: ListDoNotContactQueryDto,
  ): Promise<SuccessEnvelope<DoNotContactDto[]>> {
    const [rows, total] = await this.list.list(orgId, {
      offset: query.offset,
      limit: query.limit,
      phone: query.phone,
      channel: query.channel,
    });
    return page(rows.map(toDoNotContactResponse), query, total);
  }

  @Delete(':phone')
  @HttpCode(200)
  @ApiOperation({ summary: "Remove a number's entries (every channel, or ?channel=)" })
  @ApiQuery({ name: 'channel', required: false, enum: DNC_CHANNELS })
  @ApiEnvelope({
    message: 'required',
    data: { type: 'object', required: ['removed'], properties: { removed: { type: 'integer' } } },
    example: { success: true, message: 'Removed from the do-not-contact list', data: { removed: 1 } },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Do-not-contact entry not found' } })
  @ApiBadRequestResponse(invalid('phone is not a valid phone number'))
  async remove(
    @CurrentOrg() orgId: string,
    @Param('phone') phone: string,
    @Query() query: DeleteDoNotContactQueryDto,
  ): Promise<SuccessEnvelope<{ removed: number }>> {
    const removed = await this.list.remove(orgId, phone, query.channel);
    return ok({ removed }, 'Removed from the do-not-contact list');
  }
}
