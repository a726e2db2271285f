import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors';
import { newId } from '../../common/ids';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { SelectionPlan } from '../../contact-policy/exclusion.service';
import { transactionWithRetry } from '../../database/retry';
import { ChannelRegistry } from '../channel.registry';
import { DispatchQueue } from '../dispatch/dispatch.queue';
import { Initiation } from '../initiation.entity';
import { AttemptReads } from '../persistence/attempt.reads';
import { SelectionStore } from '../persistence/selection.store';
import {
  campaignCompleteness,
  campaignOf,
  missingVariables,
  queuedCustomersOf,
  VariableChecks,
} from '../persistence/variables';
import type { InitiateRequest } from './initiate-request';
import type { Planned } from './selection-planner';

/** The largest row id: "through the end of the campaign". */
const LAST_ID = '18446744073709551615';
/** The first chunk is this many batches (its calls leave while the next chunks are written); each next one doubles. */
const FIRST_CHUNK_BATCHES = 8;

/** Where one streamed selection stands, as its chunk transactions keep it. */
interface Cursor {
  id: string;
  organizationId: string;
  channel: Initiation['channel'];
  after: string;
  selected: number;
  written: number;
  /** Batches handed to the queue (the initiation's `batch_count`). */
  released: number;
  /** Whether batches may be released: the checks that need the whole selection passed or cannot fail. */
  open: boolean;
  chunk: number;
}

/** Another writer of the same selection (a recovery that took it over) or a cancel stopped this one. */
class Superseded extends Error {}

/**
 * A large selection (more customers than SELECTION_CHUNK_SIZE, no `limit`, no delayed wave) written
 * in chunks in creation order, each in its own transaction with the initiation's cursor, so the
 * first batches are sent while later chunks are still written (issue 20). SPEC §4's checks stay
 * exact: nothing is released until at least one customer is selected and no required variable can
 * be missing — the campaign as a whole has every variable (one pass, beside the first chunk), or,
 * when it has not, the exact check over every queued attempt once all are written. A refusal
 * removes what was written: nothing of it was sent. The duplicate-phone rule spans chunks
 * (ExclusionService.classified). A selection whose process stopped is resumed by a worker's
 * recovery sweep from its cursor (`resume`).
 */
@Injectable()
export class StreamedSelection implements BeforeApplicationShutdown {
  private readonly logger = new Logger(StreamedSelection.name);
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly selection: SelectionStore,
    private readonly reads: AttemptReads,
    private readonly queue: DispatchQueue,
    private readonly channels: ChannelRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether this selection is written in chunks. */
  applies(plan: SelectionPlan, totalMatched: number): boolean {
    return plan.limit === undefined && plan.waves.length === 0 && totalMatched > this.config.selectionChunkSize;
  }

  /**
   * Writes the initiation and its first chunks; resolves once its first batches are released (or
   * the selection is complete), the rest going on in the background. Refusals throw, as the
   * single-transaction path does, with nothing left behind.
   */
  async start(
    organizationId: string,
    request: InitiateRequest,
    apiKeyId: string | null,
    { resources, plan, totalMatched, checks }: Planned,
  ): Promise<Initiation> {
    const id = newId('init');
    await this.selection.insertInitiation(this.dataSource.manager, {
      id,
      organizationId,
      campaignId: request.campaignId,
      apiKeyId,
      channel: request.channel,
      status: 'queued',
      queuePrefix: this.config.queuePrefix,
      agentId: resources.agentId ?? null,
      dispositionId: resources.dispositionId ?? null,
      templateId: resources.templateId ?? null,
      request: JSON.stringify({ limit: request.limit ?? null, filters: request.filters ?? null }),
      schedule: null,
      retry: request.retry ? { ...request.retry, on: [...new Set(request.retry.on)] } : null,
      totalMatched,
      customersSelected: 0,
      batchCount: 0,
      batchSize: this.config.batchSize,
      selecting: true,
      selectedThrough: '0',
    });
    const cursor: Cursor = {
      id,
      organizationId,
      channel: request.channel,
      after: '0',
      selected: 0,
      written: 0,
      released: 0,
      open: false,
      chunk: 0,
    };
    // Beside the first chunk: can any customer of the campaign lack a required variable?
    let campaignComplete: boolean | undefined;
    const variables = campaignCompleteness(this.dataSource, plan.campaignId, checks)
      .then(async (known) =>
        known === 'unknown'
          ? (await missingVariables(this.dataSource.manager, checks, campaignOf(plan.campaignId))).length === 0
          : known === 'complete',
      )
      .then((complete) => (campaignComplete = complete));
    variables.catch(() => undefined);
    const gate = () => campaignComplete === true;
    try {
      let done = false;
      while (!done && !(cursor.open && cursor.released > 0)) {
        done = await this.writeChunk(plan, cursor, gate);
        if (!done && campaignComplete === undefined && cursor.selected > 0 && cursor.chunk === 1) {
          // The first chunk is written: its batches wait only for the campaign's check.
          await variables;
          await this.release(cursor, false, gate);
        }
      }
      if (done) {
        await variables;
        await this.finish(cursor, checks, totalMatched, request);
      }
    } catch (error) {
      if (!cursor.open || cursor.released === 0) {
        // Refused, or failed before anything was released: nothing of it was sent.
        await this.selection
          .discard(id)
          .catch((e: unknown) =>
            this.logger.error({ err: e, initiationId: id }, 'Could not remove a refused selection'),
          );
      }
      throw error;
    }
    if (cursor.after !== LAST_ID) this.continueInBackground(plan, cursor);
    return this.dataSource.getRepository(Initiation).findOneByOrFail({ id });
  }

