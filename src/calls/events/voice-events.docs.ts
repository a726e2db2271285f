import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALL_OUTCOMES } from '../../initiations/outcomes/outcomes';
import { MAX_INBOUND_EVENTS } from '../../providers/inbound-events';

/** Swagger only: the body is read by `readVoiceEvents` (unknown properties ignored, not refused). */
export class VoiceEventDto {
  @ApiProperty({ description: 'The attempt id the call was dispatched with', example: 'att_9f2c4e1a7b3d5f60a1b2c3d4' })
  attemptId!: string;

  @ApiPropertyOptional({ description: "The runner's id of the call", example: 'call_81c2' })
  callId?: string;

  @ApiProperty({
    enum: CALL_OUTCOMES,
    description: 'ringing and in_progress are not final; the first final event sets the outcome once',
    example: 'completed',
  })
  event!: string;

  @ApiProperty({ description: 'When it happened: ISO 8601 with a time zone', example: '2025-08-05T10:32:10+05:30' })
  at!: string;

  @ApiPropertyOptional({ description: 'Seconds the call lasted', example: 94 })
  durationSec?: number;

  @ApiPropertyOptional({
    description:
      "One of the organization's dispositions, by id or by name (any case); kept as text (id null) when it is neither",
    example: 'Promise to pay',
  })
  disposition?: string;

  @ApiPropertyOptional({ example: 'Customer agreed to pay the EMI on Friday.' })
  summary?: string;

  @ApiPropertyOptional({ description: 'http(s) URL', example: 'https://runner.example.com/rec/call_81c2.mp3' })
  recordingUrl?: string;

  @ApiPropertyOptional({ description: 'http(s) URL', example: 'https://runner.example.com/tr/call_81c2.txt' })
  transcriptUrl?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'What the agent extracted from the conversation',
    example: { promised_date: '2025-08-08', amount: 4242 },
  })
  extracted?: Record<string, unknown>;
}

export class VoiceEventsBodyDto {
  @ApiProperty({
    type: [VoiceEventDto],
    maxItems: MAX_INBOUND_EVENTS,
    description: `At most ${MAX_INBOUND_EVENTS} events, in any order; unknown properties inside an event are ignored`,
  })
  events!: VoiceEventDto[];
}

export const VOICE_EVENTS_EXAMPLE = {
  events: [
    {
      attemptId: 'att_9f2c4e1a7b3d5f60a1b2c3d4',
      callId: 'call_81c2',
      event: 'ringing',
      at: '2025-08-05T10:30:02+05:30',
    },
    {
      attemptId: 'att_9f2c4e1a7b3d5f60a1b2c3d4',
      callId: 'call_81c2',
      event: 'completed',
      at: '2025-08-05T10:32:10+05:30',
      durationSec: 94,
      disposition: 'Promise to pay',
      summary: 'Customer agreed to pay the EMI on Friday.',
      recordingUrl: 'https://runner.example.com/rec/call_81c2.mp3',
      extracted: { promised_date: '2025-08-08', amount: 4242 },
    },
  ],
};
