import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { InboundAnswerDto } from '../../providers/inbound-docs';
import { InboundAnswer, inboundAnswer } from '../../providers/inbound-events';
import { Inbound, TWILIO_SIGNATURE_SCHEME } from '../../providers/inbound-guard';
import type { InboundRequest } from '../../providers/inbound-request';
import { formParams } from '../providers/twilio-signature';
import { SmsReceiptsService } from './sms-receipts.service';
import { twilioStatusRoute } from './twilio-status';

/** POST /providers/twilio/status: Twilio's message status callback (SPEC §9). */
@ApiTags('Provider callbacks')
@Controller('providers/twilio')
export class TwilioStatusController {
  constructor(private readonly receipts: SmsReceiptsService) {}

  @Post('status')
  @HttpCode(200)
  @Inbound(twilioStatusRoute)
  @ApiOperation({
    summary: 'Twilio message status callback',
    description:
      'Set as the StatusCallback of every message when PUBLIC_BASE_URL is set. Authenticated by X-Twilio-Signature ' +
      '(HMAC-SHA1 of PUBLIC_BASE_URL + path and query + the sorted form parameters, keyed by TWILIO_AUTH_TOKEN). ' +
      'MessageStatus sent, delivered, undelivered and failed are applied to the attempt whose provider reference is ' +
      'MessageSid (ErrorCode becomes the outcome reason); other statuses are acknowledged and ignored. ' +
      'Answers 404 unless TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL are set.',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiSecurity(TWILIO_SIGNATURE_SCHEME)
  @ApiHeader({ name: 'X-Twilio-Signature', required: true, description: "Twilio's request signature" })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['MessageSid', 'MessageStatus'],
      properties: {
        MessageSid: { type: 'string', example: 'SM0123456789abcdef0123456789abcdef' },
        MessageStatus: { type: 'string', example: 'undelivered' },
        ErrorCode: { type: 'string', example: '30003' },
        AccountSid: { type: 'string' },
        From: { type: 'string' },
        To: { type: 'string' },
      },
      additionalProperties: true,
    },
  })
  @ApiOkResponse({
    type: InboundAnswerDto,
    example: { success: true, accepted: 1, duplicates: 0, unknown: [] },
  })
  @ApiBadRequestResponse({
    example: { success: false, message: 'Validation failed', errors: ['MessageSid is required'] },
  })
  @ApiUnauthorizedResponse({
    example: {
      success: false,
      error: 'Unauthorized',
      message: 'X-Twilio-Signature is missing or does not sign this request',
    },
  })
  async status(@Req() req: InboundRequest): Promise<InboundAnswer> {
    const attemptId = typeof req.query.attemptId === 'string' ? req.query.attemptId : undefined;
    return inboundAnswer(await this.receipts.receiveTwilio(formParams(req.rawBody), attemptId));
  }
}
