import { ApiProperty } from '@nestjs/swagger';
import { MAX_INBOUND_EVENTS } from './inbound-events';

/** The answer of every inbound provider route (SPEC §9). */
export class InboundAnswerDto {
  @ApiProperty({ type: 'boolean', enum: [true] })
  success!: true;

  @ApiProperty({ description: "Events stored in their attempts' history for the first time", example: 2 })
  accepted!: number;

  @ApiProperty({ description: 'Events already stored: the same (attemptId, event, at) again', example: 1 })
  duplicates!: number;

  @ApiProperty({
    type: [String],
    description: 'Attempt ids that match no attempt of the channel (never fatal for the rest of the request)',
    example: ['att_0123456789abcdef01234567'],
  })
  unknown!: string[];
}

export const INBOUND_OK_EXAMPLE = {
  success: true,
  accepted: 2,
  duplicates: 1,
  unknown: ['att_0123456789abcdef01234567'],
};

export const inboundBadRequest = (example: string): { description: string; example: object } => ({
  description: `Malformed body, a missing or invalid field (named by its index), or more than ${MAX_INBOUND_EVENTS} items: nothing of the request is kept`,
  example: { success: false, message: 'Validation failed', errors: [example] },
});
