import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Campaign, idFieldOf } from '../../campaigns/campaign.entity';
import type { Channel } from '../../common/channel';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors';
import { ContactPolicyService } from '../../contact-policy/contact-policy.service';
import { ExclusionService } from '../../contact-policy/exclusion.service';
import { customerFields } from '../../customers/dto/customer-response.dto';
import { customerRows } from '../../customers/customer-rows';
import { MetricsService } from '../../operations/metrics.service';
import type { DispatchJob } from '../../queues/queues';
import { AttemptOutcome, BatchRejectedError, BatchRow, ChannelSender, TransientProviderError } from '../channel.port';
import { ChannelRegistry } from '../channel.registry';
import { FINAL_STATUSES, Initiation, InitiationStatus } from '../initiation.entity';
import { AttemptReads } from '../persistence/attempt.reads';
import { BatchStore } from '../persistence/batch.store';

/** What one run of a batch wrote (a repeated run that found nothing open writes nothing). */
type Tally = { initiated: number; failed: number };

export interface BatchResult extends Tally {
  batch: number;
  skipped?: string;
}

/** A batch's open attempt as read for sending, with the customer's own zone (null: the campaign's). */
type LoadedRow = BatchRow & { zone: string | null };

/** A job that must not be retried (it does not match its initiation). */
export class UnrecoverableJobError extends Error {}

/**
 * Sends one batch, whatever its channel: load its open attempts and their customers → check the
 * contact policy again → `sender.send` → record each outcome once (BatchStore), so a retried or
 * re-delivered job never flips an outcome and never re-sends one that has an outcome.
 */
@Injectable()
export class BatchDispatcher {
  private readonly logger = new Logger(BatchDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: BatchStore,
    private readonly reads: AttemptReads,
    private readonly channels: ChannelRegistry,
    private readonly clock: Clock,
    private readonly policies: ContactPolicyService,
    private readonly exclusions: ExclusionService,
    private readonly metrics: MetricsService,
  ) {}

