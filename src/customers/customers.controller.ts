import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { idFieldOf } from '../campaigns/campaign.entity';
import { CAMPAIGN_FORBIDDEN_EXAMPLE, CAMPAIGN_NOT_FOUND_EXAMPLE } from '../campaigns/campaigns.controller';
import { Auth, CurrentOrg, CurrentPrincipal } from '../common/auth/auth.decorators';
import type { Principal } from '../organizations/api-keys.service';
import { ApiEnvelope, ref } from '../common/api-docs';
import { page, SuccessEnvelope } from '../common/envelope';
import { ApiPageResponse } from '../common/pagination.dto';
import { DomainError, validationFailed } from '../common/errors';
import { retryDelayProblems } from '../common/retry-policy';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AddedCustomersCall, CUSTOMER_CALLS, CustomerCalls } from './customer-calls.port';
import { CustomersService } from './customers.service';
import { BulkResultsDto } from './dto/bulk-report.dto';
import { CustomerResponseDto, toCustomerResponse } from './dto/customer-response.dto';
import {
  AddCustomerDto,
  BulkAddCustomersDto,
  CallConfigDto,
  ListCustomersQueryDto,
  UpdateCustomerDto,
} from './dto/customer.dto';

const BULK_EXAMPLE = {
  success: false,
  message: 'Added 2 of 3 records',
  results: {
    total: 3,
    valid: 2,
    invalid: 1,
    successful: 2,
    failed: 1,
    batchesProcessed: 1,
    errors: [{ index: 2, id: 'LOAN-2025-00125', reason: 'phone_number is not a valid phone number' }],
  },
};

const ALL_ADDED_EXAMPLE = {
  success: true,
  message: 'Added 3 of 3 records',
  results: { total: 3, valid: 3, invalid: 0, successful: 3, failed: 0, batchesProcessed: 1, errors: [] },
};

/** The body of add/bulk and import (SPEC §3): `success` is false when some record was not added (207). */
const bulkAnswer = (status: number, description: string, example: unknown) =>
  ApiEnvelope({
    status,
    description,
    success: 'boolean',
    message: 'required',
    fields: {
      results: ref(BulkResultsDto),
      callResults: {
        type: 'object',
        additionalProperties: true,
        description:
          "With initiateCall: the initiation's results and initiationId, or `{success, message}` when it was refused or is still running",
      },
    },
    required: ['results'],
    extraModels: [BulkResultsDto],
    example,
  });

interface BulkAnswer {
  success: boolean;
  message: string;
  results: BulkResultsDto;
}

/** 201 all added, 207 some, 400 none (SPEC §3). */
function answerBulk(res: Response, results: BulkResultsDto): BulkAnswer {
  res.status(results.failed === 0 ? 201 : results.successful > 0 ? 207 : 400);
  return { success: results.failed === 0, message: `Added ${results.successful} of ${results.total} records`, results };
}

function requireCallConfig(dto: { initiateCall?: boolean; callConfig?: CallConfigDto }, minDelayS: number): void {
  if (dto.initiateCall && !dto.callConfig) throw validationFailed(['callConfig is required when initiateCall is true']);
  const delay = retryDelayProblems(dto.callConfig?.retry, minDelayS).map((p) => `callConfig.${p}`);
  if (delay.length > 0) throw validationFailed(delay);
}

/** `callInitiated` / `callError` of customers/add. */
function singleCall(outcome: AddedCustomersCall): {
  callInitiated: boolean;
  callError?: string;
  initiationId?: string;
} {
  if (outcome.kind === 'refused') return { callInitiated: false, callError: outcome.message };
  if (outcome.kind === 'running') {
    return { callInitiated: false, callError: 'Initiation still running', initiationId: outcome.initiationId };
  }
  const { results, initiationId } = outcome;
  return results.initiated === 1
    ? { callInitiated: true, initiationId }
    : { callInitiated: false, callError: results.errors[0]?.reason ?? 'Call initiation failed', initiationId };
}

/** `callResults` of add/bulk: the report's results plus initiationId. */
function bulkCalls(outcome: AddedCustomersCall): Record<string, unknown> {
  if (outcome.kind === 'refused') return { success: false, message: outcome.message };
  if (outcome.kind === 'running')
    return { success: true, message: outcome.message, initiationId: outcome.initiationId };
  return { ...outcome.results, initiationId: outcome.initiationId };
}

