import { Injectable } from '@nestjs/common';
import { ChannelRegistry } from '../channel.registry';
import type { InitiationReportDto, InitiationResultsDto } from '../dto/report.dto';
import type { Initiation } from '../initiation.entity';
import { AttemptReads } from '../persistence/attempt.reads';
import { reportMessage, reportStatus } from './report-text';

export interface Report {
  status: 200 | 207 | 500;
  body: InitiationReportDto;
}

/**
 * The unified report, from the database (the system of record): the initiation's outcome counts,
 * its open batches, and its failures and exclusions by reason.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly reads: AttemptReads,
    private readonly channels: ChannelRegistry,
  ) {}

  async results(initiation: Initiation): Promise<InitiationResultsDto> {
    // The seed fields are the first round's (batches 1..batchCount); follow-ups are counted apart (SPEC §10).
    const firstRound = (b: number): boolean => b <= initiation.batchCount;
    const pending = (await this.reads.openBatches(initiation.id)).filter(firstRound);
    const failures = (await this.reads.failures(initiation.id)).filter((f) => firstRound(f.batch));
    const excluded = await this.reads.excluded(initiation.id, undefined, initiation.batchCount);
    const error = this.channels.port(initiation.channel).text.error;
    return {
      totalMatched: initiation.totalMatched,
      customersSelected: initiation.customersSelected,
      // Counted with each batch's outcomes (exact once the initiation ends): a report never
      // counts the initiation's attempts, a million of them at every poll.
      initiated: initiation.initiated,
      failed: initiation.failed,
      batchesProcessed: initiation.batchCount - pending.length,
      errors: failures.map((f) => ({
        batch: f.batch,
        error,
        reason: f.reason ?? 'Unknown error',
        affectedCustomers: f.count,
      })),
      excluded,
    };
  }

  async report(initiation: Initiation): Promise<Report> {
    const results = await this.results(initiation);
    return {
      status: reportStatus(results.initiated, results.failed),
      body: {
        success: results.failed === 0,
        message: reportMessage(
          this.channels.port(initiation.channel).text,
          results.initiated,
          results.customersSelected,
          results.failed,
        ),
        results,
        initiationId: initiation.id,
      },
    };
  }
}
