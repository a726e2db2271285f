import { loadConfig } from '../../src/config/app-config';
import { TwilioSmsProvider } from '../../src/sms/providers/twilio.client';
import { FakeTwilio } from '../support/fakes/fake-twilio';
import { attemptId, closedPortUrl, recordingSink, smsBatch } from '../support/provider-batches';

/** Twilio's message lookup (`GET …/Messages/{sid}.json`) as the outcome sweep uses it (SPEC §9). */

const ATT = attemptId(1);
const NOW = new Date('2026-03-04T06:30:00.000Z');

function twilioClient(baseUrl: string, fake: FakeTwilio, token = fake.authToken): TwilioSmsProvider {
  return new TwilioSmsProvider(
    loadConfig({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: token,
      TWILIO_BASE_URL: baseUrl,
      SMS_GATEWAY_TIMEOUT_MS: '1000',
    }),
  );
}

describe('TwilioSmsProvider.lookupMessage against a fake Twilio', () => {
  const fake = new FakeTwilio();
  let client: TwilioSmsProvider;
  let sid: string;

  beforeAll(async () => {
    await fake.start();
    client = twilioClient(fake.url, fake);
  });
  beforeEach(async () => {
    fake.reset();
    const { sink, outcomes } = recordingSink();
    await client.sendSms(smsBatch(1), sink);
    sid = outcomes()[0].providerRef ?? '';
  });
  afterAll(() => fake.close());

  it('maps delivered to a final event at date_updated, with Basic auth', async () => {
    fake.answerLookup(sid, { status: 'delivered', dateUpdated: 'Wed, 04 Mar 2026 06:01:02 +0000' });
    const answer = await client.lookupMessage(ATT, sid, NOW);
    expect(fake.lookups).toEqual([sid]);
    expect(answer).toEqual({
      kind: 'event',
      event: {
        attemptId: ATT,
        providerRef: sid,
        event: 'delivered',
        at: new Date('2026-03-04T06:01:02.000Z'),
        payload: { status: 'delivered', error_code: null, error_message: null },
      },
    });
  });

  it.each([
    ['undelivered', 30003, 'Unreachable destination handset', 'Unreachable destination handset'],
    ['failed', 30008, undefined, 'Twilio error 30008'],
  ])('maps %s to a final event with the reason', async (status, errorCode, errorMessage, reason) => {
    fake.answerLookup(sid, { status, errorCode, errorMessage, dateUpdated: 'Wed, 04 Mar 2026 06:01:02 +0000' });
    const answer = await client.lookupMessage(ATT, sid, NOW);
    expect(answer).toMatchObject({ kind: 'event', event: { event: status, reason } });
  });

  it('maps sent to a non-final event, at the sweep time when Twilio gives none', async () => {
    fake.answerLookup(sid, { status: 'sent' });
    const answer = await client.lookupMessage(ATT, sid, NOW);
    expect(answer).toMatchObject({ kind: 'event', event: { event: 'sent', at: NOW } });
    expect(answer.kind === 'event' && 'reason' in answer.event).toBe(false);
  });

  it.each(['queued', 'sending', 'accepted'])('answers unknown for %s (not an SMS outcome yet)', async (status) => {
    fake.answerLookup(sid, { status });
    expect(await client.lookupMessage(ATT, sid, NOW)).toEqual({ kind: 'unknown' });
  });

  it('answers unknown for a message Twilio does not know (404)', async () => {
    expect(await client.lookupMessage(ATT, 'SMffffffffffffffffffffffffffffffff', NOW)).toEqual({ kind: 'unknown' });
  });

  it('answers unavailable on 5xx, on no answer in time, and when Twilio cannot be reached', async () => {
    fake.answerLookup(sid, { http: 503 });
    expect(await client.lookupMessage(ATT, sid, NOW)).toEqual({
      kind: 'unavailable',
      reason: 'Twilio error: HTTP 503',
    });
    fake.answerLookup(sid, 'hang');
    expect(await client.lookupMessage(ATT, sid, NOW)).toEqual({ kind: 'unavailable', reason: 'Twilio timeout' });
    const gone = twilioClient(await closedPortUrl(), fake);
    expect(await gone.lookupMessage(ATT, sid, NOW)).toEqual({ kind: 'unavailable', reason: 'Twilio unreachable' });
  });

  it('answers unavailable (not unknown) when the credentials are refused', async () => {
    const wrong = twilioClient(fake.url, fake, 'wrong-token');
    expect(await wrong.lookupMessage(ATT, sid, NOW)).toEqual({ kind: 'unavailable', reason: 'Twilio error: HTTP 401' });
  });
});
