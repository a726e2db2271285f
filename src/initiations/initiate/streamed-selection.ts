import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
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
import { InitiateRequest, newInitiationRow } from './initiate-request';
import type { Planned } from './selection-planner';

/** The first chunk is this many batches (its calls leave while the next chunks are written); each next one doubles. */
const FIRST_CHUNK_BATCHES = 8;
/** A writer renews its initiation's `updated_at` this often: recovery takes over only a silent one. */
const HEARTBEAT_MS = 2000;

/** Where one streamed selection stands, as its chunk transactions keep it. */
interface Cursor {
  id: string;
  organizationId: string;
  channel: Initiation['channel'];
  batchSize: number;
  /** The last customer row id written, and the last one the selection may take. */
  after: string;
  until: string;
  selected: number;
  written: number;
  /** Batches handed to the queue (the initiation's `batch_count`). */
  released: number;
  /** Whether batches may be released: the checks that need the whole selection passed or cannot fail. */
  open: boolean;
  chunk: number;
  /** Every chunk written. */
  done: boolean;
}

/** Another writer moved the cursor (a recovery that took the selection over), or a cancel stopped it. */
class Superseded extends Error {
  constructor(readonly why: 'moved' | 'canceled') {
    super(`Selection ${why}`);
  }
}

const isDuplicateKey = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error as QueryFailedError & { driverError?: { errno?: number } }).driverError?.errno === 1062;

/**
 * A large selection (more customers than SELECTION_CHUNK_SIZE, no `limit`, no delayed wave) written
 * in chunks in creation order, each in its own transaction with the initiation's cursor, so the
 * first batches are sent while later chunks are still written (issue 20). SPEC §4's checks stay
 * exact: nothing is released until at least one customer is selected and no required variable can
 * be missing — no customer of the campaign lacks one (its masks of missing fields, or one pass when
 * custom fields are asked), or, when one does, the exact check over every queued attempt once all
 * are written. A refusal removes what was written: nothing of it was sent. The duplicate-phone
 * rule spans chunks (ExclusionService.classified). Customers added after the request are not in
 * it (`select_until`). A selection whose writer stopped is resumed by a worker's recovery sweep
 * from its cursor (`resume`); a live writer renews a heartbeat so it is never taken over.
 */
