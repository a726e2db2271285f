import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { FollowUpDispatcher } from '../../src/initiations/follow-ups/follow-up.dispatcher';
import { OutcomeService } from '../../src/initiations/outcomes/outcome.service';
import type { Outcome } from '../../src/initiations/outcomes/outcomes';
import { bearer, TestApp } from './app';
import type { Lender, PolicyApp } from './policy-initiation';

/**
 * SPEC §10 follow-ups under test (test/initiations/follow-ups/): an initiation with `retry` on the
 * fake runner or gateway (policyApp), outcomes applied as the inbound routes do (OutcomeService),
 * the workers' follow-up sweep run by hand with the fake clock, and the attempt rows read by SQL.
 */

export interface AttemptRow {
  attemptId: string;
  customerId: string;
  status: string;
  reason: string | null;
  batch: number;
  retryNumber: number;
  retryOf: string | null;
  dueAt: Date | null;
}

/** Every attempt of the initiation, in creation order. */
export async function attemptRows(t: TestApp, initiationId: string): Promise<AttemptRow[]> {
  const rows = await t.app.get(DataSource).query<
    Array<{
      attempt_id: string;
      external_id: Buffer;
      status: string;
      reason: string | null;
      batch: number;
      retry_number: number;
      retry_of: string | null;
      due_at: Date | null;
    }>
  >('SELECT attempt_id, external_id, status, reason, batch, retry_number, retry_of, due_at FROM attempts WHERE initiation_id = ? ORDER BY id', [initiationId]);
  return rows.map((r) => ({
    attemptId: r.attempt_id,
    customerId: r.external_id.toString('utf8'),
    status: r.status,
    reason: r.reason,
    batch: Number(r.batch),
    retryNumber: Number(r.retry_number),
    retryOf: r.retry_of,
    dueAt: r.due_at === null ? null : new Date(r.due_at),
  }));
}

/** Final outcomes for these attempts, arriving now (the fake clock), as the inbound route applies them. */
export async function outcome(
  t: TestApp,
  channel: 'calls' | 'sms',
  attemptIds: string[],
  event: Outcome,
): Promise<void> {
  await t.app.get(OutcomeService).apply(
    attemptIds.map((attemptId) => ({ attemptId, event, at: t.clock.now() })),
    { channel, source: channel === 'calls' ? 'voice' : 'sms' },
  );
}

/** The workers' follow-up sweep, now (the fake clock). */
export const sweep = (t: TestApp): Promise<number> => t.app.get(FollowUpDispatcher).sweep();

/** Waits (≤ 10 s) until `check` holds; throws its last answer otherwise. */
export async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until no attempt of the initiation is queued or sending (its batches ran). */
export async function settled(t: TestApp, initiationId: string): Promise<void> {
  await until(async () => {
    const rows = await attemptRows(t, initiationId);
    return rows.every((r) => r.status !== 'queued' && r.status !== 'sending');
  }, `initiation ${initiationId} to settle`);
}

export const CALL_RETRY = { on: ['no_answer'], afterSeconds: 600, maxAttempts: 2 };

/** Initiates calls with `retry` and returns the initiation id once the first round ended (200). */
export async function callsWithRetry(p: PolicyApp, l: Lender, retry: object = CALL_RETRY): Promise<string> {
  const res = await p.send(l, 'calls', { retry });
  if (res.status !== 200) throw new Error(`initiate failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.initiationId as string;
}

/** GET /initiations/:id (data). */
export async function initiationOf(t: TestApp, key: string, id: string): Promise<Record<string, unknown>> {
  const res = await t.http.get(`/api/v1/initiations/${id}`).set(bearer(key)).expect(200);
  return res.body.data as Record<string, unknown>;
}