@ApiTags('Customers')
@Auth()
@Controller()
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    @Inject(CUSTOMER_CALLS) private readonly calls: CustomerCalls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('customers/add')
  @ApiOperation({ summary: 'Add one customer to a campaign (re-adding an id updates it)' })
  @ApiEnvelope({
    status: 201,
    message: 'required',
    data: {
      type: 'object',
      required: ['id', 'campaignId'],
      properties: { id: { type: 'string' }, campaignId: { type: 'string' } },
    },
    fields: {
      callInitiated: { type: 'boolean', description: 'With initiateCall: whether the call was initiated' },
      callError: { type: 'string', description: 'With initiateCall, when no call was initiated: why' },
      initiationId: { type: 'string', description: 'With initiateCall: the initiation that placed the call' },
    },
    example: {
      success: true,
      message: 'Customer added to campaign successfully',
      data: { id: 'LOAN-2025-00123', campaignId: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5' },
    },
  })
  @ApiBadRequestResponse({
    example: {
      success: false,
      message: 'Validation failed',
      errors: ['data: phone_number is not a valid phone number'],
    },
  })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async add(@CurrentPrincipal() principal: Principal, @Body() body: AddCustomerDto): Promise<Record<string, unknown>> {
    requireCallConfig(body, this.config.followUpMinDelayS);
    const org = principal.organizationId;
    const { campaign, id } = await this.customers.add(org, body);
    const answer: Record<string, unknown> = {
      success: true,
      message: 'Customer added to campaign successfully',
      data: { id, campaignId: campaign.id },
    };
    if (body.initiateCall && body.callConfig) {
      Object.assign(
        answer,
        singleCall(await this.calls.callAdded(org, principal.apiKeyId, campaign.id, body.callConfig, [id])),
      );
    }
    return answer;
  }

  @Post('customers/add/bulk')
  @ApiOperation({ summary: 'Add up to 10,000 customers; each invalid record is reported by index' })
  @bulkAnswer(201, 'All records added', ALL_ADDED_EXAMPLE)
  @bulkAnswer(207, 'Some records added', BULK_EXAMPLE)
  @ApiBadRequestResponse({
    description: 'No record added, or the request is invalid',
    example: { success: false, message: 'Validation failed', errors: ['records must contain at most 10000 records'] },
  })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async bulkAdd(
    @CurrentPrincipal() principal: Principal,
    @Body() body: BulkAddCustomersDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    requireCallConfig(body, this.config.followUpMinDelayS);
    const org = principal.organizationId;
    const { campaign, results, ids } = await this.customers.bulkAdd(org, body);
    const answer: Record<string, unknown> = { ...answerBulk(res, results) };
    if (body.initiateCall && body.callConfig && ids.length > 0) {
      const outcome = await this.calls.callAdded(org, principal.apiKeyId, campaign.id, body.callConfig, [
        ...new Set(ids),
      ]);
      answer.callResults = bulkCalls(outcome);
    }
    return answer;
  }

  @Put('customers/update')
  @ApiOperation({ summary: 'Change some fields of a customer, found by loan_id or lead_id' })
  @ApiEnvelope({
    message: 'required',
    data: { type: 'object', additionalProperties: true, description: "The customer's fields after the update" },
    example: {
      success: true,
      message: 'Customer updated successfully',
      data: { loan_id: 'LOAN-2025-00123', phone_number: '+919876543210', payment_status: 'paid' },
    },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Customer not found' } })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async update(
    @CurrentOrg() org: string,
    @Body() body: UpdateCustomerDto,
  ): Promise<SuccessEnvelope<Record<string, unknown>>> {
    const data = await this.customers.update(org, body);
    return { success: true, message: 'Customer updated successfully', data };
  }

  @Get('campaigns/:id/customers')
  @ApiOperation({ summary: "A campaign's customers, in creation order" })
  @ApiPageResponse(CustomerResponseDto)
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async list(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Query() query: ListCustomersQueryDto,
  ): Promise<SuccessEnvelope<CustomerResponseDto[]>> {
    const { campaign, rows, total } = await this.customers.list(org, id, query);
    const idField = idFieldOf(campaign.campaignType);
    return page(
      rows.map((c) => toCustomerResponse(c, idField)),
      query,
      total,
    );
  }

  @Delete('campaigns/:id/customers/:customerId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove a customer from a campaign' })
  @ApiEnvelope({ message: 'required', example: { success: true, message: 'Customer deleted successfully' } })
  @ApiNotFoundResponse({ example: { success: false, message: 'Customer not found' } })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async remove(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Param('customerId') customerId: string,
  ): Promise<{ success: true; message: string }> {
    await this.customers.remove(org, id, customerId);
    return { success: true, message: 'Customer deleted successfully' };
  }

  @Post('campaigns/:id/customers/import')
  @ApiOperation({ summary: 'Import customers from a CSV body (header row = field names), streamed' })
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example: 'loan_id,first_name,phone_number,emi_amount,branch\nLOAN-1,Asha,9876543210,4242,mumbai\n',
    },
  })
  @bulkAnswer(201, 'All rows added', ALL_ADDED_EXAMPLE)
  @bulkAnswer(207, 'Some rows added', BULK_EXAMPLE)
  @ApiBadRequestResponse({
    description: 'No row added, or the header is invalid',
    example: { success: false, message: 'Validation failed', errors: ['the header must include phone_number'] },
  })
  @ApiResponse({ status: 415, description: 'The body is not text/csv' })
  @ApiNotFoundResponse({ example: CAMPAIGN_NOT_FOUND_EXAMPLE })
  @ApiForbiddenResponse({ example: CAMPAIGN_FORBIDDEN_EXAMPLE })
  async importCsv(
    @CurrentOrg() org: string,
    @Param('id') id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BulkAnswer> {
    if (!req.is(['text/csv', 'application/csv'])) {
      throw new DomainError('UNSUPPORTED_MEDIA', 'Content-Type must be text/csv');
    }
    return answerBulk(res, await this.customers.importCsv(org, id, req));
  }
}
