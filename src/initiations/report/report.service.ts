import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChannelRegistry } from '../channel.registry';
import type { InitiationReportDto, InitiationResultsDto } from '../dto/report.dto';
import { Initiation } from '../initiation.entity';
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
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The counts, the open batches and the failures from one snapshot (InnoDB's REPEATABLE READ, taken
   * at the transaction's first read): read one after the other, a batch's last outcome could land
   * between them and a live report show the batch processed without its failures counted.
   */
  async results(initiation: Initiation): Promise<InitiationResultsDto> {
    return (await this.current(initiation)).results;
  }

  /** The initiation as that snapshot holds it (its status agrees with its results), with its results. */
  async current(given: Initiation): Promise<{ initiation: Initiation; results: InitiationResultsDto }> {
    return this.dataSource.transaction(async (manager) => {
      const initiation = (await manager.findOneBy(Initiation, { id: given.id })) ?? given;
      return { initiation, results: await this.resultsIn(manager, initiation) };
    });
  }

  private async resultsIn(manager: EntityManager, initiation: Initiation): Promise<InitiationResultsDto> {
    // The seed fields are the first round's (batches 1..batchCount); follow-ups are counted apart (SPEC §10).
    const firstRound = (b: number): boolean => b <= initiation.batchCount;
    const pending = (await this.reads.openBatches(initiation.id, manager)).filter(firstRound);
    const failures = (await this.reads.failures(initiation.id, manager)).filter((f) => firstRound(f.batch));
    const excluded = await this.reads.excluded(initiation.id, manager, initiation.batchCount);
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