  /**
   * Resumes a selection whose process stopped (recovery, in a worker): from its cursor when its
   * batches were being released; one that never released a batch is removed (its request never
   * had an answer, and nothing of it was sent).
   */
  async resume(initiation: Initiation, plan: SelectionPlan): Promise<void> {
    if (initiation.batchCount === 0) {
      this.logger.warn(
        { initiationId: initiation.id, organizationId: initiation.organizationId },
        'Removed a selection stopped before its checks passed; nothing of it was sent',
      );
      await this.selection.discard(initiation.id);
      return;
    }
    const excluded = await this.selection.excludedAtSelection(this.dataSource.manager, initiation.id);
    const cursor: Cursor = {
      id: initiation.id,
      organizationId: initiation.organizationId,
      channel: initiation.channel,
      after: initiation.selectedThrough ?? '0',
      selected: initiation.customersSelected,
      written: initiation.customersSelected + excluded,
      released: initiation.batchCount,
      open: true,
      chunk: 4,
    };
    this.logger.warn(
      { initiationId: initiation.id, organizationId: initiation.organizationId, selectedThrough: cursor.after },
      'Resuming a selection its process left unfinished',
    );
    await this.runRest(plan, cursor);
  }

  /** A selection that cannot go on: what was written is what it has, every batch of it released. */
  async abandon(initiation: Initiation): Promise<void> {
    if (initiation.batchCount === 0) return this.selection.discard(initiation.id);
    await this.selection.releaseBatches(
      initiation.id,
      Math.ceil(initiation.customersSelected / this.config.batchSize),
      true,
    );
  }

  /** Stops between chunks: a worker's recovery resumes what is left. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.running]);
  }

  private continueInBackground(plan: SelectionPlan, cursor: Cursor): void {
    const run = this.runRest(plan, cursor)
      .catch((error: unknown) => {
        if (error instanceof Superseded) return;
        this.logger.error(
          { err: error, initiationId: cursor.id, organizationId: cursor.organizationId, selectedThrough: cursor.after },
          'Selection stopped; recovery will resume it',
        );
      })
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  private async runRest(plan: SelectionPlan, cursor: Cursor): Promise<void> {
    const open = () => true;
    while (!this.stopping) {
      if (await this.writeChunk(plan, cursor, open).catch(this.ifCanceled(cursor))) break;
    }
    if (cursor.after === LAST_ID) await this.release(cursor, true, open);
  }

  /** A cancel (SPEC §10) stops the selection: what was written is what it has. */
  private ifCanceled(cursor: Cursor) {
    return async (error: unknown): Promise<boolean> => {
      if (!(error instanceof Superseded) || error.message !== 'canceled') throw error;
      await this.selection.releaseBatches(cursor.id, Math.ceil(cursor.selected / this.config.batchSize), true);
      cursor.after = 'canceled';
      return true;
    };
  }

