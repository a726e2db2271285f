import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { excludedOf } from '../contact-policy/exclusion.service';
import { openBatches } from './attempt-counts';
import { CHANNEL_TEXT, reportMessage, reportStatus } from './channels';
import type { InitiationReportDto, InitiationResultsDto } from './dto/report.dto';
import type { Initiation } from './initiation.entity';

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
  constructor(private readonly dataSource: DataSource) {}

  async results(initiation: Initiation): Promise<InitiationResultsDto> {
    const pending = await openBatches(this.dataSource, initiation.id);
    const failures = await this.dataSource.query<Array<{ batch: number; reason: string | null; n: string }>>(
      "SELECT batch, reason, COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND status = 'failed' GROUP BY batch, reason ORDER BY batch, reason",
      [initiation.id],
    );
    const excluded = await excludedOf(this.dataSource, initiation.id);
    const error = CHANNEL_TEXT[initiation.channel].error;
    return {
      totalMatched: initiation.totalMatched,
      customersSelected: initiation.customersSelected,
      // Counted with each batch's outcomes (exact once the initiation ends): a report never
      // counts the initiation's attempts, a million of them at every poll.
      initiated: initiation.initiated,
      failed: initiation.failed,
      batchesProcessed: initiation.batchCount - pending.length,
      errors: failures.map((f) => ({
        batch: Number(f.batch),
        error,
        reason: f.reason ?? 'Unknown error',
        affectedCustomers: Number(f.n),
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
        message: reportMessage(initiation.channel, results.initiated, results.customersSelected, results.failed),
        results,
        initiationId: initiation.id,
      },
    };
  }
}