@Injectable()
export class StreamedSelection implements BeforeApplicationShutdown {
  private readonly logger = new Logger(StreamedSelection.name);
  private readonly running = new Map<string, Promise<void>>();
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
   * the selection is complete), the rest going on in the background. `created` runs once the
   * initiation exists (the Idempotency-Key is attached to it). Refusals throw, as the
   * single-transaction path does, with nothing left behind; once a batch is released nothing
   * throws: the selection goes on (or recovery resumes it).
   */
  async start(
    organizationId: string,
    request: InitiateRequest,
    apiKeyId: string | null,
    { resources, plan, totalMatched, checks }: Planned,
    created: (initiationId: string) => Promise<void> = () => Promise.resolve(),
  ): Promise<Initiation> {
    const id = newId('init');
    const until = await this.selection.lastCustomerId();
    const batchSize = this.config.batchSize;
    await this.selection.insertInitiation(this.dataSource.manager, {
      ...newInitiationRow({ id, organizationId, apiKeyId, totalMatched }, request, resources, this.config),
      selecting: true,
      selectedThrough: '0',
      selectUntil: until,
    });
    const cursor: Cursor = {
      id,
      organizationId,
      channel: request.channel,
      batchSize,
      after: '0',
      until,
      selected: 0,
      written: 0,
      released: 0,
      open: false,
      chunk: 0,
      done: false,
    };
    const heartbeat = this.heartbeat(id);
    try {
      await created(id);
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
        while (!cursor.done && cursor.released === 0) {
          await this.writeChunk(plan, cursor, gate);
          if (!cursor.done && cursor.selected > 0 && cursor.released === 0 && campaignComplete === undefined) {
            // The first chunk is written: its batches wait only for the campaign's check.
            await variables;
            await this.release(cursor, gate);
          }
        }
        if (cursor.released === 0) {
          await variables;
          await this.finish(cursor, checks, totalMatched, request);
        }
      } catch (error) {
        if (error instanceof Superseded && error.why === 'canceled') {
          // Canceled before anything was sent (SPEC §10): it ends canceled, as its cancel answered.
          await this.stopSelecting(cursor);
          return await this.dataSource.getRepository(Initiation).findOneByOrFail({ id });
        }
        if (cursor.released === 0) {
          // Refused, or failed before anything was released: nothing of it was sent.
          await this.selection
            .discard(id)
            .catch((e: unknown) =>
              this.logger.error({ err: e, initiationId: id }, 'Could not remove a refused selection'),
            );
          throw error;
        }
        this.logger.error(
          { err: error, initiationId: id, organizationId },
          'Selection stopped; recovery will resume it',
        );
      }
    } finally {
      clearInterval(heartbeat);
    }
    if (!cursor.done) this.inBackground(id, () => this.runRest(plan, cursor));
    // Batches are out: nothing may throw now (the caller would free the Idempotency-Key).
    return (
      (await this.dataSource
        .getRepository(Initiation)
        .findOneBy({ id })
        .catch(() => null)) ?? this.asInitiation(cursor, request, totalMatched)
    );
  }

  /**
   * Resumes a selection whose writer stopped (recovery, in a worker), in the background: from its
   * cursor when batches were being released; one that never released a batch is removed (its
   * request never had an answer, and nothing of it was sent). One resume per selection at a time.
   */
  resume(initiation: Initiation, plan: SelectionPlan): void {
    if (this.running.has(initiation.id)) return;
    this.inBackground(initiation.id, async () => {
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
        batchSize: initiation.batchSize,
        after: initiation.selectedThrough ?? '0',
        until: initiation.selectUntil ?? '0',
        selected: initiation.customersSelected,
        written: initiation.customersSelected + excluded,
        released: initiation.batchCount,
        open: true,
        chunk: 4,
        done: false,
      };
      this.logger.warn(
        { initiationId: initiation.id, organizationId: initiation.organizationId, selectedThrough: cursor.after },
        'Resuming a selection its writer left unfinished',
      );
      await this.runRest(plan, cursor);
    });
  }

  /** A selection that cannot go on: what was written is what it has, every batch of it released. */
  async abandon(initiation: Initiation): Promise<void> {
    if (initiation.batchCount === 0) return this.selection.discard(initiation.id);
    await this.selection.releaseBatches(
      initiation.id,
      Math.ceil(initiation.customersSelected / initiation.batchSize),
      true,
    );
  }

  /** Stops between chunks: a worker's recovery resumes what is left. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.running.values()]);
  }

  private inBackground(id: string, work: () => Promise<void>): void {
    const heartbeat = this.heartbeat(id);
    const run = work()
      .catch((error: unknown) => {
        if (error instanceof Superseded) return;
        this.logger.error({ err: error, initiationId: id }, 'Selection stopped; recovery will resume it');
      })
      .finally(() => {
        clearInterval(heartbeat);
        this.running.delete(id);
      });
    this.running.set(id, run);
  }

  private heartbeat(id: string): NodeJS.Timeout {
    const timer = setInterval(() => {
      this.selection.touch(id).catch(() => undefined);
    }, HEARTBEAT_MS);
    timer.unref();
    return timer;
  }

  private async runRest(plan: SelectionPlan, cursor: Cursor): Promise<void> {
    try {
      while (!this.stopping && !cursor.done) await this.writeChunk(plan, cursor, () => true);
    } catch (error) {
      if (!(error instanceof Superseded) || error.why !== 'canceled') throw error;
      // A cancel (SPEC §10) stops the selection: what was written is what it has.
      await this.stopSelecting(cursor);
    }
  }

  private async stopSelecting(cursor: Cursor): Promise<void> {
    await this.selection.releaseBatches(cursor.id, Math.ceil(cursor.selected / cursor.batchSize), true);
    cursor.done = true;
  }

  /**
   * Writes the next chunk, then moves the cursor in the same transaction — only if no other writer
   * moved it and no cancel landed (the initiation's row is locked for that update alone, not for
   * the chunk's INSERT, so batches in flight are never held up). A second writer of the same chunk
   * collides on the (initiation, customer) key and stops.
   */
  private async writeChunk(plan: SelectionPlan, cursor: Cursor, gate: () => boolean): Promise<void> {
    const size = Math.min(this.config.selectionChunkSize, FIRST_CHUNK_BATCHES * cursor.batchSize * 2 ** cursor.chunk);
    const end = await this.selection.chunkEnd(plan.campaignId, cursor.after, size, cursor.until);
    const through = end ?? cursor.until;
    const last = end === null;
    const result = await transactionWithRetry(
      this.dataSource,
      async (manager) => {
        const written = await this.selection
          .insertChunk(
            manager,
            plan,
            { initiationId: cursor.id, after: cursor.after, through },
            { batchSize: cursor.batchSize, selectedBefore: cursor.selected },
          )
          .catch((error: unknown) => {
            throw isDuplicateKey(error) ? new Superseded('moved') : error;
          });
        const excluded = await this.selection.excludedAtSelection(manager, cursor.id);
        const selected = cursor.written + written - excluded;
        const released = this.releasable(cursor, selected, last, gate);
        const moved = await this.selection.moveCursor(manager, cursor.id, cursor.after, {
          selected,
          through,
          batchCount: released,
          selecting: !(last && released > 0),
        });
        if (moved !== 'moved') throw new Superseded(moved === 'canceled' ? 'canceled' : 'moved');
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
    cursor.done = last;
    if (result.released > from) {
      cursor.open = true;
      cursor.released = result.released;
      await this.enqueue(cursor, from, result.released);
    }
  }

  /** Batches that may be sent now: complete ones (a batch may continue into the next chunk), all at the end. */
  private releasable(cursor: Cursor, selected: number, last: boolean, gate: () => boolean): number {
    if (selected === 0 || !(cursor.open || gate())) return cursor.released;
    const batches = last ? Math.ceil(selected / cursor.batchSize) : Math.floor(selected / cursor.batchSize);
    return Math.max(cursor.released, batches);
  }

  /** Releases what the gate now allows, outside a chunk (the campaign's check came back, or the exact one). */
  private async release(cursor: Cursor, gate: () => boolean): Promise<void> {
    const released = this.releasable(cursor, cursor.selected, cursor.done, gate);
    if (released <= cursor.released && !cursor.done) return;
    if (!(await this.selection.releaseBatches(cursor.id, released, cursor.done))) throw new Superseded('moved');
    const from = cursor.released;
    cursor.open = cursor.open || released > 0;
    cursor.released = Math.max(released, cursor.released);
    if (cursor.released > from) await this.enqueue(cursor, from, cursor.released);
  }

  /**
   * Every chunk written and nothing released: the refusals of SPEC §4 when nothing may be sent (no
   * customer selected, or one lacks a required variable, checked exactly over the queued
   * attempts), else every batch released.
   */
  private async finish(
    cursor: Cursor,
    checks: VariableChecks,
    totalMatched: number,
    request: InitiateRequest,
  ): Promise<void> {
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
    await this.release(cursor, () => true);
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

  /** The initiation as the cursor knows it, when it cannot be read back (the database went away). */
  private asInitiation(cursor: Cursor, request: InitiateRequest, totalMatched: number): Initiation {
    return Object.assign(new Initiation(), {
      id: cursor.id,
      organizationId: cursor.organizationId,
      campaignId: request.campaignId,
      channel: cursor.channel,
      status: 'queued',
      totalMatched,
      customersSelected: cursor.selected,
      batchCount: cursor.released,
      batchSize: cursor.batchSize,
      schedule: null,
      selecting: !cursor.done,
    });
  }
}
