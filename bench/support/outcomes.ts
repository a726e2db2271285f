import type { Connection } from 'mysql2/promise';
import { createHash, createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Events a request: the most SPEC §9 allows. */
const PER_REQUEST = 1_000;
/** About 1 event in this many is posted a second time (a provider's retry): the answers must call it a duplicate. */
const DUPLICATE_EVERY = 100;

/** The final events the benchmark's runner reports. */
type BenchOutcome = 'completed' | 'no_answer' | 'busy' | 'voicemail';

export interface Outcomes {
  /** Attempts of the initiation that were sent a final event (each once, in id order). */
  attempts: number;
  /** Events re-posted as they were: each must come back as a duplicate. */
  duplicatesPosted: number;
  requests: number;
  concurrency: number;
  seconds: number;
  /** Every event posted (originals and repeats) per second. */
  perSecond: number;
  /** What the answers added up to. */
  accepted: number;
  duplicates: number;
  unknown: number;
  byOutcome: Record<BenchOutcome, number>;
  requestMs: { median: number; max: number };
}

export interface OutcomeTarget {
  /** The API process's base URL. */
  url: string;
  /** VOICE_RUNNER_SECRET of the run. */
  secret: string;
  initiationId: string;
  concurrency: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A runner's final event for `attemptId`, the same at every run: outcome, times and fields from a hash of the id. */
export function finalEvent(attemptId: string, base: number): Record<string, unknown> {
  const h = createHash('sha1').update(attemptId).digest();
  const pick = h[0] % 10;
  // 50 % completed, 20 % no_answer, 15 % busy, 15 % voicemail.
  const outcome: BenchOutcome = pick < 5 ? 'completed' : pick < 7 ? 'no_answer' : h[1] % 2 ? 'busy' : 'voicemail';
  const at = new Date(base + h.readUInt16BE(2) * 1000).toISOString();
  const event: Record<string, unknown> = { attemptId, callId: `call-${attemptId}`, event: outcome, at };
  if (outcome === 'completed') {
    event.durationSec = 20 + (h[4] % 280);
    // One of the organization's dispositions (in another case), or a runner's text that names none.
    event.disposition = h[5] % 4 === 0 ? 'Callback requested' : 'promise to pay';
    event.summary = `Customer agreed to pay the EMI on day ${1 + (h[6] % 28)}.`;
  }
  return event;
}

export function isDuplicated(attemptId: string): boolean {
  return createHash('sha1').update(`dup:${attemptId}`).digest().readUInt32BE(0) % DUPLICATE_EVERY === 0;
}

/** SPEC §9's signature: `X-Timestamp` and `X-Signature: sha256=<hex HMAC-SHA256 of "<ts>.<raw body>">`. */
export function signed(secret: string, body: string, now = Date.now()): Record<string, string> {
  const ts = String(Math.floor(now / 1000));
  const mac = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
  return { 'X-Timestamp': ts, 'X-Signature': `sha256=${mac}` };
}

interface Answer {
  accepted: number;
  duplicates: number;
  unknown: string[];
}

async function post(target: OutcomeTarget, events: Array<Record<string, unknown>>): Promise<Answer> {
  const body = JSON.stringify({ events });
  const res = await fetch(`${target.url}/api/v1/providers/voice/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...signed(target.secret, body) },
    body,
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`voice events answered ${res.status}: ${text.slice(0, 500)}`);
  const answer = JSON.parse(text) as Answer & { success?: boolean };
  if (answer.success !== true || typeof answer.accepted !== 'number' || typeof answer.duplicates !== 'number')
    throw new Error(`voice events answered ${text.slice(0, 500)}`);
  return answer;
}

/**
 * Reads the attempt ids of the initiation in id order, PER_REQUEST at a time, by key (the last id
 * seen): never more than a chunk per request in flight is held, whatever the size.
 */
function chunks(db: Connection, initiationId: string): () => Promise<string[]> {
  let last = 0n;
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const read = queue.then(async () => {
      const [rows] = await db.query(
        'SELECT id, attempt_id FROM attempts FORCE INDEX (PRIMARY) WHERE id > ? AND initiation_id = ? ORDER BY id LIMIT ?',
        [last.toString(), initiationId, PER_REQUEST],
      );
      const list = rows as Array<{ id: string | number; attempt_id: string }>;
      if (list.length > 0) last = BigInt(list[list.length - 1].id);
      return list.map((r) => r.attempt_id);
    });
    queue = read.catch(() => undefined);
    return read;
  };
}

export interface DuringDispatch {
  requests: number;
  events: number;
  requestMs: { median: number; max: number };
}

/**
 * SPEC §9's "acknowledge fast … even while a million-customer initiation dispatches": while the
 * initiation runs, one request of 1,000 `ringing` events at a time (a second apart) for attempts
 * already handed over, each timed. Non-final: the outcomes phase still writes every final outcome.
 * At most `probes` requests (BENCH_DISPATCH_PROBES, default 10), so the initiation's own figure
 * stays comparable with earlier rounds; it ends with the initiation at the latest.
 */
export async function eventsWhileDispatching(
  db: Connection,
  target: Omit<OutcomeTarget, 'concurrency'>,
  ended: () => boolean,
  probes: number,
): Promise<DuringDispatch> {
  const times: number[] = [];
  let last = 0n;
  let events = 0;
  const base = Date.UTC(2025, 7, 5, 4, 0);
  while (!ended() && times.length < probes) {
    const [rows] = await db.query(
      "SELECT id, attempt_id FROM attempts FORCE INDEX (PRIMARY) WHERE id > ? AND initiation_id = ? AND status = 'initiated' ORDER BY id LIMIT ?",
      [last.toString(), target.initiationId, PER_REQUEST],
    );
    const list = rows as Array<{ id: string | number; attempt_id: string }>;
    if (list.length === PER_REQUEST) {
      last = BigInt(list[list.length - 1].id);
      const r0 = performance.now();
      await post(
        { ...target, concurrency: 1 },
        list.map((r, i) => ({ attemptId: r.attempt_id, event: 'ringing', at: new Date(base + i).toISOString() })),
      );
      times.push(performance.now() - r0);
      events += list.length;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { requests: times.length, events, requestMs: { median: median(times), max: Math.max(0, ...times) } };
}

/**
 * The outcomes phase: one final event for every attempt of the initiation, posted to the API's
 * POST /providers/voice/events in signed requests of 1,000 with `concurrency` in flight; ~1 % of
 * them posted again once their first request was answered (requests of their own). Then checks
 * the answers' sums and, in SQL, that every attempt has the final outcome it was sent.
 */
export async function postOutcomes(db: Connection, target: OutcomeTarget): Promise<Outcomes> {
  const next = chunks(db, target.initiationId);
  const base = Date.UTC(2025, 7, 5, 4, 30);
  const byOutcome: Record<BenchOutcome, number> = { completed: 0, no_answer: 0, busy: 0, voicemail: 0 };
  const times: number[] = [];
  const totals = { attempts: 0, duplicatesPosted: 0, requests: 0, accepted: 0, duplicates: 0, unknown: 0 };
  let repeats: Array<Record<string, unknown>> = [];
  const send = async (events: Array<Record<string, unknown>>): Promise<Answer> => {
    const r0 = performance.now();
    const answer = await post(target, events);
    times.push(performance.now() - r0);
    totals.requests += 1;
    totals.accepted += answer.accepted;
    totals.duplicates += answer.duplicates;
    totals.unknown += answer.unknown.length;
    return answer;
  };
  const sendRepeats = async (all: boolean): Promise<void> => {
    while (repeats.length >= PER_REQUEST || (all && repeats.length > 0)) {
      const batch = repeats.slice(0, PER_REQUEST);
      repeats = repeats.slice(PER_REQUEST);
      totals.duplicatesPosted += batch.length;
      await send(batch);
    }
  };

  const t0 = performance.now();
  const lane = async (): Promise<void> => {
    for (;;) {
      const ids = await next();
      if (ids.length === 0) return;
      const events = ids.map((id) => finalEvent(id, base));
      await send(events);
      totals.attempts += events.length;
      for (const e of events) byOutcome[e.event as BenchOutcome] += 1;
      // Re-posted only after their first request was answered: a repeat, not a race.
      repeats.push(...events.filter((e) => isDuplicated(e.attemptId as string)));
      await sendRepeats(false);
    }
  };
  await Promise.all(Array.from({ length: target.concurrency }, () => lane()));
  await sendRepeats(true);
  const seconds = (performance.now() - t0) / 1000;

  const problems: string[] = [];
  if (totals.accepted !== totals.attempts)
    problems.push(`accepted ${totals.accepted} of ${totals.attempts} first events`);
  if (totals.duplicates !== totals.duplicatesPosted)
    problems.push(`duplicates ${totals.duplicates}, ${totals.duplicatesPosted} re-posted`);
  if (totals.unknown !== 0) problems.push(`${totals.unknown} attempt ids answered unknown`);
  problems.push(...(await verify(db, target.initiationId, totals.attempts, byOutcome)));
  if (problems.length > 0) throw new Error(`outcomes phase FAILED: ${problems.join('; ')}`);

  return {
    ...totals,
    concurrency: target.concurrency,
    seconds,
    perSecond: (totals.attempts + totals.duplicatesPosted) / seconds,
    byOutcome,
    requestMs: { median: median(times), max: Math.max(0, ...times) },
  };
}

/** In SQL: every attempt of the initiation has a final outcome, the counts by outcome are those sent, one event each. */
async function verify(
  db: Connection,
  initiationId: string,
  sent: number,
  byOutcome: Record<BenchOutcome, number>,
): Promise<string[]> {
  const problems: string[] = [];
  const [rows] = await db.query(
    'SELECT COUNT(*) AS n, SUM(outcome_rank = 3) AS final, SUM(status = ?) AS initiated FROM attempts WHERE initiation_id = ?',
    ['initiated', initiationId],
  );
  const { n, final, initiated } = (rows as Array<{ n: string; final: string | null; initiated: string | null }>)[0];
  if (Number(n) !== sent) problems.push(`${n} attempts, ${sent} sent an event`);
  if (Number(final) !== Number(n)) problems.push(`${Number(n) - Number(final)} attempts without a final outcome`);
  if (Number(initiated) !== Number(n)) problems.push(`${Number(n) - Number(initiated)} attempts not initiated`);
  const [counts] = await db.query(
    'SELECT outcome, COUNT(*) AS n FROM attempts WHERE initiation_id = ? GROUP BY outcome',
    [initiationId],
  );
  const stored = Object.fromEntries(
    (counts as Array<{ outcome: string | null; n: string }>).map((r) => [r.outcome ?? 'null', Number(r.n)]),
  );
  for (const [outcome, count] of Object.entries(byOutcome)) {
    if ((stored[outcome] ?? 0) !== count) problems.push(`${stored[outcome] ?? 0} ${outcome}, ${count} sent`);
  }
  const [events] = await db.query(
    // Final events only: the `ringing` ones posted while the initiation dispatched are history too.
    "SELECT COUNT(*) AS n FROM attempt_events e JOIN attempts a ON a.id = e.attempt_row_id WHERE a.initiation_id = ? AND e.event <> 'ringing'",
    [initiationId],
  );
  const kept = Number((events as Array<{ n: string }>)[0].n);
  if (kept !== sent) problems.push(`${kept} final events in the history, ${sent} distinct sent`);
  return problems;
}
