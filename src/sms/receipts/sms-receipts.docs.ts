import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SMS_OUTCOMES } from '../../initiations/outcomes/outcomes';
import { MAX_INBOUND_EVENTS } from '../../providers/inbound-events';

/** Swagger only: the body is read by `readSmsReceipts` (unknown properties ignored, not refused). */
export class SmsReceiptDto {
  @ApiProperty({
    description: 'The attempt id the message was dispatched with',
    example: 'att_4b1e0c9d8a7f6e5d4c3b2a19',
  })
  attemptId!: string;

  @ApiPropertyOptional({ description: "The gateway's id of the message", example: 'msg_5521' })
  messageId?: string;

  @ApiProperty({
    enum: SMS_OUTCOMES,
    description: 'sent is not final; the first final status sets the outcome once',
    example: 'delivered',
  })
  status!: string;

  @ApiProperty({ description: 'When it happened: ISO 8601 with a time zone', example: '2025-08-05T10:31:00+05:30' })
  at!: string;

  @ApiPropertyOptional({ description: "The gateway's or carrier's error code (string or number)", example: 'DLT-104' })
  errorCode?: string;

  @ApiPropertyOptional({ description: 'Why it was not delivered', example: 'Template mismatch' })
  reason?: string;
}

export class SmsReceiptsBodyDto {
  @ApiProperty({
    type: [SmsReceiptDto],
    maxItems: MAX_INBOUND_EVENTS,
    description: `At most ${MAX_INBOUND_EVENTS} receipts, in any order; unknown properties inside a receipt are ignored`,
  })
  receipts!: SmsReceiptDto[];
}

export const SMS_RECEIPTS_EXAMPLE = {
  receipts: [
    {
      attemptId: 'att_4b1e0c9d8a7f6e5d4c3b2a19',
      messageId: 'msg_5521',
      status: 'sent',
      at: '2025-08-05T10:30:05+05:30',
    },
    {
      attemptId: 'att_4b1e0c9d8a7f6e5d4c3b2a19',
      messageId: 'msg_5521',
      status: 'delivered',
      at: '2025-08-05T10:31:00+05:30',
    },
    {
      attemptId: 'att_7c2d1e0f9a8b7c6d5e4f3a2b',
      messageId: 'msg_5522',
      status: 'undelivered',
      at: '2025-08-05T10:31:30+05:30',
      errorCode: 'DLT-104',
      reason: 'Template mismatch',
    },
  ],
};
