import { bearer, TestApp } from '../support/app';
import { EventPoster, repeated, shuffled } from '../support/fakes/event-poster';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { eventsOf, outcomeOf, providerRig, ProviderRig, Sent } from '../support/inbound';

const SECRET = 'runner-secret-outcomes';

/**
 * The voice runner's events end to end (SPEC §9): calls initiated through the real pipeline on the
 * fake runner, whose events come back shuffled, repeated and late; the outcomes read from the
 * database.
 */
describe('voice events move outcomes forward', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  let t: TestApp;
  let runnerPosts: EventPoster;
  let sent: Sent;

  let rig: ProviderRig;

  beforeAll(async () => {
    rig = await providerRig('calls', runner, SECRET, 'voice-events-outcomes', 6);
    ({ t, posts: runnerPosts, sent: sent } = rig);
  }, 60000);
  afterAll(() => rig.close());

  const at = (s: number): string => new Date(Date.parse('2026-03-02T06:31:00Z') + s * 1000).toISOString();

  it('reaches the final outcome with its fields whatever the order and however often each event comes', async () => {
    const [done, missed] = sent.attempts;
    const [doneCall, missedCall] = sent.refs;
    const events = [
      { attemptId: done, callId: doneCall, event: 'ringing', at: at(1) },
      { attemptId: done, callId: doneCall, event: 'in_progress', at: at(5) },
      {
        attemptId: done,
        callId: doneCall,
        event: 'completed',
        at: at(99),
        durationSec: 94,
        disposition: 'PROMISE TO PAY',
        summary: 'Will pay on Friday',
        recordingUrl: 'https://runner.example/rec/1.mp3',
        extracted: { promised_date: '2026-03-06', amount: 4242 },
        sentiment: 'positive',
      },
      { attemptId: missed, callId: missedCall, event: 'ringing', at: at(1) },
      { attemptId: missed, callId: missedCall, event: 'no_answer', at: at(31), durationSec: 0 },
    ];
    for (const seed of [3, 11]) {
      const answers = await runnerPosts.postInChunks(shuffled(repeated(events, 2), seed), 4);
      const accepted = answers.reduce((n, r) => n + (r.body.accepted as number), 0);
      const duplicates = answers.reduce((n, r) => n + (r.body.duplicates as number), 0);
      // The first round stores each event once; the second finds them all already there.
      expect({ seed, accepted, duplicates }).toEqual(
        seed === 3 ? { seed, accepted: 5, duplicates: 5 } : { seed, accepted: 0, duplicates: 10 },
      );
    }

    expect(await outcomeOf(t, done)).toEqual({
      status: 'initiated',
      outcome: 'completed',
      outcomeAt: at(99),
      outcomeReason: null,
      durationSec: 94,
      dispositionId: sent.org.dispositionId,
      disposition: 'Promise to pay',
      summary: 'Will pay on Friday',
      recordingUrl: 'https://runner.example/rec/1.mp3',
      extracted: { promised_date: '2026-03-06', amount: 4242 },
    });
    expect(await outcomeOf(t, missed)).toMatchObject({ outcome: 'no_answer', outcomeAt: at(31), durationSec: 0 });
    expect((await eventsOf(t, done)).map((e) => e.event).sort()).toEqual(['completed', 'in_progress', 'ringing']);
  });

  it('keeps late events in the history without moving the outcome back or rewriting the final one', async () => {
    const id = sent.attempts[2];
    await runnerPosts.post([{ attemptId: id, event: 'busy', at: at(20), durationSec: 0 }]);
    const late = await runnerPosts.post([
      { attemptId: id, event: 'ringing', at: at(25) },
      { attemptId: id, event: 'completed', at: at(80), durationSec: 60, summary: 'late' },
    ]);
    expect(late.body).toEqual({ success: true, accepted: 2, duplicates: 0, unknown: [] });
    expect(await outcomeOf(t, id)).toMatchObject({ outcome: 'busy', outcomeAt: at(20), durationSec: 0, summary: null });
    expect((await eventsOf(t, id)).map((e) => e.event)).toEqual(['busy', 'ringing', 'completed']);
  });

  it("resolves a disposition by the organization's id or name (any case), else keeps the text with id null", async () => {
    const [byId, byName, byText] = sent.attempts.slice(3, 6);
    const other = await t.http.post('/api/v1/dispositions').set(bearer(sent.org.key)).send({ name: 'Wrong number' });
    const otherId = other.body.data.id as string;
    // Another organization's disposition of the same name must not match.
    const stranger = await t.createOrg('Stranger');
    await t.http.post('/api/v1/dispositions').set(bearer(stranger.apiKey)).send({ name: 'Callback later' });

    const res = await runnerPosts.post([
      { attemptId: byId, event: 'completed', at: at(40), disposition: otherId },
      { attemptId: byName, event: 'completed', at: at(40), disposition: '  wrong NUMBER ' },
      { attemptId: byText, event: 'completed', at: at(40), disposition: 'Callback later' },
    ]);
    expect(res.body).toMatchObject({ accepted: 3 });
    expect(await outcomeOf(t, byId)).toMatchObject({ dispositionId: otherId, disposition: 'Wrong number' });
    expect(await outcomeOf(t, byName)).toMatchObject({ dispositionId: otherId, disposition: 'Wrong number' });
    expect(await outcomeOf(t, byText)).toMatchObject({ dispositionId: null, disposition: 'Callback later' });
  });
});
