import { Clock } from '../../src/common/clock';
import { SandboxEvents } from '../../src/providers/sandbox-events';
import { createTestApp, TestApp } from '../support/app';
import { Relay } from '../support/fakes/relay';
import { waitUntil } from '../support/faults/wait';
import { eventsOf, outcomeOf, Sent, sentInitiation } from '../support/inbound';
import { isolatedEnv } from '../support/initiate';
import { closedPortUrl } from '../support/provider-batches';

/**
 * The sandbox providers report outcomes (SPEC §9) when PUBLIC_BASE_URL and the channel's secret
 * are set: signed posts to the service's own inbound routes, after the batch was accepted.
 */
describe('sandbox providers report outcomes to the service', () => {
  const relay = new Relay();
  let t: TestApp;

  beforeAll(async () => {
    await relay.start();
    t = await createTestApp({
      PUBLIC_BASE_URL: relay.url,
      VOICE_RUNNER_SECRET: 'sandbox-voice-secret',
      SMS_GATEWAY_SECRET: 'sandbox-sms-secret',
      ...isolatedEnv('sandbox-events'),
    });
    relay.target = t.url;
  }, 60000);
  afterAll(async () => {
    await t.close();
    await relay.close();
  });

  const reported = (path: string) =>
    waitUntil(
      `the sandbox's post to ${path}`,
      () => relay.relayed.filter((r) => r.path === path),
      (posts) => posts.length > 0,
      10_000,
    );

  it('calls: ringing, then a final outcome drawn from the attempt id, each applied', async () => {
    const sent: Sent = await sentInitiation(t, 'calls', 8);
    const [post] = await reported('/api/v1/providers/voice/events');
    expect(post.status).toBe(200);
    expect(post.answer).toEqual({ success: true, accepted: 16, duplicates: 0, unknown: [] });
    for (const id of sent.attempts) {
      const outcome = await outcomeOf(t, id);
      expect(['completed', 'no_answer', 'busy', 'voicemail']).toContain(outcome.outcome);
      const history = await eventsOf(t, id);
      expect(history.map((e) => [e.event === 'ringing' ? 'ringing' : 'final', e.source])).toEqual([
        ['ringing', 'voice'],
        ['final', 'voice'],
      ]);
    }
  });

  it('SMS: sent, then delivered or undelivered', async () => {
    const sent: Sent = await sentInitiation(t, 'sms', 8);
    const [post] = await reported('/api/v1/providers/sms/receipts');
    expect(post.answer).toEqual({ success: true, accepted: 16, duplicates: 0, unknown: [] });
    for (const id of sent.attempts) {
      expect(['delivered', 'undelivered']).toContain((await outcomeOf(t, id)).outcome);
    }
  });
});

describe('SandboxEvents', () => {
  it('never throws when the service cannot be reached (the batch is not failed), and settles', async () => {
    const clock: Clock = { now: () => new Date('2026-03-02T06:30:00Z') };
    const events = new SandboxEvents(
      { url: `${await closedPortUrl()}/api/v1/providers/voice/events`, secret: 's', key: 'events' },
      clock,
      'SandboxVoiceProvider',
    );
    expect(() => events.report([{ attemptId: 'att_1', event: 'ringing', at: '2026-03-02T06:30:01Z' }])).not.toThrow();
    await expect(events.settled()).resolves.toBeUndefined();
  });
});
