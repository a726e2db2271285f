import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InfoRecord, Options, parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { DataSource, Repository } from 'typeorm';
import { Campaign, idFieldOf } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { notFound, validationFailed } from '../common/errors';
import { isFieldName } from '../common/field-name';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CustomerRecord, parseCustomerRecord } from './customer-record';
import { upsertCustomers, WRITE_CHUNK } from './customer-writer';
import { Customer } from './customer.entity';
import { BulkResultsDto, MAX_LISTED_ERRORS, RecordErrorDto } from './dto/bulk-report.dto';
import type { AddCustomerDto, BulkAddCustomersDto, UpdateCustomerDto } from './dto/customer.dto';
import { customerFields } from './dto/customer-response.dto';
import { transactionWithRetry } from '../database/retry';

/** Counts and errors of a bulk write, as SPEC §3's bulk report. */
class BulkTally {
  readonly results: BulkResultsDto = {
    total: 0,
    valid: 0,
    invalid: 0,
    successful: 0,
    failed: 0,
    batchesProcessed: 0,
    errors: [],
  };

  reject(index: number, reason: string, id?: string): void {
    this.results.total += 1;
    this.results.invalid += 1;
    this.results.failed += 1;
    if (this.results.errors.length < MAX_LISTED_ERRORS) {
      const error: RecordErrorDto = id === undefined ? { index, reason } : { index, id, reason };
      this.results.errors.push(error);
    }
  }

  accept(): void {
    this.results.total += 1;
    this.results.valid += 1;
  }

  written(records: number, batches: number): void {
    this.results.successful += records;
    this.results.batchesProcessed += batches;
  }
}