  /**
   * Writes the next chunk and moves the cursor in the same transaction (the initiation's row
   * locked: a second writer finds the cursor moved and stops). Returns whether it was the last.
   */
  private async writeChunk(plan: SelectionPlan, cursor: Cursor, gate: () => boolean): Promise<boolean> {
    const batchSize = this.config.batchSize;
    const size = Math.min(this.config.selectionChunkSize, FIRST_CHUNK_BATCHES * batchSize * 2 ** cursor.chunk);
    const end = await this.selection.chunkEnd(plan.campaignId, cursor.after, size);
    const through = end ?? LAST_ID;
    const result = await transactionWithRetry(
      this.dataSource,
      async (manager) => {
        const row = await this.selection.lockCursor(manager, cursor.id);
        if (!row || row.selectedThrough !== cursor.after) throw new Superseded('moved');
        if (row.canceled) throw new Superseded('canceled');
        const written = await this.selection.insertChunk(
          manager,
          plan,
          { initiationId: cursor.id, after: cursor.after, through },
          { batchSize, selectedBefore: cursor.selected },
        );
        const excluded = await this.selection.excludedAtSelection(manager, cursor.id);
        const selected = cursor.written + written - excluded;
        const released = this.releasable(cursor, selected, end === null, gate);
        await this.selection.moveCursor(manager, cursor.id, {
          selected,
          through,
          batchCount: released,
          selecting: !(end === null && released > 0),
        });
        return { written, selected, released };
      },
      4,
      'READ COMMITTED',
    );
    const from = cursor.released;
    cursor.written += result.written;
    cursor.selected = result.selected;
    cursor.after = through;
    cursor.chunk += 1;
    if (result.released > from) {
      cursor.open = true;
      cursor.released = result.released;
      await this.enqueue(cursor, from, result.released);
    }
    return end === null;
  }

  /** Batches that may be sent now: complete ones (a batch may continue into the next chunk), all at the end. */
  private releasable(cursor: Cursor, selected: number, last: boolean, gate: () => boolean): number {
    if (selected === 0 || !(cursor.open || gate())) return cursor.released;
    const batches = last ? Math.ceil(selected / this.config.batchSize) : Math.floor(selected / this.config.batchSize);
    return Math.max(cursor.released, batches);
  }

  /** Releases what the gate now allows, outside a chunk (the campaign's check came back). */
  private async release(cursor: Cursor, last: boolean, gate: () => boolean): Promise<void> {
    const released = this.releasable(cursor, cursor.selected, last, gate);
    if (released <= cursor.released && !last) return;
    await this.selection.releaseBatches(cursor.id, released, last);
    const from = cursor.released;
    cursor.open = cursor.open || released > 0;
    cursor.released = Math.max(released, cursor.released);
    if (cursor.released > from) await this.enqueue(cursor, from, cursor.released);
  }

  /**
   * Every chunk written: the refusals of SPEC §4 when nothing may be sent (no customer selected,
   * or one lacks a required variable, checked exactly over the queued attempts), else the rest released.
   */
  private async finish(
    cursor: Cursor,
    checks: VariableChecks,
    totalMatched: number,
    request: InitiateRequest,
  ): Promise<void> {
    if (cursor.released > 0 && cursor.open) return;
    if (cursor.selected === 0) {
      if (cursor.written === 0) throw new DomainError('NOT_FOUND', 'No customers found matching the given filters');
      const excluded = await this.reads.excluded(cursor.id);
      throw new DomainError('BAD_REQUEST', 'All matched customers are excluded by the contact policy', {
        totalMatched,
        excluded,
      });
    }
    const missing = await missingVariables(this.dataSource.manager, checks, queuedCustomersOf(cursor.id));
    if (missing.length > 0) {
      throw new DomainError(
        'BAD_REQUEST',
        `Cannot initiate ${this.channels.port(request.channel).text.verb}: Missing variables: ${missing.join(', ')}`,
        { totalMatched, customersSelected: cursor.selected },
      );
    }
    cursor.open = true;
    await this.release(cursor, true, () => true);
  }

  private async enqueue(cursor: Cursor, from: number, to: number): Promise<void> {
    try {
      await this.queue.enqueue(
        cursor.channel,
        { organizationId: cursor.organizationId, initiationId: cursor.id },
        Array.from({ length: to - from }, (_, i) => from + i + 1),
      );
    } catch (error) {
      // The batches are safe in the database; the workers' recovery sweep enqueues them again.
      this.logger.error({ err: error, initiationId: cursor.id }, 'Could not enqueue batches; recovery will retry');
    }
  }
}
