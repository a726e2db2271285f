import type { Connection } from 'mysql2/promise';
import type { RecordedBatchRequest } from '../fakes/fake-runner';

export interface AttemptRecord {
  attemptId: string;
  batch: number;
  status: string;
  reason: string | null;
  providerRef: string | null;
  phone: string;
}

/** Every attempt of an initiation, from the database itself. */
export async function attemptsOf(db: Connection, initiationId: string): Promise<AttemptRecord[]> {
  const [rows] = await db.query(
    'SELECT attempt_id, batch, status, reason, provider_ref, phone FROM attempts WHERE initiation_id = ? ORDER BY id',
    [initiationId],
  );
  return (rows as Array<Record<string, unknown>>).map((r) => ({
    attemptId: String(r.attempt_id),
    batch: Number(r.batch),
    status: String(r.status),
    reason: (r.reason as string | null) ?? null,
    providerRef: (r.provider_ref as string | null) ?? null,
    phone: String(r.phone),
  }));
}

export interface Sighting {
  attemptId: string;
  idempotencyKey: string | undefined;
  duplicate: boolean;
  client: string;
}

/** What a batch runner received for one initiation, one entry per attempt per request. */
export function sightings(requests: RecordedBatchRequest[], initiationId: string, itemsKey = 'calls'): Sighting[] {
  return requests
    .filter((r) => r.body?.initiationId === initiationId)
    .flatMap((r) =>
      ((r.body?.[itemsKey] as Array<{ attemptId: string }> | undefined) ?? []).map((item) => ({
        attemptId: item.attemptId,
        idempotencyKey: r.idempotencyKey,
        duplicate: r.duplicate,
        client: r.client,
      })),
    );
}

export interface LedgerCheck {
  /** Attempt ids the runner acted on more than once (must be empty). */
  processedTwice: string[];
  /** Attempt ids sent again under another Idempotency-Key (must be empty). */
  resentUnderAnotherKey: string[];
  /** Attempt ids the runner saw that are not attempts of this initiation (must be empty). */
  unknown: string[];
  /** Initiated attempts the runner never acted on (must be empty). */
  initiatedUnseen: string[];
  /** Initiated attempts whose provider reference is not the runner's answer for it (must be empty). */
  wrongRef: string[];
  /** Attempts with no final status (must be empty once the initiation ended). */
  open: string[];
  /** Failed attempts without a reason (must be empty). */
  failedWithoutReason: string[];
  /** Requests per client tag (a worker each), counting repeats. */
  byClient: Record<string, number>;
}

/**
 * The runner's log against the attempts table: each attempt acted on at most once (a repeat is
 * only ever a de-duplicated retry under the same Idempotency-Key), every initiated attempt acted
 * on and carrying the runner's reference, every attempt final, every failure with a reason.
 */
export function checkLedger(seen: Sighting[], attempts: AttemptRecord[]): LedgerCheck {
  const ids = new Map(attempts.map((a) => [a.attemptId, a]));
  const processed = new Map<string, number>();
  const keys = new Map<string, Set<string | undefined>>();
  const byClient: Record<string, number> = {};
  for (const s of seen) {
    if (!s.duplicate) processed.set(s.attemptId, (processed.get(s.attemptId) ?? 0) + 1);
    keys.set(s.attemptId, (keys.get(s.attemptId) ?? new Set()).add(s.idempotencyKey));
    byClient[s.client] = (byClient[s.client] ?? 0) + 1;
  }
  const initiated = attempts.filter((a) => a.status === 'initiated');
  return {
    processedTwice: [...processed].filter(([, n]) => n > 1).map(([id]) => id),
    resentUnderAnotherKey: [...keys].filter(([, k]) => k.size > 1).map(([id]) => id),
    unknown: [...keys.keys()].filter((id) => !ids.has(id)),
    initiatedUnseen: initiated.filter((a) => !processed.has(a.attemptId)).map((a) => a.attemptId),
    wrongRef: initiated.filter((a) => a.providerRef !== `call-${a.attemptId}`).map((a) => a.attemptId),
    open: attempts.filter((a) => a.status === 'queued' || a.status === 'sending').map((a) => a.attemptId),
    failedWithoutReason: attempts.filter((a) => a.status === 'failed' && !a.reason).map((a) => a.attemptId),
    byClient,
  };
}

/** The part of a LedgerCheck that must be empty. */
export function violations(check: LedgerCheck): Omit<LedgerCheck, 'byClient'> {
  const { byClient: _byClient, ...rest } = check;
  return rest;
}

export const NO_VIOLATIONS: Omit<LedgerCheck, 'byClient'> = {
  processedTwice: [],
  resentUnderAnotherKey: [],
  unknown: [],
  initiatedUnseen: [],
  wrongRef: [],
  open: [],
  failedWithoutReason: [],
};
