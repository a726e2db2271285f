import { ApiProperty } from '@nestjs/swagger';
import { INITIATION_STATUSES, InitiationStatus } from '../initiation.entity';

export class CancelResultDto {
  @ApiProperty({ example: 'init_4Jd8sK2mQp7Rt1Vx9Zb3' }) initiationId!: string;
  @ApiProperty({
    enum: INITIATION_STATUSES,
    example: 'running',
    description:
      '`canceled` at once when nothing was in flight; else the status stays until the batches in flight finish',
  })
  status!: InitiationStatus;
  @ApiProperty({
    example: 1500,
    description:
      'Attempts stopped before they were handed to a provider (queued batches, delayed waves, follow-ups waiting); a repeat answers the same',
  })
  canceled!: number;
}
