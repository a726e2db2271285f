import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Channel } from '../../common/channel';
import { recordContacts } from '../../contact-policy/contact-log';
import type { ExclusionReason } from '../../contact-policy/policy';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { transactionWithRetry } from '../../database/retry';
import { OPEN_STATUSES_SQL, REASON_MAX, REF_MAX } from '../attempt.entity';
import type { AttemptOutcome } from '../channel.port';
import { InitiationHooks } from '../initiation-hooks';
import { Initiation, InitiationStatus, LIVE_STATUSES_SQL } from '../initiation.entity';
import { outcomeTimeoutS } from '../outcomes/outcomes';

type Db = Pick<EntityManager, 'query'>;

/** A batch's open attempt as stored: what the dispatcher reads before it loads the customers. */
export interface OpenAttempt {
  attemptId: string;
  phone: string;
  customerId: string;
  customerRowId: string;
}

/** Another run wrote some of these outcomes first: the fast path is rolled back. */
class PartlyWritten extends Error {}

/**
 * The live counts of the report (GET /initiations/:id while it runs), moved with the outcomes
 * they count, in the same transaction; the final status overwrites them with a full count.
 */
async function countOutcomes(
  db: Db,
  initiationId: string,
  batch: number,
  by: { initiated?: number; failed?: number },
): Promise<void> {
  // A follow-up batch (after the first round's `batch_count`, SPEC §10) counts in `followUps`, not here.
  await db.query(
    `UPDATE initiations SET initiated = initiated + ?, failed = failed + ? WHERE id = ? AND status IN ${LIVE_STATUSES_SQL} AND batch_count >= ?`,
    [by.initiated ?? 0, by.failed ?? 0, initiationId, batch],
  );
}

/**
 * Where an attempt's status is written (with `persistence/` the one home of SQL on `attempts` and
 * its side tables): the dispatch-time writes of one batch. Every outcome is written once — only
 * attempts still open (`queued`, or `sending` under this run's claim) change — so a retried or
 * re-delivered batch never flips an outcome and never re-sends one that has an outcome. Each write
 * moves the initiation's live counts in the same transaction.
 */
