import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Auth, CurrentOrg } from '../../common/auth/auth.decorators';
import { ApiEnvelope } from '../../common/api-docs';
import { ok, SuccessEnvelope } from '../../common/envelope';
import { CAMPAIGN_MISMATCH } from '../../common/errors';
import { CommunicationDto, LogEntryDto, LogsPaginationDto, LogsQueryDto } from './dto/logs.dto';
import { LogsService } from './logs.service';

const ENTRY_EXAMPLE = {
  call_id: 'att_3f9c0a1b2c3d4e5f60718293',
  type: 'call',
  initiation_id: 'init_4Jd8sK2mQp7Rt1Vx9Zb3',
  date: '2026-03-02',
  start_time: '2026-03-02T12:00:01.250+05:30',
  end_time: '2026-03-02T12:02:05.250+05:30',
  duration: 124,
  direction: 'outbound',
  from: '+918000000001',
  to: '+919876543210',
  name: 'Asha Rao',
  loan_id: 'LOAN-2025-00123',
  campaign_id: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5',
  campaign_name: 'August EMI reminders',
  agent_id: 'agent_2Fq9LmX0pR7sTu4Vw6Yz8A',
  disposition: 'Promise to pay',
  disposition_id: 'disp_7Hk3Nw9Qa1Zx5Cv2Bm8L',
  status: 'Contacted',
  outcome: 'completed',
  summary: 'Promised to pay by Friday',
  extracted_data: { promise_date: '2026-03-06' },
  recording_url: 'https://runner.example/rec/call-8f2k.mp3',
  transcript_url: null,
};
const EVENT_EXAMPLE = {
  sequence: 1,
  event: 'completed',
  at: '2026-03-02T12:02:05.250+05:30',
  source: 'voice',
  receivedAt: '2026-03-02T12:02:06.120+05:30',
  payload: { callId: 'call-8f2k', durationSec: 124, disposition: 'Promise to pay' },
};

@ApiTags('Logs')
@Auth()
@Controller()
export class LogsController {
  constructor(private readonly logs: LogsService) {}

  @Get('logs')
  @ApiOperation({
    summary: 'Every call and SMS handed to a provider, newest first, as TimePay clients read them',
    description:
      'Filters combine with AND. Page with `page` (from 1) or, as fast at any depth, with `cursor` = the previous ' +
      "page's `pagination.next_cursor` (both give the same sequence). Times carry the organization's offset. " +
      '`count_only=true` answers only the count. A total of 10,000 or more may be up to 30 s old on later pages.',
  })
  @ApiExtraModels(LogEntryDto, LogsPaginationDto)
  @ApiOkResponse({
    schema: {
      oneOf: [
        {
          type: 'object',
          required: ['success', 'data', 'pagination'],
          properties: {
            success: { type: 'boolean', enum: [true] },
            data: { type: 'array', items: { $ref: getSchemaPath(LogEntryDto) } },
            pagination: { $ref: getSchemaPath(LogsPaginationDto) },
          },
        },
        {
          type: 'object',
          description: 'count_only=true',
          required: ['success', 'total', 'pagination'],
          properties: {
            success: { type: 'boolean', enum: [true] },
            total: { type: 'integer', example: 42 },
            pagination: {
              type: 'object',
              required: ['total'],
              properties: { total: { type: 'integer', example: 42 } },
            },
          },
        },
      ],
    },
    examples: {
      page: {
        summary: 'A page',
        value: {
          success: true,
          data: [ENTRY_EXAMPLE],
          pagination: {
            page: 1,
            per_page: 10,
            total: 1,
            total_pages: 1,
            has_next: false,
            has_prev: false,
            next_cursor: null,
          },
        },
      },
      countOnly: { summary: 'count_only=true', value: { success: true, total: 42, pagination: { total: 42 } } },
    },
  })
  @ApiBadRequestResponse({
    example: {
      success: false,
      message: 'Validation failed',
      errors: ['status must be one of: Contacted, No Contact, Failed, Pending'],
    },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Campaign not found' } })
  @ApiForbiddenResponse({ example: { success: false, message: CAMPAIGN_MISMATCH } })
  async list(@CurrentOrg() org: string, @Query() query: LogsQueryDto): Promise<object> {
    const answer = await this.logs.list(org, query);
    if (answer.countOnly) return { success: true, total: answer.total, pagination: { total: answer.total } };
    return { success: true, data: answer.entries, pagination: answer.pagination };
  }

  @Get('communication/call/:id')
  @ApiOperation({ summary: 'One call (by attempt id) as the logs show it, with its event history' })
  @ApiParam({ name: 'id', example: 'att_3f9c0a1b2c3d4e5f60718293' })
  @ApiEnvelope({
    data: CommunicationDto,
    example: { success: true, data: { ...ENTRY_EXAMPLE, events: [EVENT_EXAMPLE] } },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'Call not found' } })
  async call(@CurrentOrg() org: string, @Param('id') id: string): Promise<SuccessEnvelope<CommunicationDto>> {
    return ok(await this.logs.one(org, 'calls', id));
  }

  @Get('communication/sms/:id')
  @ApiOperation({ summary: 'One SMS (by attempt id) as the logs show it, with its delivery history' })
  @ApiParam({ name: 'id', example: 'att_5b1d2e3f4a5b6c7d8e9f0a1b' })
  @ApiEnvelope({
    data: CommunicationDto,
    example: {
      success: true,
      data: {
        ...ENTRY_EXAMPLE,
        call_id: 'att_5b1d2e3f4a5b6c7d8e9f0a1b',
        type: 'sms',
        end_time: null,
        duration: null,
        agent_id: null,
        disposition: null,
        disposition_id: null,
        status: 'Contacted',
        outcome: 'delivered',
        summary: null,
        extracted_data: null,
        recording_url: null,
        events: [
          { ...EVENT_EXAMPLE, event: 'sent', source: 'sms', payload: { messageId: 'msg-77', status: 'sent' } },
          {
            ...EVENT_EXAMPLE,
            sequence: 2,
            event: 'delivered',
            source: 'sms',
            payload: { messageId: 'msg-77', status: 'delivered' },
          },
        ],
      },
    },
  })
  @ApiNotFoundResponse({ example: { success: false, message: 'SMS not found' } })
  async sms(@CurrentOrg() org: string, @Param('id') id: string): Promise<SuccessEnvelope<CommunicationDto>> {
    return ok(await this.logs.one(org, 'sms', id));
  }
}