  async dispatch(job: DispatchJob, lastTry: boolean): Promise<BatchResult> {
    const initiation = await this.batches.initiation(job.initiationId);
    if (!initiation || initiation.organizationId !== job.organizationId) {
      throw new UnrecoverableJobError(`Job for ${job.initiationId} does not match its initiation`);
    }
    // A follow-up batch (after the first round's, SPEC §10) runs after the initiation ended.
    // Of a canceled one, only a follow-up batch already handed over runs again (a retry after a
    // timeout): it is in flight, so it finishes and keeps its outcomes; any other is skipped.
    const ended = FINAL_STATUSES.includes(initiation.status);
    const skip =
      ended &&
      (job.batch <= initiation.batchCount ||
        (initiation.status === 'canceled' && !(await this.batches.wasHandedOver(initiation.id, job.batch))));
    if (skip) return { batch: job.batch, initiated: 0, failed: 0, skipped: 'initiation ended' };
    if (initiation.status === 'queued') await this.batches.markRunning(initiation.id);
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: initiation.campaignId });
    const sender = this.channels.sender(initiation.channel);

    // A provider that cannot de-duplicate gets only attempts this run claimed (a token only it
    // holds): two runs of one batch can never both send an attempt.
    const tally: Tally = { initiated: 0, failed: 0 };
    const handedOver = await this.batches.wasHandedOver(initiation.id, job.batch);
    const token = sender.claimsBeforeSending ? `claim:${randomUUID()}` : undefined;
    // A claim an earlier run left is never sent again, whichever provider sends now.
    if (sender.mayHoldClaims) tally.failed += await this.batches.failStaleClaims(initiation.id, job.batch);
    // Canceled (SPEC §10) and never handed over: nothing of it goes out (a delayed wave, a batch
    // its cancel found queued, one a failed try gave back).
    if (initiation.canceledAt && !handedOver) return this.canceled(initiation, job.batch, tally);
    if (token) await this.batches.claim(initiation.id, job.batch, token);
    let rows: LoadedRow[];
    try {
      rows = await this.loadRows(initiation, campaign, job.batch, tally, token);
      // The contact policy again, now, over the rows just read: a batch that waited (a backlog, a
      // delayed wave) is never sent outside its window, over a cap, or to a number listed since. A
      // batch an earlier try handed to the provider is not checked again: what it may have sent is
      // re-sent under the same Idempotency-Key (or, for Twilio, failed as unknown), never "excluded".
      if (campaign && !handedOver && rows.length > 0) {
        const policy = await this.policies.forCampaign(campaign);
        const excluded = await this.exclusions.recheck(
          initiation.organizationId,
          initiation.channel,
          rows.map((r) => ({ attemptId: r.attemptId, phone: r.phone, zone: r.zone ?? policy.timezone })),
          policy,
          this.clock.now(),
        );
        if (excluded.size > 0) {
          await this.batches.exclude(initiation.id, job.batch, excluded);
          const ids = new Set([...excluded.values()].flat());
          rows = rows.filter((r) => !ids.has(r.attemptId));
        }
      }
    } catch (error) {
      // Nothing claimed here reached Twilio yet: give it back, so the retry sends it rather than
      // failing it as "outcome unknown".
      if (token) await this.batches.release(initiation.id, job.batch, token).catch(() => undefined);
      throw error;
    }
    if (rows.length > 0) {
      // A cancel that landed since the rows were read wins over this run: its attempts are not sent.
      if (!(await this.batches.handOver(initiation.id, job.batch))) return this.canceled(initiation, job.batch, tally);
      await this.send(sender, initiation, job.batch, rows, tally, token, lastTry);
    }
    await this.finishIfDone(initiation.id, initiation.channel);
    return { batch: job.batch, ...tally };
  }

  /** A canceled batch: what it still has open (queued, or claimed by this run) is canceled, unsent. */
  private async canceled(initiation: Initiation, batch: number, tally: Tally): Promise<BatchResult> {
    const canceled = await this.batches.cancelBatch(initiation.id, batch);
    if (canceled > 0) this.logger.log({ initiationId: initiation.id, batch, canceled }, 'Canceled batch not sent');
    await this.finishIfDone(initiation.id, initiation.channel);
    return { batch, ...tally, skipped: 'initiation canceled' };
  }

  /** Hands the rows to the channel and writes what comes back; every attempt sent ends with an outcome. */
  private async send(
    sender: ChannelSender,
    initiation: Initiation,
    batch: number,
    rows: LoadedRow[],
    tally: Tally,
    token: string | undefined,
    lastTry: boolean,
  ): Promise<void> {
    const sent = new Map(rows.map((r) => [r.attemptId, r]));
    const answered = new Set<string>();
    const sink = async (outcomes: AttemptOutcome[]): Promise<void> => {
      const known = outcomes.filter((o) => sent.has(o.attemptId) && !answered.has(o.attemptId));
      await this.record(initiation, batch, known, sent, tally);
      for (const o of known) answered.add(o.attemptId);
    };
    try {
      await sender.send(initiation, batch, rows, sink);
    } catch (error) {
      if (error instanceof TransientProviderError && !lastTry) {
        // What the provider did not take (5xx, refused connection) was certainly not sent.
        if (token) await this.batches.release(initiation.id, batch, token);
        if (!error.maybeTaken) await this.batches.markHandedOver(initiation.id, batch, false);
        throw error;
      }
      const settled =
        error instanceof TransientProviderError ||
        error instanceof BatchRejectedError ||
        (error instanceof DomainError && error.code !== 'UNAVAILABLE');
      if (!settled) throw error;
      this.logger.warn(
        {
          initiationId: initiation.id,
          organizationId: initiation.organizationId,
          batch,
          channel: initiation.channel,
          reason: error.message,
        },
        'Batch failed at the provider',
      );
      tally.failed += await this.batches.failOpen(initiation.id, batch, error.message);
    }
    // Every attempt sent has an outcome; one the provider did not answer for fails.
    if (answered.size < rows.length)
      tally.failed += await this.batches.failOpen(initiation.id, batch, 'No result from provider');
  }

  /** The batch's attempts that have no outcome yet, with their customers as they are now. */
  private async loadRows(
    initiation: Initiation,
    campaign: Campaign | null,
    batch: number,
    tally: Tally,
    claimToken?: string,
  ): Promise<LoadedRow[]> {
    const attempts = await this.batches.open(initiation.id, batch, claimToken);
    if (attempts.length === 0) return [];
    const idField = idFieldOf(campaign?.campaignType ?? 'emi');
    const byId = await customerRows(
      this.dataSource,
      initiation.campaignId,
      attempts.map((a) => a.customerRowId),
    );
    const gone: AttemptOutcome[] = [];
    const rows: LoadedRow[] = [];
    for (const a of attempts) {
      const customer = byId.get(a.customerRowId);
      if (!customer) {
        gone.push({ attemptId: a.attemptId, accepted: false, reason: 'Customer was deleted before dispatch' });
        continue;
      }
      // A corrected number may have belonged to someone else: never call the old one with this
      // customer's details, nor a new one nobody selected.
      if (customer.phoneNumber !== a.phone) {
        gone.push({ attemptId: a.attemptId, accepted: false, reason: 'Phone number changed since selection' });
        continue;
      }
      rows.push({
        attemptId: a.attemptId,
        customerId: a.customerId,
        phone: a.phone,
        language: customer.language,
        fields: customerFields(customer, idField),
        zone: customer.timezone ?? customer.phoneTimezone,
      });
    }
    if (gone.length > 0) tally.failed += await this.batches.recordRejected(initiation.id, batch, gone);
    return rows;
  }

  /** Writes outcomes once: only attempts still open (queued, or claimed by this run) change. */
  private async record(
    initiation: Initiation,
    batch: number,
    outcomes: AttemptOutcome[],
    sent: Map<string, LoadedRow>,
    tally: Tally,
  ): Promise<void> {
    const phoneOf = (attemptId: string): string => (sent.get(attemptId) as LoadedRow).phone;
    tally.initiated += await this.batches.recordAccepted(
      initiation,
      batch,
      outcomes.filter((o) => o.accepted),
      phoneOf,
      this.clock.now(),
    );
    tally.failed += await this.batches.recordRejected(
      initiation.id,
      batch,
      outcomes.filter((o) => !o.accepted),
    );
  }

  /** When no attempt is left open, the initiation's final status is written, once. */
  async finishIfDone(initiationId: string, channel: Channel): Promise<void> {
    // One index seek while attempts are open; counting them all after every batch read the
    // whole initiation each time (quadratic: 2,000 batches x 1,000,000 rows at a million).
    // The first round only (batches 1..batchCount): follow-up batches neither hold nor reopen it.
    const initiation = await this.batches.initiation(initiationId);
    // A selection still being written (issue 20) cannot end: counting it now would be wasted.
    if (!initiation || initiation.selecting) return;
    const upTo = initiation.batchCount;
    if (await this.batches.anyOpen(initiationId, upTo)) return;
    const count = await this.reads.counts(initiationId, upTo);
    if (count('queued') + count('sending') > 0) return;
    const initiated = count('initiated');
    const failed = count('failed');
    const excluded = count('excluded');
    const computed: InitiationStatus = failed === 0 ? 'completed' : initiated > 0 ? 'partial' : 'failed';
    // Counted by the one write that ended it, so a re-delivered batch never counts twice; `canceled`
    // when a cancel was asked for.
    const status = await this.batches.end(
      initiationId,
      { status: computed, initiated, failed, batchCount: upTo },
      this.clock.now(),
    );
    if (status) {
      this.metrics.initiationEnded(channel, status, { initiated, failed, excluded, canceled: count('canceled') });
      this.logger.log(
        {
          initiationId,
          organizationId: initiation.organizationId,
          campaignId: initiation.campaignId,
          channel,
          status,
          initiated,
          failed,
          excluded,
        },
        'Initiation ended',
      );
    }
  }
}
