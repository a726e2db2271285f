import { DataSource } from 'typeorm';
import { OutcomeService } from '../../../src/initiations/outcomes/outcome.service';
import type { ProviderEvent } from '../../../src/initiations/outcomes/provider-event';
import { BatchStore, OpenAttempt } from '../../../src/initiations/persistence/batch.store';
import { MetricsService } from '../../../src/operations/metrics.service';
import { createTestApp, TestApp } from '../../support/app';
import { attemptsFixture, AttemptsFixture } from '../../support/attempts-fixture';

const NOW = new Date('2026-03-02T06:30:00.000Z');
const CUSTOMERS = 7;
const at = (minutes: number): Date => new Date(NOW.getTime() + minutes * 60_000);

interface Row {
  status: string;
  outcome: string | null;
  outcome_rank: number;
  outcome_at: Date | null;
  duration_sec: number | null;
  summary: string | null;
  disposition: string | null;
  provider_ref: string | null;
  initiated_at: Date | null;
  check_at: Date | null;
  from_phone: string | null;
}

/**
 * SPEC §9 against the real database: every event kept once, the outcome only forward, the first
 * final outcome written once, and an event for a queued attempt racing the dispatcher's own write.
 */
describe('outcomes: OutcomeService and its store', () => {
  let t: TestApp;
  let db: DataSource;
  let outcomes: OutcomeService;
  let batches: BatchStore;
  let fixture: AttemptsFixture;

  beforeAll(async () => {
    t = await createTestApp({ APP_ROLE: 'api', CALL_OUTCOME_TIMEOUT_S: '600' });
    t.clock.set(NOW);
    db = t.app.get(DataSource);
    outcomes = t.app.get(OutcomeService);
    batches = t.app.get(BatchStore);
    fixture = await attemptsFixture(t, { customers: CUSTOMERS, now: NOW, prefix: 'outcome_spec' });
  });
  afterAll(() => t.close());

  const row = async (attemptId: string): Promise<Row> => {
    const [r] = await db.query<Row[]>(
      'SELECT status, outcome, outcome_rank, outcome_at, duration_sec, summary, disposition, provider_ref, initiated_at, check_at, from_phone FROM attempts WHERE attempt_id = ?',
      [attemptId],
    );
    return r;
  };
  const history = async (attemptId: string): Promise<string[]> => {
    const rows = await db.query<Array<{ event: string }>>(
      'SELECT e.event FROM attempt_events e JOIN attempts a ON a.id = e.attempt_row_id WHERE a.attempt_id = ? ORDER BY e.id',
      [attemptId],
    );
    return rows.map((r) => r.event);
  };
  const contacts = async (phone: string): Promise<number> => {
    const [r] = await db.query<Array<{ n: string }>>(
      'SELECT COUNT(*) AS n FROM contact_log WHERE organization_id = ? AND phone = ?',
      [fixture.orgId, phone],
    );
    return Number(r.n);
  };
  const initiated = async (id: string): Promise<number> => {
    const [r] = await db.query<Array<{ initiated: number }>>('SELECT initiated FROM initiations WHERE id = ?', [id]);
    return Number(r.initiated);
  };
  const apply = (events: ProviderEvent[]) => outcomes.apply(events, { channel: 'calls', source: 'voice' });

  /** A batch handed over by the dispatcher's own write: `initiated`, with its from number. */
  async function handedOver(): Promise<{ id: string; open: OpenAttempt[] }> {
    const { id } = await fixture.newInitiation();
    const open = await batches.open(id, 1);
    const accepted = open.map((a) => ({
      attemptId: a.attemptId,
      accepted: true,
      providerRef: `call-${a.attemptId}`,
      from: '+918000000001',
    }));
    const phones = new Map(open.map((a) => [a.attemptId, a.phone]));
    await batches.recordAccepted(
      { id, organizationId: fixture.orgId, channel: 'calls' },
      1,
      accepted,
      (a) => phones.get(a)!,
      NOW,
    );
    return { id, open };
  }

  it('the dispatcher hands over with the start time, the from number and when the sweep looks', async () => {
    const { open } = await handedOver();
    const r = await row(open[0].attemptId);
    expect([r.status, r.outcome, r.outcome_rank, r.from_phone]).toEqual(['initiated', null, 0, '+918000000001']);
    expect(new Date(r.initiated_at!).toISOString()).toBe(NOW.toISOString());
    expect(new Date(r.check_at!).toISOString()).toBe(at(10).toISOString());
  });

  it('moves forward only: a late ringing after completed changes nothing, and each event is kept', async () => {
    const { open } = await handedOver();
    const id = open[0].attemptId;
    expect(await apply([{ attemptId: id, event: 'ringing', at: at(1) }])).toEqual({
      accepted: 1,
      duplicates: 0,
      unknown: [],
    });
    expect((await row(id)).outcome).toBe('ringing');
    await apply([
      { attemptId: id, event: 'completed', at: at(3), durationSec: 95, summary: 'Promised to pay on Friday' },
      { attemptId: id, event: 'in_progress', at: at(2) },
    ]);
    await apply([{ attemptId: id, event: 'ringing', at: at(4) }]);
    const r = await row(id);
    expect([r.outcome, r.outcome_rank, r.duration_sec, r.summary, r.check_at]).toEqual([
      'completed',
      3,
      95,
      'Promised to pay on Friday',
      null,
    ]);
    expect(new Date(r.outcome_at!).toISOString()).toBe(at(3).toISOString());
    expect(await history(id)).toEqual(['ringing', 'completed', 'in_progress', 'ringing']);
  });

  it('writes the first final outcome once: a later final or a repeat with more fields fills nothing in', async () => {
    const { open } = await handedOver();
    const id = open[1].attemptId;
    await apply([{ attemptId: id, event: 'no_answer', at: at(2) }]);
    await apply([{ attemptId: id, event: 'completed', at: at(5), durationSec: 40, summary: 'late' }]);
    const repeat = await apply([{ attemptId: id, event: 'no_answer', at: at(2), durationSec: 12, summary: 'again' }]);
    expect(repeat).toEqual({ accepted: 0, duplicates: 1, unknown: [] });
    const r = await row(id);
    expect([r.outcome, r.duration_sec, r.summary]).toEqual(['no_answer', null, null]);
    expect(await history(id)).toEqual(['no_answer', 'completed']);
  });

  it('counts duplicates within one request and across requests; lists unknown and other-channel ids, not fatal', async () => {
    const { open } = await handedOver();
    const [a, b] = open.map((o) => o.attemptId);
    const result = await apply([
      { attemptId: a, event: 'ringing', at: at(1) },
      { attemptId: a, event: 'ringing', at: at(1) },
      { attemptId: 'att_000000000000000000000000', event: 'completed', at: at(2) },
      { attemptId: b, event: 'busy', at: at(2) },
    ]);
    expect(result).toEqual({ accepted: 2, duplicates: 1, unknown: ['att_000000000000000000000000'] });
    // The same attempts seen as SMS are unknown: an SMS receipt never moves a call.
    const asSms = await outcomes.apply([{ attemptId: a, event: 'delivered', at: at(3) }], {
      channel: 'sms',
      source: 'sms',
    });
    expect(asSms).toEqual({ accepted: 0, duplicates: 0, unknown: [a] });
    expect([(await row(a)).outcome, (await row(b)).outcome]).toEqual(['ringing', 'busy']);
  });

  it('a call is named by its attempt id: a callId alone names none (only SMS refs are looked up, for Twilio)', async () => {
    const { open } = await handedOver();
    const id = open[0].attemptId;
    const result = await apply([{ providerRef: `call-${id}`, event: 'voicemail', at: at(2) }]);
    expect(result).toEqual({ accepted: 0, duplicates: 0, unknown: [`call-${id}`] });
    expect((await row(id)).outcome).toBeNull();
  });

  it('an event for a queued attempt marks it initiated once; the dispatcher’s later write leaves it and counts nothing twice', async () => {
    const { id } = await fixture.newInitiation();
    const open = await batches.open(id, 1);
    const [first, second] = open;
    const before = await contacts(first.phone);
    await apply([{ attemptId: first.attemptId, providerRef: 'call-early', event: 'ringing', at: at(-1) }]);
    let r = await row(first.attemptId);
    expect([r.status, r.outcome, r.provider_ref]).toEqual(['initiated', 'ringing', 'call-early']);
    expect(new Date(r.initiated_at!).toISOString()).toBe(at(-1).toISOString());
    expect([await contacts(first.phone), await initiated(id)]).toEqual([before + 1, 1]);
    // The dispatcher's own answer arrives after: only the other attempt is written by it.
    const phones = new Map(open.map((a) => [a.attemptId, a.phone]));
    const accepted = open.map((a) => ({
      attemptId: a.attemptId,
      accepted: true,
      providerRef: `call-${a.attemptId}`,
      from: '+918000000002',
    }));
    const wrote = await batches.recordAccepted(
      { id, organizationId: fixture.orgId, channel: 'calls' },
      1,
      accepted,
      (a) => phones.get(a)!,
      NOW,
    );
    expect(wrote).toBe(1);
    r = await row(first.attemptId);
    expect([r.status, r.outcome, r.provider_ref, r.from_phone]).toEqual([
      'initiated',
      'ringing',
      'call-early',
      '+918000000002',
    ]);
    expect([await contacts(first.phone), await initiated(id)]).toEqual([before + 1, 2]);
    expect((await batches.open(id, 1)).map((a) => a.attemptId)).not.toContain(second.attemptId);
  });

  it('an event racing the dispatcher’s write: either order, each attempt initiated once, counted once', async () => {
    for (let round = 0; round < 4; round++) {
      const { id } = await fixture.newInitiation();
      const open = await batches.open(id, 2);
      const phones = new Map(open.map((a) => [a.attemptId, a.phone]));
      const before = await Promise.all(open.map((a) => contacts(a.phone)));
      const accepted = open.map((a) => ({
        attemptId: a.attemptId,
        accepted: true,
        providerRef: `call-${a.attemptId}`,
      }));
      const events: ProviderEvent[] = open.map((a) => ({ attemptId: a.attemptId, event: 'completed', at: at(1) }));
      await Promise.all([
        batches.recordAccepted(
          { id, organizationId: fixture.orgId, channel: 'calls' },
          2,
          accepted,
          (a) => phones.get(a)!,
          NOW,
        ),
        apply(events),
      ]);
      expect(await initiated(id)).toBe(open.length);
      expect(await Promise.all(open.map((a) => contacts(a.phone)))).toEqual(before.map((n) => n + 1));
      for (const a of open)
        expect([(await row(a.attemptId)).status, (await row(a.attemptId)).outcome]).toEqual(['initiated', 'completed']);
    }
  });

  it('an event for an attempt that failed at dispatch sets its outcome; its status stays failed', async () => {
    const { id } = await fixture.newInitiation();
    const [a] = await batches.open(id, 3);
    await batches.failOpen(id, 3, 'Workflow runner error: HTTP 502');
    await apply([{ attemptId: a.attemptId, event: 'failed', at: at(1) }]);
    const r = await row(a.attemptId);
    expect([r.status, r.outcome, r.initiated_at]).toEqual(['failed', 'failed', null]);
  });

  it('keeps what fits: a long Hindi summary cut to the column’s bytes, an oversized extract marked, a huge duration clamped', async () => {
    const { open } = await handedOver();
    const id = open[0].attemptId;
    const summary = 'क'.repeat(30_000); // 90,000 bytes in utf8mb4: more than TEXT's 65,535
    const extracted = { transcript: 'ह'.repeat(25_000) };
    const result = await apply([
      { attemptId: id, event: 'completed', at: at(2), summary, extracted, durationSec: 5e9, payload: extracted },
    ]);
    expect(result.accepted).toBe(1);
    const [r] = await db.query<Array<{ summary: string; extracted: string; duration_sec: string; outcome: string }>>(
      'SELECT summary, extracted, duration_sec, outcome FROM attempts WHERE attempt_id = ?',
      [id],
    );
    expect(r.outcome).toBe('completed');
    expect(Buffer.byteLength(r.summary, 'utf8')).toBeLessThanOrEqual(65_535);
    expect(r.summary).toBe('क'.repeat(21_845)); // 65,535 bytes: as much as fits, no letter cut in two
    expect(JSON.parse(r.extracted)).toEqual({ truncated: true });
    expect(Number(r.duration_sec)).toBe(4_294_967_295);
  });

  it('an implausible provider time (a skewed clock) does not back-date a hand-over: it is handed over now', async () => {
    const { id } = await fixture.newInitiation();
    const [a] = await batches.open(id, 3);
    await apply([{ attemptId: a.attemptId, event: 'ringing', at: new Date('2000-01-01T00:00:00Z') }]);
    const r = await row(a.attemptId);
    expect(r.status).toBe('initiated');
    expect(new Date(r.initiated_at!).toISOString()).toBe(NOW.toISOString());
    expect(new Date(r.check_at!).toISOString()).toBe(at(10).toISOString());
  });

  it('with sameEventIsDuplicate (Twilio: no time of its own) the same event again is a duplicate whatever its time', async () => {
    const { open } = await handedOver();
    const id = open[1].attemptId;
    const twice = (minute: number) =>
      outcomes.apply([{ attemptId: id, event: 'ringing', at: at(minute) }], {
        channel: 'calls',
        source: 'voice',
        sameEventIsDuplicate: true,
      });
    expect(await twice(1)).toEqual({ accepted: 1, duplicates: 0, unknown: [] });
    expect(await twice(2)).toEqual({ accepted: 0, duplicates: 1, unknown: [] });
    expect(await history(id)).toEqual(['ringing']);
  });

  it('counts each final outcome once in outreach_attempt_outcomes_total', async () => {
    const metrics = t.app.get(MetricsService);
    const value = async (): Promise<number> => {
      const text = await metrics.metrics();
      const line = text
        .split('\n')
        .find((l) => l.startsWith('outreach_attempt_outcomes_total{channel="calls",outcome="busy"}'));
      return Number(line?.split(' ')[1] ?? NaN);
    };
    const before = await value();
    const { open } = await handedOver();
    const event: ProviderEvent = { attemptId: open[0].attemptId, event: 'busy', at: at(2) };
    await apply([event]);
    await apply([event, { ...event, at: at(3) }]);
    expect(await value()).toBe(before + 1);
  });
});
