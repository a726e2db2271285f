import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { IntervalTask } from '../../common/interval-task';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { LookupAnswer } from '../channel.port';
import { ChannelRegistry } from '../channel.registry';
import { DueAttempt, SweepStore } from '../persistence/sweep.store';
import { OutcomeService } from './outcome.service';
import { EXPIRED_REASON, isFinal } from './outcomes';
import type { ProviderEvent } from './provider-event';

/** Due attempts claimed per transaction. */
const CLAIM_BATCH = 200;
/** At most this many attempts per sweep (the rest wait for the next). */
const MAX_PER_SWEEP = 10_000;
/** Provider lookups in flight at once. */
const LOOKUPS_AT_ONCE = 10;
/** How long a claim keeps other sweeps away: far longer than one batch of lookups takes. */
const LEASE_MS = 10 * 60_000;
/** Sweeps whose lookup got no answer before the attempt expires all the same (SPEC §9). */
export const MAX_LOOKUP_FAILURES = 3;
/** The reason of a lookup that threw (logged where it threw, with the error). */
const LOOKUP_ERROR = 'Lookup error';

export interface SweepCounts {
  /** Attempts asked at their provider. */
  lookedUp: number;
  /** Lookups that answered with a final outcome, applied. */
  applied: number;
  /** Attempts ended `expired`. */
  expired: number;
  /** Lookups without an answer (asked again at the next sweep, or expired after the third). */
  unavailable: number;
}

/** What one claimed attempt comes to. */
type Verdict = { event?: ProviderEvent; expire: boolean; unavailable?: string };

/**
 * SPEC §9, no attempt stays open: every OUTCOME_SWEEP_INTERVAL_MS a worker takes the initiated
 * attempts still without a final outcome whose `check_at` (hand-over + the channel's timeout) has
 * passed and asks their provider where they stand, through the channel's sender. A final answer is
 * applied; a 404 or a non-final answer ends the attempt `expired` ("No outcome from provider"); no
 * answer is asked again next sweep, and expires at the third. Several workers may sweep at once:
 * each claims its attempts (SKIP LOCKED and a lease, `SweepStore.claimDue`), and `OutcomeService`
 * writes a final outcome once, so an expiry racing a real final event changes nothing.
 */
@Injectable()
export class OutcomeSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutcomeSweep.name);
  private readonly ticker = new IntervalTask(
    () => this.sweep(),
    (error: unknown) => this.logger.warn({ err: error }, 'Outcome sweep failed; will try again'),
  );

  constructor(
    private readonly store: SweepStore,
    private readonly outcomes: OutcomeService,
    private readonly registry: ChannelRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.ticker.start(this.config.outcomes.sweepIntervalMs);
  }

  /** Before the database closes: a sweep in progress finishes against it. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.ticker.stop();
  }

  /** Looks up, applies and expires the attempts due now, a claimed batch at a time. */
  async sweep(): Promise<SweepCounts> {
    const counts: SweepCounts = { lookedUp: 0, applied: 0, expired: 0, unavailable: 0 };
    for (let taken = 0; taken < MAX_PER_SWEEP;) {
      const now = this.clock.now();
      const due = await this.store.claimDue(now, new Date(now.getTime() + LEASE_MS), CLAIM_BATCH);
      taken += due.length;
      if (due.length > 0) await this.settle(due, now, counts);
      if (due.length < CLAIM_BATCH) break;
    }
    if (counts.lookedUp + counts.expired > 0) this.logger.log({ ...counts }, 'Outcome sweep');
    return counts;
  }

  private async settle(due: DueAttempt[], now: Date, counts: SweepCounts): Promise<void> {
    const verdicts = await inBatches(due, LOOKUPS_AT_ONCE, (attempt) => this.judge(attempt, now, counts));

    const unavailable = due.filter((_, i) => verdicts[i].unavailable !== undefined).map((a) => a.rowId);
    counts.unavailable += unavailable.length;
    await this.store.lookupFailed(unavailable, new Date(now.getTime() + this.config.outcomes.sweepIntervalMs));

    for (const channel of new Set(due.map((a) => a.channel))) {
      const mine = due
        .map((attempt, i) => ({ attempt, verdict: verdicts[i] }))
        .filter((v) => v.attempt.channel === channel);
      const answered = mine.flatMap((v) => (v.verdict.event ? [v.verdict.event] : []));
      const expired = mine.filter((v) => v.verdict.expire).map((v) => expiry(v.attempt, now));
      counts.applied += answered.filter((e) => isFinal(e.event)).length;
      counts.expired += expired.length;
      // The provider's own event first: a non-final one is kept in the history before the expiry.
      if (answered.length > 0) await this.outcomes.apply(answered, { channel, source: 'lookup' });
      if (expired.length > 0) await this.outcomes.apply(expired, { channel, source: 'sweep' });
    }
  }

  private async judge(attempt: DueAttempt, now: Date, counts: SweepCounts): Promise<Verdict> {
    // Its third failed lookup was counted but the expiry not written (the sweep died): expire now.
    if (attempt.lookupFailures >= MAX_LOOKUP_FAILURES) return { expire: true };
    const answer = await this.ask(attempt, now);
    if (answer.kind === 'none') return { expire: true };
    counts.lookedUp += 1;
    switch (answer.kind) {
      case 'event': {
        // The answer is about this attempt, whatever id the provider put in it.
        const event = { ...answer.event, attemptId: attempt.attemptId };
        return { event, expire: !isFinal(event.event) };
      }
      case 'unknown':
        return { expire: true };
      case 'unavailable':
        if (answer.reason !== LOOKUP_ERROR)
          this.logger.warn(
            {
              channel: attempt.channel,
              attemptId: attempt.attemptId,
              providerRef: attempt.providerRef,
              failures: attempt.lookupFailures + 1,
              reason: answer.reason,
            },
            'Outcome lookup failed',
          );
        return { unavailable: answer.reason, expire: attempt.lookupFailures + 1 >= MAX_LOOKUP_FAILURES };
    }
  }

  private async ask(attempt: DueAttempt, now: Date): Promise<LookupAnswer> {
    try {
      const sender = this.registry.sender(attempt.channel);
      if (!sender.lookup) return { kind: 'none' };
      return await sender.lookup({
        attemptId: attempt.attemptId,
        organizationId: attempt.organizationId,
        providerRef: attempt.providerRef,
        now,
      });
    } catch (error) {
      // A bug or a missing sender is not the provider's "unknown": treated as no answer, so it is
      // asked again and expires only after the same three sweeps.
      this.logger.warn(
        { err: error, channel: attempt.channel, attemptId: attempt.attemptId, failures: attempt.lookupFailures + 1 },
        'Outcome lookup failed',
      );
      return { kind: 'unavailable', reason: LOOKUP_ERROR };
    }
  }
}

function expiry(attempt: DueAttempt, now: Date): ProviderEvent {
  return { attemptId: attempt.attemptId, event: 'expired', at: now, reason: EXPIRED_REASON };
}

/** `fn` over `items`, at most `size` at once, results in order. */
async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}
