import { OutcomeService } from '../../../src/initiations/outcomes/outcome.service';
import { EXPIRED_REASON } from '../../../src/initiations/outcomes/outcomes';
import { createTestApp, TestApp } from '../../support/app';
import { FakeBatchServer } from '../../support/fakes/fake-runner';
import { attemptsOf, eventsOf, initiateFresh, ownDatabase, sweepOf, sweepOrg } from '../../support/outcome-sweep';
import type { OrgSetup } from '../../support/outreach';

/**
 * SPEC §9 "No attempt stays open", calls on the voice runner over HTTP: a call without a final
 * outcome CALL_OUTCOME_TIMEOUT_S after hand-over is looked up at the runner, then applied or expired.
 */

const SECRET = 'runner-secret';
const TIMEOUT_MS = 7200 * 1000;
/** The test env's sweep interval: a lookup without an answer is asked again this much later. */
const INTERVAL_MS = 3_600_000;

describe('outcome sweep: calls on the voice runner', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  let t: TestApp;
  let org: OrgSetup;
  let db: Awaited<ReturnType<typeof ownDatabase>> | undefined;

  beforeAll(async () => {
    await runner.start();
    db = await ownDatabase('sweep_calls');
    t = await createTestApp({
      ...db.env,
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET: SECRET,
      VOICE_RUNNER_TIMEOUT_MS: '1500',
    });
    org = await sweepOrg(t);
  });
  afterAll(async () => {
    await t?.close();
    await runner.close();
    await db?.drop();
  });
  beforeEach(() => runner.reset());

  it('applies a final answer (source lookup) and expires a 404 and a non-final answer', async () => {
    const { initiationId, attempts } = await initiateFresh(t, org, 'calls', 3);
    const [done, unknown, ringing] = attempts;
    const handedOver = t.clock.now();
    expect(attempts.map((a) => [a.status, a.outcome, a.checkAt])).toEqual(
      attempts.map(() => ['initiated', null, new Date(handedOver.getTime() + TIMEOUT_MS)]),
    );
    const at = new Date(handedOver.getTime() + 60_000).toISOString();
    runner.answerLookup(done.providerRef ?? '', {
      event: {
        attemptId: done.attemptId,
        callId: done.providerRef,
        event: 'completed',
        at,
        durationSec: 95,
        disposition: 'promise TO PAY',
        summary: 'Will pay Friday',
      },
    });
    runner.answerLookup(ringing.providerRef ?? '', {
      event: { attemptId: ringing.attemptId, callId: ringing.providerRef, event: 'ringing', at },
    });

    t.clock.advance(TIMEOUT_MS + 1000);
    const now = t.clock.now();
    expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 3, applied: 1, expired: 2, unavailable: 0 });

    expect(runner.lookups.map((l) => l.callId).sort()).toEqual(attempts.map((a) => a.providerRef).sort());
    expect(runner.lookups.every((l) => l.signatureValid === true)).toBe(true);
    const [d, u, r] = await attemptsOf(t, initiationId);
    expect(d).toMatchObject({
      status: 'initiated',
      outcome: 'completed',
      outcomeAt: new Date(at),
      outcomeReason: null,
      durationSec: 95,
      // Resolved like the events route: the organization's disposition, by name in any case.
      dispositionId: org.dispositionId,
      disposition: 'Promise to pay',
      checkAt: null,
    });
    expect(await eventsOf(t, done.attemptId)).toEqual([{ event: 'completed', at: new Date(at), source: 'lookup' }]);
    for (const expired of [u, r]) {
      expect(expired).toMatchObject({
        outcome: 'expired',
        outcomeAt: now,
        outcomeReason: EXPIRED_REASON,
        checkAt: null,
      });
    }
    expect(await eventsOf(t, unknown.attemptId)).toEqual([{ event: 'expired', at: now, source: 'sweep' }]);
    // The runner's non-final word is kept in the history, before the expiry.
    expect(await eventsOf(t, ringing.attemptId)).toEqual([
      { event: 'ringing', at: new Date(at), source: 'lookup' },
      { event: 'expired', at: now, source: 'sweep' },
    ]);

    // Settled: a later sweep finds nothing.
    t.clock.advance(TIMEOUT_MS);
    runner.reset();
    expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 0, applied: 0, expired: 0, unavailable: 0 });
    expect(runner.lookups).toHaveLength(0);
  });

  it('touches nothing before the timeout, and sweeps at the timeout', async () => {
    const { initiationId, attempts } = await initiateFresh(t, org, 'calls', 2);
    t.clock.advance(TIMEOUT_MS - 1000);
    expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 0, applied: 0, expired: 0, unavailable: 0 });
    expect(runner.lookups).toHaveLength(0);
    expect(await attemptsOf(t, initiationId)).toEqual(attempts);

    t.clock.advance(1000);
    expect(await sweepOf(t).sweep()).toMatchObject({ lookedUp: 2, expired: 2 });
    expect((await attemptsOf(t, initiationId)).map((a) => a.outcome)).toEqual(['expired', 'expired']);
  });

  it('asks again at the next sweep after a 5xx, and expires after the third sweep without an answer, not before', async () => {
    const { initiationId, attempts } = await initiateFresh(t, org, 'calls', 1);
    const [only] = attempts;
    const callId = only.providerRef ?? '';
    runner.answerLookup(callId, { status: 503 });
    t.clock.advance(TIMEOUT_MS + 1000);

    for (const failures of [1, 2]) {
      expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 1, applied: 0, expired: 0, unavailable: 1 });
      const [row] = await attemptsOf(t, initiationId);
      expect(row).toMatchObject({
        outcome: null,
        lookupFailures: failures,
        checkAt: new Date(t.clock.now().getTime() + INTERVAL_MS),
      });
      // Not due again until the next interval.
      expect(await sweepOf(t).sweep()).toMatchObject({ lookedUp: 0 });
      expect(runner.lookupsOf(callId)).toHaveLength(failures);
      t.clock.advance(INTERVAL_MS);
    }

    expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 1, applied: 0, expired: 1, unavailable: 1 });
    expect(runner.lookupsOf(callId)).toHaveLength(3);
    const [row] = await attemptsOf(t, initiationId);
    expect(row).toMatchObject({ outcome: 'expired', outcomeReason: EXPIRED_REASON, lookupFailures: 3, checkAt: null });
    expect((await eventsOf(t, only.attemptId)).map((e) => [e.event, e.source])).toEqual([['expired', 'sweep']]);
  });

  it('counts no answer in time as unavailable, and applies the answer given at the next sweep', async () => {
    const { initiationId, attempts } = await initiateFresh(t, org, 'calls', 1);
    const [only] = attempts;
    const callId = only.providerRef ?? '';
    runner.answerLookup(callId, 'hang');
    t.clock.advance(TIMEOUT_MS + 1000);
    expect(await sweepOf(t).sweep()).toMatchObject({ lookedUp: 1, unavailable: 1, expired: 0 });

    const at = t.clock.now().toISOString();
    runner.answerLookup(callId, { event: { attemptId: only.attemptId, callId, event: 'no_answer', at } });
    t.clock.advance(INTERVAL_MS);
    expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 1, applied: 1, expired: 0, unavailable: 0 });
    const [row] = await attemptsOf(t, initiationId);
    expect(row).toMatchObject({ outcome: 'no_answer', outcomeAt: new Date(at), lookupFailures: 1, checkAt: null });
  });

  it('never touches an attempt that is already final, or that failed at dispatch', async () => {
    runner.behave((request) => {
      const calls = (request.body?.calls ?? []) as Array<{ attemptId: string }>;
      return {
        body: {
          results: calls.map((c, i) =>
            i === 2
              ? { attemptId: c.attemptId, accepted: false, reason: 'Number on DND' }
              : { attemptId: c.attemptId, accepted: true, callId: `call-${c.attemptId}` },
          ),
        },
      };
    });
    const { initiationId, attempts } = await initiateFresh(t, org, 'calls', 3);
    const [final, open, failed] = attempts;
    expect(failed).toMatchObject({ status: 'failed', checkAt: null });
    const at = new Date(t.clock.now().getTime() + 30_000);
    await t.app
      .get(OutcomeService)
      .apply([{ attemptId: final.attemptId, event: 'busy', at }], { channel: 'calls', source: 'voice' });

    t.clock.advance(TIMEOUT_MS + 1000);
    expect(await sweepOf(t).sweep()).toEqual({ lookedUp: 1, applied: 0, expired: 1, unavailable: 0 });
    expect(runner.lookups.map((l) => l.callId)).toEqual([open.providerRef]);
    const rows = await attemptsOf(t, initiationId);
    expect(rows.map((r) => [r.status, r.outcome])).toEqual([
      ['initiated', 'busy'],
      ['initiated', 'expired'],
      ['failed', null],
    ]);
    expect(rows[0].outcomeAt).toEqual(at);
    expect(await eventsOf(t, final.attemptId)).toEqual([{ event: 'busy', at, source: 'voice' }]);
    expect(await eventsOf(t, failed.attemptId)).toEqual([]);
  });

  it('changes nothing when a real final event lands while the lookup is out (the expiry comes second)', async () => {
    const { initiationId, attempts } = await initiateFresh(t, org, 'calls', 1);
    const [only] = attempts;
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    runner.answerLookup(only.providerRef ?? '', { status: 404, until });
    t.clock.advance(TIMEOUT_MS + 1000);

    const sweeping = sweepOf(t).sweep();
    const asked = (): number => runner.lookupsOf(only.providerRef ?? '').length;
    for (let i = 0; i < 200 && asked() === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(asked()).toBe(1);
    // Claimed and asked; meanwhile the runner's real event reaches the events route.
    const at = new Date(t.clock.now().getTime() - 60_000);
    await t.app.get(OutcomeService).apply([{ attemptId: only.attemptId, event: 'completed', at, durationSec: 12 }], {
      channel: 'calls',
      source: 'voice',
    });
    release();
    expect(await sweeping).toMatchObject({ lookedUp: 1, expired: 1 });

    const [row] = await attemptsOf(t, initiationId);
    expect(row).toMatchObject({
      outcome: 'completed',
      outcomeAt: at,
      outcomeReason: null,
      durationSec: 12,
      checkAt: null,
    });
    // The late expiry is only history.
    expect((await eventsOf(t, only.attemptId)).map((e) => [e.event, e.source])).toEqual([
      ['completed', 'voice'],
      ['expired', 'sweep'],
    ]);
  });
});
