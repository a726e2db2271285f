import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { AgentsService } from '../agents/agents.service';
import { Campaign, idFieldOf } from '../campaigns/campaign.entity';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors';
import { ContactPolicyService } from '../contact-policy/contact-policy.service';
import { ExclusionService } from '../contact-policy/exclusion.service';
import { customerFields } from '../customers/dto/customer-response.dto';
import { PhoneNumbersService } from '../phone-numbers/phone-numbers.service';
import {
  AttemptOutcome,
  BatchRejectedError,
  SMS_PROVIDER,
  SmsProvider,
  TransientProviderError,
  VOICE_PROVIDER,
  VoiceProvider,
} from '../providers/provider.types';
import { MetricsService } from '../operations/metrics.service';
import type { DispatchJob } from '../queues/queues';
import { SmsTemplatesService } from '../sms/sms-templates.service';
import { BatchRow, buildCalls, buildMessages } from './batch-builders';
import { attemptCounts } from './attempt-counts';
import { batchCustomers } from './batch-customers';
import { ShortCache } from './short-cache';
import { OPEN_STATUSES } from './attempt.entity';
import { transactionWithRetry } from '../database/retry';
import { FINAL_STATUSES, Initiation, InitiationStatus } from './initiation.entity';

/** What one run of a batch wrote (a repeated run that found nothing open writes nothing). */
type Tally = { initiated: number; failed: number };

export interface BatchResult extends Tally {
  batch: number;
  skipped?: string;
}

/** A batch's open attempt as read for sending, with the customer's own zone (null: the campaign's). */
type LoadedRow = BatchRow & { zone: string | null };

/**
 * The live counts of the report (GET /initiations/:id while it runs), moved with the outcomes
 * they count, in the same transaction; the final status overwrites them with a full count.
 */
async function countOutcomes(
  manager: EntityManager,
  initiationId: string,
  by: { initiated?: number; failed?: number },
): Promise<void> {
  await manager.query(
    "UPDATE initiations SET initiated = initiated + ?, failed = failed + ? WHERE id = ? AND status IN ('queued', 'running', 'scheduled')",
    [by.initiated ?? 0, by.failed ?? 0, initiationId],
  );
}

/** Another run wrote some of these outcomes first: the fast path is rolled back. */
class PartlyWritten extends Error {}

/** A job that must not be retried (it does not match its initiation). */
export class UnrecoverableJobError extends Error {}

const REASON_MAX = 500;
/** How long a worker reuses an initiation's agent and numbers across its batches. */
const SETUP_TTL_MS = 5000;
const REF_MAX = 128;

/**
 * Sends one batch: reads its queued attempts and their customers from the database, hands them
 * to the channel's provider, and writes each outcome once (`AND status = 'queued'`), so a retried
 * or re-delivered job never flips an outcome and never re-sends one that has an outcome.
 */
@Injectable()
export class BatchDispatcher {
  private readonly callSetup = new ShortCache<{ agent: Agent; numbers: string[] }>(SETUP_TTL_MS);

  constructor(
    @InjectRepository(Initiation) private readonly initiations: Repository<Initiation>,
    private readonly dataSource: DataSource,
    private readonly agents: AgentsService,
    private readonly phoneNumbers: PhoneNumbersService,
    private readonly templates: SmsTemplatesService,
    private readonly clock: Clock,
    private readonly policies: ContactPolicyService,
    private readonly exclusions: ExclusionService,
    @Inject(VOICE_PROVIDER) private readonly voice: VoiceProvider,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
    private readonly metrics: MetricsService,
  ) {}