@Injectable()
export class CustomersService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly campaigns: CampaignsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private context(campaign: Campaign): { idField: 'loan_id' | 'lead_id'; region: AppConfig['defaultPhoneRegion'] } {
    return { idField: idFieldOf(campaign.campaignType), region: this.config.defaultPhoneRegion };
  }

  /** One customer; an invalid record is a 400 naming the problem. Re-adding an id updates it. */
  async add(organizationId: string, dto: AddCustomerDto): Promise<{ campaign: Campaign; id: string }> {
    const campaign = await this.campaigns.requireOwned(organizationId, dto.campaignId);
    const parsed = parseCustomerRecord(dto.data, this.context(campaign));
    if (!parsed.ok) throw validationFailed([`data: ${parsed.reason}`]);
    await transactionWithRetry(this.dataSource, (m) =>
      upsertCustomers(m, { organizationId, campaignId: campaign.id }, [parsed.record]),
    );
    return { campaign, id: parsed.record.externalId };
  }

  /** Up to 10,000 records: invalid ones are reported by index, the valid ones written in one transaction. */
  async bulkAdd(
    organizationId: string,
    dto: BulkAddCustomersDto,
  ): Promise<{ campaign: Campaign; results: BulkResultsDto; ids: string[] }> {
    const campaign = await this.campaigns.requireOwned(organizationId, dto.campaignId);
    const ctx = this.context(campaign);
    const tally = new BulkTally();
    const valid: CustomerRecord[] = [];
    dto.records.forEach((raw, index) => {
      const parsed = parseCustomerRecord(raw, ctx);
      if (parsed.ok) {
        tally.accept();
        valid.push(parsed.record);
      } else tally.reject(index, parsed.reason, parsed.id);
    });
    if (valid.length > 0) {
      const batches = await transactionWithRetry(this.dataSource, (m) =>
        upsertCustomers(m, { organizationId, campaignId: campaign.id }, valid),
      );
      tally.written(valid.length, batches);
    }
    return { campaign, results: tally.results, ids: valid.map((r) => r.externalId) };
  }

  /** Changes some fields of one customer; the record is validated again as a whole. */
  async update(organizationId: string, dto: UpdateCustomerDto): Promise<Record<string, unknown>> {
    const campaign = await this.campaigns.requireOwned(organizationId, dto.campaignId);
    const ctx = this.context(campaign);
    const externalId = dto[ctx.idField];
    if (externalId === undefined) throw validationFailed([`${ctx.idField} is required`]);
    if (ctx.idField in dto.data && dto.data[ctx.idField] !== externalId)
      throw validationFailed([`${ctx.idField} cannot be changed`]);
    const existing = await this.findOne(campaign, externalId);
    const merged = { ...customerFields(existing, ctx.idField), ...dto.data };
    const parsed = parseCustomerRecord(merged, ctx);
    if (!parsed.ok) throw validationFailed([`data: ${parsed.reason}`]);
    await transactionWithRetry(this.dataSource, (m) =>
      upsertCustomers(m, { organizationId, campaignId: campaign.id }, [parsed.record]),
    );
    return customerFields(parsed.record, ctx.idField);
  }

  async list(
    organizationId: string,
    campaignId: string,
    p: { offset: number; limit: number },
  ): Promise<{ campaign: Campaign; rows: Customer[]; total: number }> {
    const campaign = await this.campaigns.requireOwned(organizationId, campaignId);
    const [rows, total] = await this.customers.findAndCount({
      where: { campaignId: campaign.id },
      order: { id: 'ASC' },
      skip: p.offset,
      take: p.limit,
    });
    return { campaign, rows, total };
  }

  async remove(organizationId: string, campaignId: string, customerId: string): Promise<void> {
    const campaign = await this.campaigns.requireOwned(organizationId, campaignId);
    const customer = await this.findOne(campaign, customerId);
    await this.customers.delete({ id: customer.id, campaignId: campaign.id });
  }

  private async findOne(campaign: Campaign, externalId: string): Promise<Customer> {
    const customer = await this.customers.findOneBy({ campaignId: campaign.id, externalId });
    if (!customer) throw notFound('Customer');
    return customer;
  }

  /**
   * CSV import, streamed: the header row names the fields; rows are validated one by one and
   * written 500 at a time, each chunk in its own transaction, so memory stays bounded whatever the
   * file's size. Upserts make a re-run of the same file safe.
   */
  async importCsv(organizationId: string, campaignId: string, body: Readable): Promise<BulkResultsDto> {
    const campaign = await this.campaigns.requireOwned(organizationId, campaignId);
    const ctx = this.context(campaign);
    const scope = { organizationId, campaignId: campaign.id };
    const tally = new BulkTally();
    // A malformed row is skipped and reported (destroying the stream would drop rows already parsed).
    let skipped = 0;
    const parser = body.pipe(
      parse({
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        max_record_size: 1_000_000,
        // Data-row index (the header is record 1), counting skipped rows too. csv-parse's types
        // want on_record to return a row of cells; it passes any value through.
        on_record: ((cells: string[], context: InfoRecord) => ({
          cells,
          index: context.records + skipped - 2,
        })) as unknown as Options['on_record'],
      }),
    );
    parser.on('skip', (error: Error & { records: number }) => {
      tally.reject(error.records + skipped - 1, `Malformed CSV: ${error.message}`);
      skipped += 1;
    });
    let header: string[] | undefined;
    let pending: CustomerRecord[] = [];
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const chunk = pending;
      pending = [];
      const batches = await transactionWithRetry(this.dataSource, (m) => upsertCustomers(m, scope, chunk));
      tally.written(chunk.length, batches);
    };
    for await (const { cells, index } of parser as AsyncIterable<{ cells: string[]; index: number }>) {
      if (!header) {
        header = readHeader(cells, ctx.idField);
        continue;
      }
      if (cells.length !== header.length) {
        tally.reject(index, `row has ${cells.length} values, the header has ${header.length}`);
        continue;
      }
      const raw: Record<string, string> = {};
      header.forEach((name, i) => {
        if (cells[i] !== '') raw[name] = cells[i];
      });
      const parsed = parseCustomerRecord(raw, ctx);
      if (!parsed.ok) {
        tally.reject(index, parsed.reason, parsed.id);
        continue;
      }
      tally.accept();
      pending.push(parsed.record);
      if (pending.length >= WRITE_CHUNK) await flush();
    }
    if (!header) throw validationFailed(['The CSV file is empty: a header row is required']);
    await flush();
    return tally.results;
  }
}

function readHeader(cells: string[], idField: string): string[] {
  const names = cells.map((c) => c.trim());
  const problems: string[] = [];
  const bad = names.filter((n) => !isFieldName(n));
  if (bad.length > 0) problems.push(`invalid column names: ${bad.slice(0, 10).join(', ')}`);
  if (new Set(names).size !== names.length) problems.push('column names must be unique');
  for (const required of [idField, 'phone_number'])
    if (!names.includes(required)) problems.push(`the header must include ${required}`);
  if (problems.length > 0) throw validationFailed(problems);
  return names;
}
