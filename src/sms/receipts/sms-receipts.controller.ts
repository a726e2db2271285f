import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InboundAnswerDto, inboundBadRequest, INBOUND_OK_EXAMPLE } from '../../providers/inbound-docs';
import { InboundAnswer, inboundAnswer } from '../../providers/inbound-events';
import { SignedInbound } from '../../providers/inbound-guard';
import { SMS_RECEIPTS_EXAMPLE, SmsReceiptsBodyDto } from './sms-receipts.docs';
import { SmsReceiptsService } from './sms-receipts.service';

/** POST /providers/sms/receipts: the SMS gateway reports what became of its messages (SPEC §9). */
@ApiTags('Provider callbacks')
@Controller('providers/sms')
export class SmsReceiptsController {
  constructor(private readonly receipts: SmsReceiptsService) {}

  @Post('receipts')
  @HttpCode(200)
  @SignedInbound('sms', (config) => config.sms.secret, 'SMS_GATEWAY_SECRET')
  @ApiOperation({
    summary: 'SMS gateway delivery receipts',
    description:
      'Signed by the gateway with SMS_GATEWAY_SECRET (no API key). Every receipt is kept in its attempt’s history; ' +
      'the outcome only moves forward (sent < delivered, undelivered, failed, expired), and the first final ' +
      'status sets it once. Unknown attempt ids are listed, never fatal.',
  })
  @ApiBody({
    type: SmsReceiptsBodyDto,
    examples: { receipts: { summary: 'Sent, delivered, one undelivered', value: SMS_RECEIPTS_EXAMPLE } },
  })
  @ApiOkResponse({ type: InboundAnswerDto, example: INBOUND_OK_EXAMPLE })
  @ApiBadRequestResponse(
    inboundBadRequest('receipts[0].status must be one of: sent, delivered, undelivered, failed, expired'),
  )
  async receive(@Body() body: unknown): Promise<InboundAnswer> {
    return inboundAnswer(await this.receipts.receive(body));
  }
}