  async dispatch(job: DispatchJob, lastTry: boolean): Promise<BatchResult> {
    const initiation = await this.initiations.findOneBy({ id: job.initiationId });
    if (!initiation || initiation.organizationId !== job.organizationId) {
      throw new UnrecoverableJobError(`Job for ${job.initiationId} does not match its initiation`);
    }
    if (FINAL_STATUSES.includes(initiation.status))
      return { batch: job.batch, initiated: 0, failed: 0, skipped: 'initiation ended' };
    if (initiation.status === 'queued') {
      await this.initiations.update({ id: initiation.id, status: 'queued' }, { status: 'running' });
    }
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: initiation.campaignId });

    // A provider that cannot de-duplicate gets only attempts this run claimed (a token only it
    // holds): two runs of one batch can never both send an attempt.
    const tally: Tally = { initiated: 0, failed: 0 };
    const handedOver = await this.wasHandedOver(initiation.id, job.batch);
    const token = initiation.channel === 'sms' && !this.sms.deduplicates ? `claim:${randomUUID()}` : undefined;
    // Claims exist only for SMS (Twilio): one an earlier run left is never sent again, whichever
    // provider sends now.
    if (initiation.channel === 'sms') await this.failUnknown(initiation.id, job.batch, tally);
    if (token) await this.claim(initiation.id, job.batch, token);
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
          initiation,
          job.batch,
          rows.map((r) => ({ attemptId: r.attemptId, phone: r.phone, zone: r.zone ?? policy.timezone })),
          policy,
          this.clock.now(),
        );
        if (excluded.size > 0) rows = rows.filter((r) => !excluded.has(r.attemptId));
      }
    } catch (error) {
      // Nothing claimed here reached Twilio yet: give it back, so the retry sends it rather than
      // failing it as "outcome unknown".
      if (token) await this.release(initiation.id, job.batch, token).catch(() => undefined);
      throw error;
    }
    if (rows.length > 0) await this.markHandedOver(initiation.id, job.batch, true);
    if (rows.length > 0) {
      const answered = new Set<string>();
      try {
        await this.send(initiation, job.batch, rows, answered, tally);
      } catch (error) {
        if (error instanceof TransientProviderError && !lastTry) {
          // What the provider did not take (5xx, refused connection) was certainly not sent.
          if (token) await this.release(initiation.id, job.batch, token);
          if (!error.maybeTaken) await this.markHandedOver(initiation.id, job.batch, false);
          throw error;
        }
        const settled =
          error instanceof TransientProviderError ||
          error instanceof BatchRejectedError ||
          (error instanceof DomainError && error.code !== 'UNAVAILABLE');
        if (!settled) throw error;
        await this.failQueued(initiation.id, job.batch, error.message, tally);
      }
      // Every attempt sent has an outcome; one the provider did not answer for fails.
      if (answered.size < rows.length)
        await this.failQueued(initiation.id, job.batch, 'No result from provider', tally);
    }
    await this.finishIfDone(initiation.id, initiation.channel);
    return { batch: job.batch, ...tally };
  }

  private async send(
    initiation: Initiation,
    batch: number,
    rows: LoadedRow[],
    answered: Set<string>,
    tally: Tally,
  ): Promise<void> {
    const sent = new Map(rows.map((r) => [r.attemptId, r]));
    const sink = async (outcomes: AttemptOutcome[]): Promise<void> => {
      const known = outcomes.filter((o) => sent.has(o.attemptId) && !answered.has(o.attemptId));
      await this.record(initiation, batch, known, sent, tally);
      for (const o of known) answered.add(o.attemptId);
    };
    const org = initiation.organizationId;
    if (initiation.channel === 'calls') {
      const { agent, numbers } = await this.callSetup.get(initiation.id, async () => ({
        agent: await this.agents.get(org, initiation.agentId ?? ''),
        numbers: await this.phoneNumbers.activeVoiceNumbers(org),
      }));
      if (numbers.length === 0) throw new BatchRejectedError('No active numbers available for this organization');
      const calls = buildCalls(rows, agent, numbers, (batch - 1) * initiation.batchSize);
      await this.voice.sendCalls(
        {
          initiationId: initiation.id,
          campaignId: initiation.campaignId,
          batch,
          agentId: agent.id,
          dispositionId: initiation.dispositionId ?? '',
          calls,
        },
        sink,
      );
    } else {
      const template = await this.templates.get(org, initiation.templateId ?? '');
      await this.sms.sendSms(
        {
          initiationId: initiation.id,
          batch,
          templateId: template.id,
          dltTemplateId: template.dltTemplateId,
          senderId: template.senderId,
          messages: buildMessages(rows, template),
        },
        sink,
      );
    }
  }

  /** The batch's attempts that have no outcome yet, with their customers as they are now. */
  private async loadRows(
    initiation: Initiation,
    campaign: Campaign | null,
    batch: number,
    tally: Tally,
    claimToken?: string,
  ): Promise<LoadedRow[]> {
    const open = claimToken ? "status = 'sending' AND provider_ref = ?" : "status = 'queued'";
    const attempts = await this.dataSource.query<
      Array<{ attempt_id: string; phone: string; external_id: Buffer; customer_row_id: string }>
    >(
      `SELECT attempt_id, phone, external_id, customer_row_id FROM attempts WHERE initiation_id = ? AND batch = ? AND ${open} ORDER BY id`,
      claimToken ? [initiation.id, batch, claimToken] : [initiation.id, batch],
    );
    if (attempts.length === 0) return [];
    const idField = idFieldOf(campaign?.campaignType ?? 'emi');
    const byId = await batchCustomers(
      this.dataSource,
      initiation.campaignId,
      attempts.map((a) => a.customer_row_id),
    );
    const gone: Array<{ attemptId: string; reason: string }> = [];
    const rows: LoadedRow[] = [];
    for (const a of attempts) {
      const customer = byId.get(String(a.customer_row_id));
      if (!customer) {
        gone.push({ attemptId: a.attempt_id, reason: 'Customer was deleted before dispatch' });
        continue;
      }
      // A corrected number may have belonged to someone else: never call the old one with this
      // customer's details, nor a new one nobody selected.
      if (customer.phoneNumber !== a.phone) {
        gone.push({ attemptId: a.attempt_id, reason: 'Phone number changed since selection' });
        continue;
      }
      rows.push({
        attemptId: a.attempt_id,
        customerId: a.external_id.toString('utf8'),
        phone: a.phone,
        language: customer.language,
        fields: customerFields(customer, idField),
        zone: customer.timezone ?? customer.phoneTimezone,
      });
    }
    if (gone.length > 0) {
      await this.recordFailed(
        initiation.id,
        batch,
        gone.map((g) => ({ attemptId: g.attemptId, accepted: false, reason: g.reason })),
        tally,
      );
    }
    return rows;
  }

  /** A previous run claimed these and may have sent them: never again. */
  private async failUnknown(initiationId: string, batch: number, tally: Tally): Promise<void> {
    await this.writeFailed(
      tally,
      initiationId,
      "UPDATE attempts SET status = 'failed', reason = 'Outcome unknown after worker restart', provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND status = 'sending'",
      [initiationId, batch],
    );
  }

  /** A failing update and the initiation's live count of failures, in one transaction. */
  private async writeFailed(tally: Tally, initiationId: string, sql: string, params: unknown[]): Promise<void> {
    tally.failed += await transactionWithRetry(this.dataSource, async (manager) => {
      const result = await manager.query<{ affectedRows: number }>(sql, params);
      if (result.affectedRows > 0) await countOutcomes(manager, initiationId, { failed: result.affectedRows });
      return result.affectedRows;
    });
  }

  private async wasHandedOver(initiationId: string, batch: number): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM handed_over_batches WHERE initiation_id = ? AND batch = ?',
      [initiationId, batch],
    );
    return rows.length > 0;
  }

  /** One row per batch (not an update of its 500 attempts): this batch reached a provider. */
  private async markHandedOver(initiationId: string, batch: number, handed: boolean): Promise<void> {
    await this.dataSource.query(
      handed
        ? 'INSERT IGNORE INTO handed_over_batches (initiation_id, batch) VALUES (?, ?)'
        : 'DELETE FROM handed_over_batches WHERE initiation_id = ? AND batch = ?',
      [initiationId, batch],
    );
  }

  private async claim(initiationId: string, batch: number, token: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE attempts SET status = 'sending', provider_ref = ? WHERE initiation_id = ? AND batch = ? AND status = 'queued'",
      [token, initiationId, batch],
    );
  }

  private async release(initiationId: string, batch: number, token: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE attempts SET status = 'queued', provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND status = 'sending' AND provider_ref = ?",
      [initiationId, batch, token],
    );
  }

  /** Writes outcomes once: only attempts still open (queued, or claimed by this run) change. */
  private async record(
    initiation: Initiation,
    batch: number,
    outcomes: AttemptOutcome[],
    sent: Map<string, LoadedRow>,
    tally: Tally,
  ): Promise<void> {
    const accepted = outcomes.filter((o) => o.accepted);
    if (accepted.length > 0) tally.initiated += await this.recordAccepted(initiation, batch, accepted, sent);
    await this.recordFailed(
      initiation.id,
      batch,
      outcomes.filter((o) => !o.accepted),
      tally,
    );
  }

  /** Rejected attempts fail with their reason, one update per reason, only those still open. */
  private async recordFailed(
    initiationId: string,
    batch: number,
    rejected: AttemptOutcome[],
    tally: Tally,
  ): Promise<void> {
    const byReason = new Map<string, string[]>();
    for (const o of rejected) {
      const reason = (o.reason ?? 'Rejected by provider').slice(0, REASON_MAX);
      byReason.set(reason, [...(byReason.get(reason) ?? []), o.attemptId]);
    }
    for (const [reason, ids] of byReason) {
      await this.writeFailed(
        tally,
        initiationId,
        `UPDATE attempts SET status = 'failed', reason = ?, provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES}`,
        [reason, initiationId, batch, ids],
      );
    }
  }

  /**
   * Accepted attempts become `initiated` and enter the contact log (what caps count) in one
   * transaction, only those still open: a repeated answer changes and counts nothing. The update
   * comes first; when it changed every attempt (the usual case) their phones are known, when it
   * changed fewer (another run of the batch wrote some) it is undone and the open ones read first.
   */
  private async recordAccepted(
    initiation: Initiation,
    batch: number,
    accepted: AttemptOutcome[],
    sent: Map<string, LoadedRow>,
  ): Promise<number> {
    const ref = (o: AttemptOutcome): string | null => o.providerRef?.slice(0, REF_MAX) ?? null;
    const at = this.clock.now();
    const log = (manager: EntityManager, phones: string[]) =>
      manager.query('INSERT INTO contact_log (organization_id, channel, phone, contacted_at) VALUES ?', [
        phones.map((phone) => [initiation.organizationId, initiation.channel, phone, at]),
      ]);
    const update = (manager: EntityManager, outcomes: AttemptOutcome[]) =>
      manager.query<{ affectedRows: number }>(
        `UPDATE attempts SET status = 'initiated', reason = NULL, provider_ref = CASE attempt_id ${outcomes.map(() => 'WHEN ? THEN ?').join(' ')} ELSE provider_ref END ` +
          `WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES}`,
        [...outcomes.flatMap((o) => [o.attemptId, ref(o)]), initiation.id, batch, outcomes.map((o) => o.attemptId)],
      );
    const whole = await transactionWithRetry(this.dataSource, async (manager) => {
      const changed = await update(manager, accepted);
      if (changed.affectedRows !== accepted.length) throw new PartlyWritten();
      await log(
        manager,
        accepted.map((o) => (sent.get(o.attemptId) as LoadedRow).phone),
      );
      // Last, so the initiation's row is locked only for the commit.
      await countOutcomes(manager, initiation.id, { initiated: accepted.length });
      return accepted.length;
    }).catch((error: unknown) => {
      if (error instanceof PartlyWritten) return undefined;
      throw error;
    });
    if (whole !== undefined) return whole;
    return transactionWithRetry(this.dataSource, async (manager) => {
      const open = await manager.query<Array<{ attempt_id: string; phone: string }>>(
        `SELECT attempt_id, phone FROM attempts WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES} FOR UPDATE`,
        [initiation.id, batch, accepted.map((o) => o.attemptId)],
      );
      if (open.length === 0) return 0;
      const still = new Set(open.map((a) => a.attempt_id));
      await update(
        manager,
        accepted.filter((o) => still.has(o.attemptId)),
      );
      await log(
        manager,
        open.map((a) => a.phone),
      );
      await countOutcomes(manager, initiation.id, { initiated: open.length });
      return open.length;
    });
  }

  private async failQueued(initiationId: string, batch: number, reason: string, tally: Tally): Promise<void> {
    await this.writeFailed(
      tally,
      initiationId,
      `UPDATE attempts SET status = 'failed', reason = ?, provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND status IN ${OPEN_STATUSES}`,
      [reason.slice(0, REASON_MAX), initiationId, batch],
    );
  }

  /** When no attempt is left queued, the initiation's final status is written, once. */
  async finishIfDone(initiationId: string, channel: Initiation['channel']): Promise<void> {
    // One index seek while attempts are open; counting them all after every batch read the
    // whole initiation each time (quadratic: 2,000 batches x 1,000,000 rows at a million).
    // From the last batch down: batches run roughly in order, so an open attempt sits near the
    // end, while a forward scan walked every finished batch first (quadratic again).
    for (const status of ['queued', 'sending']) {
      const open = await this.dataSource.query<unknown[]>(
        'SELECT 1 FROM attempts FORCE INDEX (idx_attempts_initiation_status_batch) WHERE initiation_id = ? AND status = ? ORDER BY batch DESC LIMIT 1',
        [initiationId, status],
      );
      if (open.length > 0) return;
    }
    const count = await attemptCounts(this.dataSource, initiationId);
    if (count('queued') + count('sending') > 0) return;
    const initiated = count('initiated');
    const failed = count('failed');
    const status: InitiationStatus = failed === 0 ? 'completed' : initiated > 0 ? 'partial' : 'failed';
    const ended = await this.dataSource.query<{ affectedRows: number }>(
      "UPDATE initiations SET status = ?, initiated = ?, failed = ?, completed_at = ? WHERE id = ? AND status IN ('queued', 'running', 'scheduled')",
      [status, initiated, failed, this.clock.now(), initiationId],
    );
    // Counted by the one write that ended it, so a re-delivered batch never counts twice.
    if (ended.affectedRows === 1) {
      await this.dataSource.query('DELETE FROM handed_over_batches WHERE initiation_id = ?', [initiationId]);
      this.metrics.initiationEnded(channel, status, { initiated, failed, excluded: count('excluded') });
    }
  }
}
