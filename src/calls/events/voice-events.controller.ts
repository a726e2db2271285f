import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InboundAnswerDto, inboundBadRequest, INBOUND_OK_EXAMPLE } from '../../providers/inbound-docs';
import { InboundAnswer, inboundAnswer } from '../../providers/inbound-events';
import { SignedInbound } from '../../providers/inbound-guard';
import { VOICE_EVENTS_EXAMPLE, VoiceEventsBodyDto } from './voice-events.docs';
import { VoiceEventsService } from './voice-events.service';

/** POST /providers/voice/events: the voice runner reports what became of its calls (SPEC §9). */
@ApiTags('Provider callbacks')
@Controller('providers/voice')
export class VoiceEventsController {
  constructor(private readonly events: VoiceEventsService) {}

  @Post('events')
  @HttpCode(200)
  @SignedInbound('calls', (config) => config.voice.secret, 'VOICE_RUNNER_SECRET')
  @ApiOperation({
    summary: 'Voice runner call events',
    description:
      'Signed by the runner with VOICE_RUNNER_SECRET (no API key). Every event is kept in its attempt’s history; ' +
      'the outcome only moves forward, and the first final event sets it once. Repeats, events out of order ' +
      'and events after the final one are harmless. Unknown attempt ids are listed, never fatal.',
  })
  @ApiBody({
    type: VoiceEventsBodyDto,
    examples: { events: { summary: 'A call rang, then completed', value: VOICE_EVENTS_EXAMPLE } },
  })
  @ApiOkResponse({ type: InboundAnswerDto, example: INBOUND_OK_EXAMPLE })
  @ApiBadRequestResponse(
    inboundBadRequest('events[3].at must be an ISO 8601 timestamp with a time zone, e.g. 2025-08-05T10:30:00+05:30'),
  )
  async receive(@Body() body: unknown): Promise<InboundAnswer> {
    return inboundAnswer(await this.events.receive(body));
  }
}