@Injectable()
export class BatchStore {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly initiationHooks: InitiationHooks,
  ) {}

  async initiation(id: string): Promise<Initiation | null> {
    return this.dataSource.getRepository(Initiation).findOneBy({ id });
  }

  async markRunning(initiationId: string): Promise<void> {
    await this.dataSource
      .getRepository(Initiation)
      .update({ id: initiationId, status: 'queued' }, { status: 'running' });
  }

  /** The batch's attempts without an outcome (or, with a claim token, those this run claimed), in creation order. */
  async open(initiationId: string, batch: number, claimToken?: string): Promise<OpenAttempt[]> {
    const open = claimToken ? "status = 'sending' AND provider_ref = ?" : "status = 'queued'";
    const rows = await this.dataSource.query<
      Array<{ attempt_id: string; phone: string; external_id: Buffer; customer_row_id: string }>
    >(
      `SELECT attempt_id, phone, external_id, customer_row_id FROM attempts WHERE initiation_id = ? AND batch = ? AND ${open} ORDER BY id`,
      claimToken ? [initiationId, batch, claimToken] : [initiationId, batch],
    );
    return rows.map((a) => ({
      attemptId: a.attempt_id,
      phone: a.phone,
      customerId: a.external_id.toString('utf8'),
      customerRowId: String(a.customer_row_id),
    }));
  }

  async wasHandedOver(initiationId: string, batch: number): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM handed_over_batches WHERE initiation_id = ? AND batch = ?',
      [initiationId, batch],
    );
    return rows.length > 0;
  }

  /** One row per batch (not an update of its 500 attempts): this batch reached a provider. */
  async markHandedOver(initiationId: string, batch: number, handed: boolean): Promise<void> {
    await this.dataSource.query(
      handed
        ? 'INSERT IGNORE INTO handed_over_batches (initiation_id, batch) VALUES (?, ?)'
        : 'DELETE FROM handed_over_batches WHERE initiation_id = ? AND batch = ?',
      [initiationId, batch],
    );
  }

  /**
   * Marks the batch handed over before it is sent — unless a cancel landed first and the batch was
   * not handed over by an earlier try (SPEC §10): then false, and nothing of it may be sent. The
   * initiation's row is read under a shared lock, so a cancel (which locks it) either sees this
   * marker and leaves the batch to finish, or is seen here.
   */
  async handOver(initiationId: string, batch: number): Promise<boolean> {
    return transactionWithRetry(this.dataSource, async (manager) => {
      const [row] = await manager.query<Array<{ canceled_at: Date | null }>>(
        'SELECT canceled_at FROM initiations WHERE id = ? LOCK IN SHARE MODE',
        [initiationId],
      );
      if (row?.canceled_at) {
        const handed = await manager.query<unknown[]>(
          'SELECT 1 FROM handed_over_batches WHERE initiation_id = ? AND batch = ?',
          [initiationId, batch],
        );
        if (handed.length === 0) return false;
      }
      await manager.query('INSERT IGNORE INTO handed_over_batches (initiation_id, batch) VALUES (?, ?)', [
        initiationId,
        batch,
      ]);
      return true;
    });
  }

  /**
   * The attempts of a batch whose hand-over a cancel refused (the dispatcher had read or claimed
   * them before it landed): canceled like the rest, never sent; nothing changes unless a cancel
   * was asked and the batch was not handed over. Returns how many.
   */
  async cancelBatch(initiationId: string, batch: number): Promise<number> {
    const changed = await this.dataSource.query<{ affectedRows: number }>(
      "UPDATE attempts a JOIN initiations i ON i.id = a.initiation_id SET a.status = 'canceled', " +
        "a.reason = LEFT(CONCAT('Canceled by ', i.canceled_by), ?), a.provider_ref = NULL " +
        `WHERE a.initiation_id = ? AND a.batch = ? AND a.status IN ${OPEN_STATUSES_SQL} AND i.canceled_at IS NOT NULL ` +
        // Never a batch handed over: it is in flight and finishes.
        'AND NOT EXISTS (SELECT 1 FROM handed_over_batches h WHERE h.initiation_id = a.initiation_id AND h.batch = a.batch)',
      [REASON_MAX, initiationId, batch],
    );
    return changed.affectedRows;
  }

  /** Claims the batch's queued attempts under a token only this run holds (`sending`). */
  async claim(initiationId: string, batch: number, token: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE attempts SET status = 'sending', provider_ref = ? WHERE initiation_id = ? AND batch = ? AND status = 'queued'",
      [token, initiationId, batch],
    );
  }

  /** Gives back what this run claimed and certainly did not send. */
  async release(initiationId: string, batch: number, token: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE attempts SET status = 'queued', provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND status = 'sending' AND provider_ref = ?",
      [initiationId, batch, token],
    );
  }

  /** A previous run claimed these and may have sent them: never again. Returns how many failed. */
  async failStaleClaims(initiationId: string, batch: number): Promise<number> {
    return this.writeFailed(
      initiationId,
      batch,
      "UPDATE attempts SET status = 'failed', reason = 'Outcome unknown after worker restart', provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND status = 'sending'",
      [initiationId, batch],
    );
  }

  /** Every open attempt of the batch fails with this reason. Returns how many failed. */
  async failOpen(initiationId: string, batch: number, reason: string): Promise<number> {
    return this.writeFailed(
      initiationId,
      batch,
      `UPDATE attempts SET status = 'failed', reason = ?, provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND status IN ${OPEN_STATUSES_SQL}`,
      [reason.slice(0, REASON_MAX), initiationId, batch],
    );
  }

  /** Rejected attempts fail with their reason, one update per reason, only those still open. */
  async recordRejected(initiationId: string, batch: number, rejected: AttemptOutcome[]): Promise<number> {
    const byReason = new Map<string, string[]>();
    for (const o of rejected) {
      const reason = (o.reason ?? 'Rejected by provider').slice(0, REASON_MAX);
      byReason.set(reason, [...(byReason.get(reason) ?? []), o.attemptId]);
    }
    let failed = 0;
    for (const [reason, ids] of byReason) {
      failed += await this.writeFailed(
        initiationId,
        batch,
        `UPDATE attempts SET status = 'failed', reason = ?, provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES_SQL}`,
        [reason, initiationId, batch, ids],
      );
    }
    return failed;
  }

  /**
   * Accepted attempts become `initiated` and enter the contact log (what caps count) in one
   * transaction, only those still open: a repeated answer changes and counts nothing. The update
   * comes first; when it changed every attempt (the usual case) their phones are known, when it
   * changed fewer (another run of the batch wrote some) it is undone and the open ones read first.
   * Returns how many became `initiated`.
   */
  async recordAccepted(
    initiation: Pick<Initiation, 'id' | 'organizationId' | 'channel'>,
    batch: number,
    accepted: AttemptOutcome[],
    phoneOf: (attemptId: string) => string,
    at: Date,
  ): Promise<number> {
    if (accepted.length === 0) return 0;
    const ref = (o: AttemptOutcome): string | null => o.providerRef?.slice(0, REF_MAX) ?? null;
    const log = (manager: EntityManager, phones: string[]) =>
      recordContacts(manager, initiation.organizationId, initiation.channel, phones, at);
    // Handed over now: logs' start time, and when the outcome sweep first looks (SPEC §9).
    const checkAt = new Date(at.getTime() + outcomeTimeoutS(this.config, initiation.channel) * 1000);
    const cases = (outcomes: AttemptOutcome[], value: (o: AttemptOutcome) => string | null) => ({
      sql: `CASE attempt_id ${outcomes.map(() => 'WHEN ? THEN ?').join(' ')} END`,
      params: outcomes.flatMap((o) => [o.attemptId, value(o)]),
    });
    const update = (manager: EntityManager, outcomes: AttemptOutcome[]) => {
      const refs = cases(outcomes, ref);
      const froms = cases(outcomes, (o) => o.from?.slice(0, 20) ?? null);
      // SMS refs again in sms_ref (indexed: Twilio's callbacks name a message by sid); calls leave it NULL.
      const smsRef = initiation.channel === 'sms' ? refs : { sql: 'NULL', params: [] };
      return manager.query<{ affectedRows: number }>(
        `UPDATE attempts SET status = 'initiated', reason = NULL, provider_ref = ${refs.sql}, sms_ref = ${smsRef.sql}, ` +
          `from_phone = ${froms.sql}, initiated_at = ?, check_at = ? ` +
          `WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES_SQL}`,
        [
          ...refs.params,
          ...smsRef.params,
          ...froms.params,
          at,
          checkAt,
          initiation.id,
          batch,
          outcomes.map((o) => o.attemptId),
        ],
      );
    };
    const whole = await transactionWithRetry(this.dataSource, async (manager) => {
      const changed = await update(manager, accepted);
      if (changed.affectedRows !== accepted.length) throw new PartlyWritten();
      await log(
        manager,
        accepted.map((o) => phoneOf(o.attemptId)),
      );
      // Last, so the initiation's row is locked only for the commit.
      await countOutcomes(manager, initiation.id, batch, { initiated: accepted.length });
      return accepted.length;
    }).catch((error: unknown) => {
      if (error instanceof PartlyWritten) return undefined;
      throw error;
    });
    if (whole !== undefined) return whole;
    return transactionWithRetry(this.dataSource, async (manager) => {
      const open = await manager.query<Array<{ attempt_id: string; phone: string }>>(
        `SELECT attempt_id, phone FROM attempts WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES_SQL} FOR UPDATE`,
        [initiation.id, batch, accepted.map((o) => o.attemptId)],
      );
      const still = new Set(open.map((a) => a.attempt_id));
      // A provider event made some `initiated` first (OutcomeStore): their number, and their ref
      // when the event carried none, are known only here.
      const proved = accepted.filter((o) => !still.has(o.attemptId));
      if (proved.length > 0) {
        const froms = cases(proved, (o) => o.from?.slice(0, 20) ?? null);
        const refs = cases(proved, ref);
        const smsRefs = initiation.channel === 'sms' ? cases(proved, ref) : { sql: 'NULL', params: [] };
        await manager.query(
          `UPDATE attempts SET from_phone = COALESCE(from_phone, ${froms.sql}), provider_ref = COALESCE(provider_ref, ${refs.sql}), ` +
            `sms_ref = COALESCE(sms_ref, ${smsRefs.sql}) ` +
            "WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status = 'initiated'",
          [...froms.params, ...refs.params, ...smsRefs.params, initiation.id, batch, proved.map((o) => o.attemptId)],
        );
      }
      if (open.length === 0) return 0;
      await update(
        manager,
        accepted.filter((o) => still.has(o.attemptId)),
      );
      await log(
        manager,
        open.map((a) => a.phone),
      );
      await countOutcomes(manager, initiation.id, batch, { initiated: open.length });
      return open.length;
    });
  }

  /**
   * Open attempts the dispatch-time policy check excluded, by reason — never one a concurrent run
   * of the batch has meanwhile handed to the provider.
   */
  async exclude(initiationId: string, batch: number, byReason: Map<ExclusionReason, string[]>): Promise<void> {
    for (const [reason, ids] of byReason) {
      await this.dataSource.query(
        `UPDATE attempts SET status = 'excluded', reason = ?, provider_ref = NULL WHERE initiation_id = ? AND batch = ? AND attempt_id IN (?) AND status IN ${OPEN_STATUSES_SQL} ` +
          'AND NOT EXISTS (SELECT 1 FROM handed_over_batches h WHERE h.initiation_id = ? AND h.batch = ?)',
        [reason, initiationId, batch, ids, initiationId, batch],
      );
    }
  }

  /**
   * Whether any attempt of the initiation is still open: one index seek per open status. From the
   * last batch down: batches run roughly in order, so an open attempt sits near the end, while a
   * forward scan walked every finished batch first (quadratic at a million: 2,000 batches).
   */
  async anyOpen(initiationId: string, upToBatch = Number.MAX_SAFE_INTEGER): Promise<boolean> {
    // `upToBatch`: the first round's `batch_count` (follow-up batches come after it, SPEC §10).
    for (const status of ['queued', 'sending']) {
      const open = await this.dataSource.query<unknown[]>(
        'SELECT 1 FROM attempts FORCE INDEX (idx_attempts_initiation_status_batch) WHERE initiation_id = ? AND status = ? AND batch <= ? ORDER BY batch DESC LIMIT 1',
        [initiationId, status, upToBatch],
      );
      if (open.length > 0) return true;
    }
    return false;
  }

  /**
   * Writes the final status and exact counts, once (only a live initiation changes); the batch
   * markers go with it. A cancel asked for meanwhile makes the status `canceled` (read in the same
   * update, so a cancel landing now is never lost). Returns the status written, or null when this
   * call did not end it.
   */
  async end(
    initiationId: string,
    outcome: { status: InitiationStatus; initiated: number; failed: number; batchCount?: number },
    at: Date,
  ): Promise<InitiationStatus | null> {
    // One transaction with what announces the end (InitiationHooks: a webhook's outbox row).
    return transactionWithRetry(this.dataSource, async (manager) => {
      const ended = await manager.query<{ affectedRows: number }>(
        "UPDATE initiations SET status = IF(canceled_at IS NULL, ?, 'canceled'), initiated = ?, failed = ?, completed_at = ? " +
          // A selection still being written (issue 20) has more to send; one whose last chunk was
          // released since the counts were read has more batches than they cover.
          `WHERE id = ? AND status IN ${LIVE_STATUSES_SQL} AND selecting = 0${outcome.batchCount === undefined ? '' : ' AND batch_count = ?'}`,
        [
          outcome.status,
          outcome.initiated,
          outcome.failed,
          at,
          initiationId,
          ...(outcome.batchCount === undefined ? [] : [outcome.batchCount]),
        ],
      );
      if (ended.affectedRows !== 1) return null;
      // The first round's markers only: a follow-up batch (after batch_count) may be in flight
      // now, and its marker is what keeps a cancel or its own retry from treating it as unsent.
      await manager.query(
        'DELETE FROM handed_over_batches WHERE initiation_id = ? AND batch <= (SELECT batch_count FROM initiations WHERE id = ?)',
        [initiationId, initiationId],
      );
      const [row] = await manager.query<Array<{ organization_id: string; channel: Channel; status: InitiationStatus }>>(
        'SELECT organization_id, channel, status FROM initiations WHERE id = ?',
        [initiationId],
      );
      // A follow-up an outcome of a batch in flight scheduled after the cancel never goes out either.
      if (row.status === 'canceled') {
        await manager.query(
          "UPDATE attempts a JOIN initiations i ON i.id = a.initiation_id SET a.status = 'canceled', " +
            "a.reason = LEFT(CONCAT('Canceled by ', i.canceled_by), ?) WHERE a.initiation_id = ? AND a.status = 'scheduled'",
          [REASON_MAX, initiationId],
        );
      }
      await this.initiationHooks.run(
        manager,
        { initiationId, organizationId: row.organization_id, channel: row.channel, status: row.status },
        at,
      );
      return row.status;
    });
  }

  /** A failing update and the initiation's live count of failures, in one transaction. */
  private async writeFailed(initiationId: string, batch: number, sql: string, params: unknown[]): Promise<number> {
    return transactionWithRetry(this.dataSource, async (manager) => {
      const result = await manager.query<{ affectedRows: number }>(sql, params);
      if (result.affectedRows > 0) await countOutcomes(manager, initiationId, batch, { failed: result.affectedRows });
      return result.affectedRows;
    });
  }
}
