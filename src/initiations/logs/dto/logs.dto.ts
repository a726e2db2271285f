import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CALL_OUTCOMES, SMS_OUTCOMES, TIMEPAY_STATUSES, TimePayStatus } from '../../outcomes/outcomes';

export const LOG_TYPES = ['call', 'sms'] as const;
export type LogType = (typeof LOG_TYPES)[number];
/** Every outcome of either channel, and `pending` (no final outcome yet). */
export const LOG_OUTCOMES = ['pending', ...new Set([...CALL_OUTCOMES, ...SMS_OUTCOMES])];

/**
 * TimePay's clients send every filter they know, unset ones empty (`status=&phone=`): an empty
 * value is no filter, not a bad one.
 */
const EmptyIsAbsent = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** A number in the query string; empty is absent, anything else not a number is reported by `@IsInt`. */
const IntegerParam = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === '' ? undefined : typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value,
  );

/** `Contacted`, `no contact`…: the label whatever its case. */
const Label = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? (TIMEPAY_STATUSES.find((s) => s.toLowerCase() === value.trim().toLowerCase()) ?? value)
      : value,
  );

const TIME_DESCRIPTION =
  'ISO 8601 (`2026-03-02`, `2026-03-02T09:00`, `2026-03-02T09:00:00+05:30`). Without an offset, a wall time in the ' +
  "organization's time zone (its contact policy's `timezone`). Inclusive at the precision given: `end_time=2026-03-02` " +
  'includes that whole day. Filters the time the attempt was handed to the provider (`start_time` of an entry).';

export class LogsQueryDto {
  @ApiPropertyOptional({ enum: LOG_TYPES })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(LOG_TYPES, { message: `type must be one of: ${LOG_TYPES.join(', ')}` })
  type?: LogType;

  @ApiPropertyOptional({ example: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5', description: "One of the organization's campaigns" })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaign_id?: string;

  @ApiPropertyOptional({
    example: 'agent_2Fq9LmX0pR7sTu4Vw6Yz8A',
    description: 'The agent the call was initiated with',
  })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  agent_id?: string;

  @ApiPropertyOptional({
    enum: TIMEPAY_STATUSES,
    description:
      'Contacted (completed; SMS delivered), No Contact (no_answer, busy, voicemail, canceled), Failed (failed, expired, undelivered), Pending (no final outcome yet); any case',
  })
  @EmptyIsAbsent()
  @Label()
  @IsOptional()
  @IsIn(TIMEPAY_STATUSES, { message: `status must be one of: ${TIMEPAY_STATUSES.join(', ')}` })
  status?: TimePayStatus;

  @ApiPropertyOptional({ enum: LOG_OUTCOMES, description: 'The outcome exactly; `pending` = no final outcome yet' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(LOG_OUTCOMES, { message: `outcome must be one of: ${LOG_OUTCOMES.join(', ')}` })
  outcome?: string;

  @ApiPropertyOptional({ example: 'Promise to pay', description: 'Disposition name, any case' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(255)
  disposition?: string;

  @ApiPropertyOptional({
    example: '+919876543210',
    description: 'The number called or texted (read as elsewhere: E.164 or national)',
  })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ example: '+918000000001', description: 'The number it was sent from' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  from_phone?: string;

  @ApiPropertyOptional({ example: '2026-03-01T00:00:00', description: TIME_DESCRIPTION })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  start_time?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: TIME_DESCRIPTION })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  end_time?: string;

  @ApiPropertyOptional({
    type: 'integer',
    default: 1,
    minimum: 1,
    maximum: 1_000_000,
    description: 'From 1 (ignored with `cursor`)',
  })
  @IntegerParam()
  @IsOptional()
  @IsInt({ message: 'page must be an integer' })
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', default: 10, minimum: 1, maximum: 100 })
  @IntegerParam()
  @IsOptional()
  @IsInt({ message: 'per_page must be an integer' })
  @Min(1)
  @Max(100)
  per_page?: number;

  @ApiPropertyOptional({
    description:
      "The previous page's `pagination.next_cursor`: the next page by key, as fast at page 10,000 as at page 1",
  })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cursor?: string;

  @ApiPropertyOptional({ description: '`true`: only the count, `{"success":true,"total":N,"pagination":{"total":N}}`' })
  @EmptyIsAbsent()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false], { message: 'count_only must be true or false' })
  count_only?: boolean;
}

export class LogEntryDto {
  @ApiProperty({ example: 'att_3f9c0a1b2c3d4e5f60718293', description: 'The attempt id' }) call_id!: string;
  @ApiProperty({ enum: LOG_TYPES }) type!: LogType;
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiation_id!: string;
  @ApiProperty({ example: '2026-03-02', description: "start_time's date in the organization's time zone" })
  date!: string;
  @ApiProperty({ example: '2026-03-02T12:00:01.250+05:30', description: 'When it was handed to the provider' })
  start_time!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-03-02T12:02:05.250+05:30',
    description: 'start_time + duration, when known',
  })
  end_time!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 124, description: 'Seconds' }) duration!: number | null;
  @ApiProperty({ example: 'outbound', enum: ['outbound'] }) direction!: 'outbound';
  @ApiProperty({ nullable: true, type: String, example: '+918000000001' }) from!: string | null;
  @ApiProperty({ example: '+919876543210' }) to!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Asha Rao' }) name!: string | null;
  @ApiPropertyOptional({ example: 'LOAN-2025-00123', description: 'Collection campaigns (emi, edi)' }) loan_id?: string;
  @ApiPropertyOptional({ example: 'LEAD-0042', description: 'Lead campaigns, instead of loan_id' }) lead_id?: string;
  @ApiProperty({ example: 'camp_8hQ2mZr4Tn6Wv1Xy3Bc5' }) campaign_id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'August EMI reminders' }) campaign_name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'agent_2Fq9LmX0pR7sTu4Vw6Yz8A', description: 'null for SMS' })
  agent_id!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Promise to pay' }) disposition!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'disp_7Hk3Nw9Qa1Zx5Cv2Bm8L',
    description: "null when the provider's text matched none",
  })
  disposition_id!: string | null;
  @ApiProperty({ enum: TIMEPAY_STATUSES, example: 'Contacted' }) status!: TimePayStatus;
  @ApiProperty({ nullable: true, type: String, example: 'completed', description: 'null until a provider reports' })
  outcome!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Promised to pay by Friday' }) summary!: string | null;
  @ApiProperty({ nullable: true, type: Object, example: { promise_date: '2026-03-06' } })
  extracted_data!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String, example: 'https://runner.example/rec/call-8f2k.mp3' })
  recording_url!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) transcript_url!: string | null;
}

export class LogsPaginationDto {
  @ApiProperty({ type: 'integer', example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', example: 10 }) per_page!: number;
  @ApiProperty({ type: 'integer', example: 42 }) total!: number;
  @ApiProperty({ type: 'integer', example: 5 }) total_pages!: number;
  @ApiProperty({ example: true }) has_next!: boolean;
  @ApiProperty({ example: false }) has_prev!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'MTc3MjQzMzAwMTI1MC40MTIuMg',
    description: 'null on the last page',
  })
  next_cursor!: string | null;
}

export class AttemptEventDto {
  @ApiProperty({ example: 1, description: '1-based position in the history (arrival order)' }) sequence!: number;
  @ApiProperty({ example: 'completed' }) event!: string;
  @ApiProperty({ example: '2026-03-02T06:32:05.000Z', description: "The event's own time, as the provider gave it" })
  at!: string;
  @ApiProperty({
    enum: ['voice', 'sms', 'twilio', 'lookup', 'sweep'],
    description: 'Which route or process reported it',
  })
  source!: string;
  @ApiProperty({ example: '2026-03-02T06:32:06.120Z', description: 'When it reached this service' })
  receivedAt!: string;
  @ApiProperty({
    nullable: true,
    type: Object,
    example: { callId: 'call-8f2k', durationSec: 124, disposition: 'Promise to pay' },
    description: 'The event as the provider sent it',
  })
  payload!: Record<string, unknown> | null;
}

export class CommunicationDto extends LogEntryDto {
  @ApiProperty({ type: [AttemptEventDto], description: 'Its event history in arrival order (the first 1,000)' })
  events!: AttemptEventDto[];
}
