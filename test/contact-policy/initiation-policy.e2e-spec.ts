import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { BatchItem, FakeBatchServer, FakeReply } from '../support/fakes/fake-runner';
import { allAttempts, initiate, InitiateChannel, initiationRows, isolatedEnv } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';

/**
 * SPEC §7 inside initiations, on both channels, with the injected clock: who reaches the fake
 * runner and gateway, who is reported excluded and why, and that the attempt rows agree.
 */

const KOLKATA = 'Asia/Kolkata';
const NEW_YORK = 'America/New_York';
const DUBAI = 'Asia/Dubai';
// Monday 2 March 2026. 12:00 UTC = 17:30 Kolkata, 16:00 Dubai, 07:00 New York.
const NOON_UTC = '2026-03-02T12:00:00.000Z';
// 17:00 UTC = 22:30 Kolkata, 21:00 Dubai, 12:00 New York.
const EVENING_UTC = '2026-03-02T17:00:00.000Z';
const NY_OPENS = '2026-03-02T13:00:00.000Z'; // 08:00 EST

const usPhone = (n: number): string => `+1201555${String(n).padStart(4, '0')}`;
const uaePhone = (n: number): string => `+97150${String(n).padStart(7, '0')}`;

interface Lender {
  org: OrgSetup;
  campaignId: string;
}

describe('contact policy inside every initiation (SPEC §7)', () => {
  const runner = FakeBatchServer.voiceRunner();
  const gateway = FakeBatchServer.smsGateway(undefined, 'messageId');
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    await runner.start();
    await gateway.start();
    t = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      DISPATCH_BACKOFF_MS: '10',
      BATCH_SIZE: '5',
      ...isolatedEnv('policy'),
    });
    db = t.app.get(DataSource);
  }, 60000);
  afterAll(async () => {
    await t.close();
    await runner.close();
    await gateway.close();
  });
  beforeEach(() => {
    runner.reset();
    gateway.reset();
    t.clock.set(NOON_UTC);
  });

  async function lender(records: unknown[], campaign: Record<string, unknown> = {}): Promise<Lender> {
    const org = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}, your EMI is due.' });
    const campaignId = await createCampaign(t, org.key, campaign);
    await bulkAdd(t, org.key, campaignId, records);
    return { org, campaignId };
  }

  const send = (l: Lender, channel: InitiateChannel, extra: object = {}, query = '', campaignId = l.campaignId) =>
    initiate(t, {
      channel,
      campaignId,
      key: l.org.key,
      query,
      body:
        channel === 'calls'
          ? { agentId: l.org.agentId, dispositionId: l.org.dispositionId, ...extra }
          : { templateId: l.org.templateId, ...extra },
    });

  const putPolicy = (l: Lender, body: object) =>
    t.http.put('/api/v1/contact-policy').set(bearer(l.org.key)).send(body).expect(200);

  const addDnc = (l: Lender, entries: object[]) =>
    t.http.post('/api/v1/do-not-contact').set(bearer(l.org.key)).send({ entries }).expect(201);

  const reached = (channel: InitiateChannel): string[] =>
    (channel === 'calls' ? runner : gateway)
      .received()
      .map((i) => String(i.customerId))
      .sort();

  /** Excluded attempt rows by reason, read from the database (the report must agree). */
  async function excludedRows(initiationId: string): Promise<Record<string, string[]>> {
    const rows = await db.query<Array<{ reason: string; external_id: Buffer }>>(
      "SELECT reason, external_id FROM attempts WHERE initiation_id = ? AND status = 'excluded' ORDER BY customer_row_id",
      [initiationId],
    );
    const out: Record<string, string[]> = {};
    for (const r of rows) (out[r.reason] ??= []).push(r.external_id.toString('utf8'));
    return out;
  }

  const counts = (byReason: Partial<Record<string, number>>) => {
    const full = { do_not_contact: 0, attempt_cap: 0, outside_window: 0, duplicate_phone: 0, ...byReason };
    return { total: Object.values(full).reduce((a, b) => a + b, 0), byReason: full };
  };

  const threeZones = () => [
    loanRecord(1, { loan_id: 'IN-1' }),
    loanRecord(2, { loan_id: 'IN-2' }),
    loanRecord(3, { loan_id: 'NY-1', phone_number: usPhone(1), timezone: NEW_YORK }),
    loanRecord(4, { loan_id: 'NY-2', phone_number: usPhone(2), timezone: NEW_YORK }),
    loanRecord(5, { loan_id: 'AE-1', phone_number: uaePhone(1) }),
  ];

  describe('calling windows in the borrower’s local time', () => {
    it.each<[string, string, string[], string[]]>([
      ['noon UTC: India and Dubai open, New York closed', NOON_UTC, ['AE-1', 'IN-1', 'IN-2'], ['NY-1', 'NY-2']],
      ['17:00 UTC: only New York open', EVENING_UTC, ['NY-1', 'NY-2'], ['AE-1', 'IN-1', 'IN-2']],
    ])('calls at %s', async (_, at, inside, outside) => {
      t.clock.set(at);
      const l = await lender(threeZones());
      const res = await send(l, 'calls');
      expect(res.status).toBe(200);
      expect(reached('calls')).toEqual(inside);
      expect(res.body.results).toMatchObject({
        totalMatched: 5,
        customersSelected: inside.length,
        initiated: inside.length,
        failed: 0,
        excluded: counts({ outside_window: outside.length }),
      });
      expect(res.body.message).toBe(`Calls initiated for ${inside.length} customers`);
      expect((await excludedRows(res.body.initiationId as string)).outside_window.sort()).toEqual(outside);
      const attempts = await allAttempts(t, l.org.key, res.body.initiationId as string);
      const excluded = attempts.filter((a) => a.status === 'excluded');
      expect(excluded.map((a) => [a.customerId, a.reason, a.batch]).sort()).toEqual(
        outside.map((id) => [id, 'outside_window', null]),
      );
    });

    it('local time: the customer’s own zone, else its phone region’s single zone, else the campaign’s', async () => {
      t.clock.set(EVENING_UTC);
      const l = await lender(threeZones());
      const res = await send(l, 'calls', {}, '?dryRun=true');
      expect(res.body.data.excluded.samples.outside_window).toEqual([
        { customerId: 'IN-1', phone: `+91${phone(1)}`, timezone: KOLKATA },
        { customerId: 'IN-2', phone: `+91${phone(2)}`, timezone: KOLKATA },
        { customerId: 'AE-1', phone: uaePhone(1), timezone: DUBAI },
      ]);
    });

    it('SMS keeps its own window (till 21:00): at 20:30 Kolkata SMS go out, calls do not', async () => {
      t.clock.set('2026-03-02T15:00:00.000Z'); // 20:30 Kolkata
      const l = await lender([loanRecord(1), loanRecord(2)]);
      const sms = await send(l, 'sms');
      expect(sms.status).toBe(200);
      expect(sms.body.results.initiated).toBe(2);
      const calls = await send(l, 'calls');
      expect(calls.status).toBe(400);
      expect(calls.body).toEqual({
        success: false,
        message: 'All matched customers are excluded by the contact policy',
        totalMatched: 2,
        excluded: counts({ outside_window: 2 }),
      });
      expect(reached('calls')).toEqual([]);
    });

    it('a window across midnight belongs to the day it opens; the campaign zone is the fallback', async () => {
      const l = await lender(
        [
          loanRecord(1, { loan_id: 'US-1', phone_number: usPhone(11) }),
          loanRecord(2, { loan_id: 'US-2', phone_number: usPhone(12) }),
        ],
        { timezone: NEW_YORK },
      );
      await putPolicy(l, { calls: { window: { start: '22:00', end: '02:00', days: ['sun'] } } });
      t.clock.set('2026-03-02T06:30:00.000Z'); // Monday 01:30 New York: Sunday's window
      expect((await send(l, 'calls')).status).toBe(200);
      expect(reached('calls')).toEqual(['US-1', 'US-2']);
      runner.reset();
      t.clock.set('2026-03-03T06:30:00.000Z'); // Tuesday 01:30: Monday opens no window
      const refused = await send(l, 'calls');
      expect(refused.status).toBe(400);
      expect(refused.body.excluded).toEqual(counts({ outside_window: 2 }));
      expect(reached('calls')).toEqual([]);
    });
  });

  describe('do-not-contact, per channel', () => {
    it('a number listed for calls is not called but is messaged; one listed for all is neither', async () => {
      const l = await lender([loanRecord(1), loanRecord(2), loanRecord(3)]);
      await addDnc(l, [
        { phone: phone(1), channel: 'calls', reason: 'Asked not to be called' },
        { phone: `+91${phone(2)}`, channel: 'all' },
      ]);
      const calls = await send(l, 'calls');
      expect(calls.status).toBe(200);
      expect(reached('calls')).toEqual(['LOAN-000003']);
      expect(calls.body.results.excluded).toEqual(counts({ do_not_contact: 2 }));
      const sms = await send(l, 'sms');
      expect(sms.status).toBe(200);
      expect(reached('sms')).toEqual(['LOAN-000001', 'LOAN-000003']);
      expect(await excludedRows(sms.body.initiationId as string)).toEqual({ do_not_contact: ['LOAN-000002'] });
    });

    it('do_not_contact comes before the other rules', async () => {
      t.clock.set(EVENING_UTC); // India closed
      const l = await lender([loanRecord(1), loanRecord(2, { phone_number: phone(1) }), loanRecord(3)]);
      await addDnc(l, [{ phone: phone(1), channel: 'all' }]);
      const res = await send(l, 'calls');
      expect(res.status).toBe(400);
      expect(res.body.excluded).toEqual(counts({ do_not_contact: 2, outside_window: 1 }));
    });
  });

  describe('attempt caps across the organization’s campaigns', () => {
    it('counts accepted attempts of other campaigns in the rolling window, and frees the phone after it', async () => {
      const l = await lender([loanRecord(1), loanRecord(2)]);
      await putPolicy(l, { calls: { maxAttempts: { count: 2, days: 7 } } });
      expect((await send(l, 'calls')).body.results.initiated).toBe(2);
      t.clock.set('2026-03-03T12:00:00.000Z');
      // A failed attempt is not a contact: LOAN-000002's second call is rejected by the runner.
      runner.behave((request) => ({
        status: 200,
        body: {
          results: (request.body?.calls as BatchItem[]).map((c) => ({
            attemptId: c.attemptId,
            accepted: c.customerId !== 'LOAN-000002',
            callId: `call-${c.attemptId}`,
          })),
        },
      }));
      expect((await send(l, 'calls')).body.results).toMatchObject({ initiated: 1, failed: 1 });
      runner.reset();
      // Another campaign of the same organization holds the same two phones.
      const other = await createCampaign(t, l.org.key);
      await bulkAdd(t, l.org.key, other, [loanRecord(1, { loan_id: 'B-1' }), loanRecord(2, { loan_id: 'B-2' })]);
      const capped = await send(l, 'calls', {}, '', other);
      expect(capped.status).toBe(200);
      expect(reached('calls')).toEqual(['B-2']);
      expect(capped.body.results.excluded).toEqual(counts({ attempt_cap: 1 }));
      // SMS has its own cap.
      expect((await send(l, 'sms', {}, '', other)).body.results.initiated).toBe(2);
      runner.reset();
      // Seven days and a second after the first calls they leave the window: each phone keeps
      // one contact (of 3 March), under the cap of 2.
      t.clock.set('2026-03-09T12:00:01.000Z');
      const later = await send(l, 'calls', {}, '', other);
      expect(later.status).toBe(200);
      expect(reached('calls')).toEqual(['B-1', 'B-2']);
    });

    it('another organization’s contacts never count', async () => {
      const a = await lender([loanRecord(1)]);
      const b = await lender([loanRecord(1)]);
      await putPolicy(a, { calls: { maxAttempts: { count: 1, days: 7 } } });
      await putPolicy(b, { calls: { maxAttempts: { count: 1, days: 7 } } });
      expect((await send(a, 'calls')).body.results.initiated).toBe(1);
      expect((await send(b, 'calls')).body.results.initiated).toBe(1);
    });
  });

  describe('duplicate phones', () => {
    it('the earlier customer (creation order) is reached, later ones are excluded; an excluded twin does not count', async () => {
      t.clock.set(NOON_UTC);
      const l = await lender([
        loanRecord(1, { loan_id: 'A', phone_number: usPhone(7), timezone: NEW_YORK }), // outside window
        loanRecord(2, { loan_id: 'B', phone_number: usPhone(7) }), // Kolkata (campaign zone): first not excluded
        loanRecord(3, { loan_id: 'C', phone_number: usPhone(7) }), // duplicate of B
        loanRecord(4, { loan_id: 'D' }),
        loanRecord(5, { loan_id: 'E', phone_number: phone(4) }), // duplicate of D
      ]);
      const res = await send(l, 'calls');
      expect(res.status).toBe(200);
      expect(reached('calls')).toEqual(['B', 'D']);
      expect(await excludedRows(res.body.initiationId as string)).toEqual({
        outside_window: ['A'],
        duplicate_phone: ['C', 'E'],
      });
      runner.reset();
      await putPolicy(l, { dedupePhone: false });
      const all = await send(l, 'calls');
      expect(reached('calls')).toEqual(['B', 'C', 'D', 'E']);
      expect(all.body.results.excluded).toEqual(counts({ outside_window: 1 }));
    });
  });

  describe('limit, refusals and dry runs', () => {
    it('limit takes the first of those left after the exclusions', async () => {
      const l = await lender(Array.from({ length: 10 }, (_, i) => loanRecord(i + 1)));
      await addDnc(
        l,
        [1, 2, 4].map((n) => ({ phone: phone(n), channel: 'calls' })),
      );
      const res = await send(l, 'calls', { limit: 5 });
      expect(res.status).toBe(200);
      expect(res.body.results).toMatchObject({
        totalMatched: 10,
        customersSelected: 5,
        initiated: 5,
        excluded: counts({ do_not_contact: 3 }),
      });
      expect(reached('calls')).toEqual(['LOAN-000003', 'LOAN-000005', 'LOAN-000006', 'LOAN-000007', 'LOAN-000008']);
    });

    it('everyone excluded: 400 with the counts, and nothing is written or dispatched', async () => {
      t.clock.set(EVENING_UTC);
      const l = await lender([loanRecord(1), loanRecord(2), loanRecord(3)]);
      await addDnc(l, [{ phone: phone(3), channel: 'sms' }]);
      const before = await initiationRows(t, [l.org.orgId]);
      for (const channel of ['calls', 'sms'] as const) {
        const res = await send(l, channel);
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          success: false,
          message: 'All matched customers are excluded by the contact policy',
          totalMatched: 3,
          excluded:
            channel === 'calls' ? counts({ outside_window: 3 }) : counts({ do_not_contact: 1, outside_window: 2 }),
        });
      }
      expect(await initiationRows(t, [l.org.orgId])).toEqual(before);
      expect(runner.requests).toHaveLength(0);
      expect(gateway.requests).toHaveLength(0);
    });

    it('dryRun reports the exclusions with up to 20 samples per reason, and dispatches nothing', async () => {
      const records = [
        ...Array.from({ length: 25 }, (_, i) =>
          loanRecord(i + 1, { phone_number: usPhone(100 + i), timezone: NEW_YORK }),
        ),
        loanRecord(30),
        loanRecord(31, { phone_number: phone(30) }),
      ];
      const l = await lender(records);
      const res = await send(l, 'calls', {}, '?dryRun=true');
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({
        totalMatched: 27,
        customersSelected: 1,
        batches: 1,
        missingVariables: [],
        excluded: counts({ outside_window: 25, duplicate_phone: 1 }),
      });
      const samples = res.body.data.excluded.samples as Record<string, Array<{ customerId: string }>>;
      expect(samples.outside_window).toHaveLength(20);
      expect(samples.outside_window[0]).toEqual({ customerId: 'LOAN-000001', phone: usPhone(100), timezone: NEW_YORK });
      expect(samples.duplicate_phone).toEqual([
        { customerId: 'LOAN-000031', phone: `+91${phone(30)}`, timezone: KOLKATA },
      ]);
      expect(samples.do_not_contact).toEqual([]);
      expect(runner.requests).toHaveLength(0);
      expect(await initiationRows(t, [l.org.orgId])).toEqual({ initiations: 0, attempts: 0 });
    });

    it('missing variables are checked on the selected customers only, after the exclusions', async () => {
      const l = await lender([
        loanRecord(1, { first_name: null, phone_number: usPhone(40), timezone: NEW_YORK }),
        loanRecord(2),
      ]);
      const res = await send(l, 'calls');
      expect(res.status).toBe(200);
      expect(reached('calls')).toEqual(['LOAN-000002']);
    });
  });

  describe('SMS DLT rules', () => {
    const template = (l: Lender, body: object) =>
      t.http
        .post('/api/v1/sms/templates')
        .set(bearer(l.org.key))
        .send({ name: 'T', body: 'Hello {{first_name}}', ...body })
        .expect(201)
        .then((r) => r.body.data.id as string);

    it('refuses a template without a DLT id, or with a sender id that is not 6 letters, unless requireDlt is off', async () => {
      const l = await lender([loanRecord(1)]);
      const noDlt = await template(l, { senderId: 'TMPPAY' });
      const badSender = await template(l, { senderId: 'TMP123', dltTemplateId: '1107161234567890123' });
      const before = await initiationRows(t, [l.org.orgId]);
      for (const [id, message] of [
        [noDlt, 'Template is not DLT-registered'],
        [badSender, 'Sender ID must be 6 letters'],
      ]) {
        const res = await send(l, 'sms', { templateId: id });
        expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: { success: false, message } });
        expect((await send(l, 'sms', { templateId: id }, '?dryRun=true')).status).toBe(400);
      }
      expect(await initiationRows(t, [l.org.orgId])).toEqual(before);
      await putPolicy(l, { requireDlt: false });
      expect((await send(l, 'sms', { templateId: noDlt })).status).toBe(200);
    });
  });

  describe('outsideWindow: "schedule"', () => {
    const queue = (): Queue => t.app.get<Queue>(getQueueToken('calls'));
    const status = (l: Lender, id: string) =>
      t.http
        .get(`/api/v1/initiations/${id}`)
        .set(bearer(l.org.key))
        .then((r) => r.body.data as { status: string; results: Record<string, unknown> });

    async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
      let value = await read();
      for (let i = 0; i < 200 && !done(value); i++) {
        await new Promise((r) => setTimeout(r, 50));
        value = await read();
      }
      return value;
    }

    it('defers customers outside their window to a delayed wave that runs when it opens', async () => {
      const l = await lender(threeZones(), { contactPolicy: { outsideWindow: 'schedule' } });
      const res = await send(l, 'calls');
      expect(res.status).toBe(202);
      expect(res.body.data.status).toBe('scheduled');
      const id = res.body.data.initiationId as string;
      // Kolkata and Dubai go now; New York waits.
      await until(
        () => Promise.resolve(reached('calls')),
        (r) => r.length === 3,
      );
      expect(reached('calls')).toEqual(['AE-1', 'IN-1', 'IN-2']);
      expect((await status(l, id)).status).toBe('scheduled');
      const delayed = await queue().getDelayed();
      const wave = delayed.filter((j) => (j.data as { initiationId: string }).initiationId === id);
      expect(wave).toHaveLength(1);
      expect(wave[0].opts.delay).toBe(new Date(NY_OPENS).getTime() - new Date(NOON_UTC).getTime());
      // The window opens: the delayed job's timer fires.
      t.clock.set(NY_OPENS);
      await wave[0].promote();
      const done = await until(
        () => status(l, id),
        (s) => s.status === 'completed',
      );
      expect(done.results).toMatchObject({ customersSelected: 5, initiated: 5, failed: 0, excluded: counts({}) });
      expect(reached('calls')).toEqual(['AE-1', 'IN-1', 'IN-2', 'NY-1', 'NY-2']);
    });

    it('numbers each wave’s batches after the earlier waves’, one delayed job per batch at its opening', async () => {
      const la = (n: number) =>
        loanRecord(100 + n, { loan_id: `LA-${n}`, phone_number: usPhone(200 + n), timezone: 'America/Los_Angeles' });
      const ny = (n: number) =>
        loanRecord(300 + n, { loan_id: `NY-${n}`, phone_number: usPhone(400 + n), timezone: NEW_YORK });
      // Creation order mixes the zones; BATCH_SIZE is 5.
      const records = [la(1), ...Array.from({ length: 7 }, (_, i) => loanRecord(i + 1)), ny(1), la(2), la(3), ny(2)];
      records.push(la(4), la(5), la(6));
      const l = await lender(records, { contactPolicy: { outsideWindow: 'schedule' } });
      const res = await send(l, 'calls');
      expect(res.status).toBe(202);
      const id = res.body.data.initiationId as string;
      const [row] = await db.query<Array<{ schedule: string; batch_count: number }>>(
        'SELECT schedule, batch_count FROM initiations WHERE id = ?',
        [id],
      );
      expect(JSON.parse(row.schedule)).toEqual([
        { from: 3, to: 3, at: NY_OPENS },
        { from: 4, to: 5, at: '2026-03-02T16:00:00.000Z' }, // 08:00 in Los Angeles
      ]);
      expect(Number(row.batch_count)).toBe(5);
      const batches = await db.query<Array<{ batch: number; n: string; ids: string }>>(
        'SELECT batch, COUNT(*) AS n, GROUP_CONCAT(CAST(external_id AS CHAR) ORDER BY customer_row_id) AS ids FROM attempts WHERE initiation_id = ? GROUP BY batch ORDER BY batch',
        [id],
      );
      expect(batches.map((b) => [Number(b.batch), Number(b.n)])).toEqual([
        [1, 5],
        [2, 2],
        [3, 2],
        [4, 5],
        [5, 1],
      ]);
      expect(batches[2].ids).toBe('NY-1,NY-2');
      const delayed = (await queue().getDelayed())
        .filter((j) => (j.data as { initiationId: string }).initiationId === id)
        .map((j) => [(j.data as { batch: number }).batch, j.opts.delay])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      const noon = new Date(NOON_UTC).getTime();
      expect(delayed).toEqual([
        [3, new Date(NY_OPENS).getTime() - noon],
        [4, 4 * 3_600_000],
        [5, 4 * 3_600_000],
      ]);
      // Wave 0 (Kolkata) goes at once; the delayed waves are not this test's business.
      await until(
        () => Promise.resolve(reached('calls')),
        (r) => r.length === 7,
      );
      expect(reached('calls')).toEqual(Array.from({ length: 7 }, (_, i) => `LOAN-00000${i + 1}`));
      for (const job of await queue().getDelayed()) {
        if ((job.data as { initiationId: string }).initiationId === id) await job.remove();
      }
    });

    it('checks the window again at dispatch: a wave run before it opens is excluded, never sent', async () => {
      const l = await lender(threeZones().slice(2, 4), { contactPolicy: { outsideWindow: 'schedule' } });
      const res = await send(l, 'calls');
      expect(res.status).toBe(202);
      const id = res.body.data.initiationId as string;
      const [job] = (await queue().getDelayed()).filter(
        (j) => (j.data as { initiationId: string }).initiationId === id,
      );
      t.clock.set('2026-03-02T12:59:00.000Z'); // 07:59 New York
      await job.promote();
      const done = await until(
        () => status(l, id),
        (s) => s.status === 'completed',
      );
      expect(done.results).toMatchObject({ initiated: 0, failed: 0, excluded: counts({ outside_window: 2 }) });
      expect(runner.requests).toHaveLength(0);
      expect(await excludedRows(id)).toEqual({ outside_window: ['NY-1', 'NY-2'] });
    });
  });

  describe('the dispatch-time check of every batch', () => {
    it('a batch that waited past the window, or whose number was listed meanwhile, is excluded, never sent late', async () => {
      const prefix = `${isolatedEnv('policy').QUEUE_PREFIX}_late`;
      const env = { VOICE_PROVIDER: 'http', VOICE_RUNNER_URL: runner.url, BATCH_SIZE: '2', QUEUE_PREFIX: prefix };
      const api = await createTestApp({ ...env, APP_ROLE: 'api' });
      try {
        api.clock.set('2026-03-02T13:20:00.000Z'); // 18:50 Kolkata
        const org = await setupOrg(api, { variables: ['first_name'] });
        const campaignId = await createCampaign(api, org.key);
        await bulkAdd(api, org.key, campaignId, [loanRecord(1), loanRecord(2), loanRecord(3), loanRecord(4)]);
        const res = await initiate(api, {
          channel: 'calls',
          campaignId,
          key: org.key,
          headers: { Prefer: 'respond-async' },
          body: { agentId: org.agentId, dispositionId: org.dispositionId },
        });
        expect(res.status).toBe(202);
        await api.http
          .post('/api/v1/do-not-contact')
          .set(bearer(org.key))
          .send({ entries: [{ phone: phone(4), channel: 'all' }] })
          .expect(201);
        // The worker comes up at 19:05 Kolkata: the window has closed.
        const worker = await createTestApp({ ...env, APP_ROLE: 'worker' });
        worker.clock.set('2026-03-02T13:35:00.000Z');
        try {
          const id = res.body.data.initiationId as string;
          let body: { data: { status: string; results: Record<string, unknown> } } | undefined;
          for (let i = 0; i < 200; i++) {
            body = (await api.http.get(`/api/v1/initiations/${id}`).set(bearer(org.key))).body as typeof body;
            if (body?.data.status === 'completed') break;
            await new Promise((r) => setTimeout(r, 50));
          }
          expect(body?.data.status).toBe('completed');
          expect(body?.data.results).toMatchObject({
            customersSelected: 4,
            initiated: 0,
            excluded: counts({ do_not_contact: 1, outside_window: 3 }),
          });
          expect(runner.requests).toHaveLength(0);
        } finally {
          await worker.close();
        }
      } finally {
        await api.close();
      }
    });
  });

  describe('a retried batch the provider may already have taken', () => {
    /**
     * An app of its own on a runner whose first answer is `first`; the clock passes 19:00 Kolkata
     * (the calls window's end) while that first try is under way. Calls two customers once.
     */
    async function acrossTheClose(first: FakeReply, env: Record<string, string>) {
      const runnerOnce = FakeBatchServer.voiceRunner();
      await runnerOnce.start();
      const app = await createTestApp({
        VOICE_PROVIDER: 'http',
        VOICE_RUNNER_URL: runnerOnce.url,
        DISPATCH_BACKOFF_MS: '10',
        QUEUE_PREFIX: `${isolatedEnv('policy').QUEUE_PREFIX}_${randomBytes(3).toString('hex')}`,
        ...env,
      });
      try {
        app.clock.set('2026-03-02T13:29:00.000Z'); // 18:59 Kolkata
        runnerOnce.behave((request) => {
          if (request.index !== 0) return {};
          app.clock.set('2026-03-02T13:31:00.000Z'); // 19:01 before the next try
          return first;
        });
        const org = await setupOrg(app, { variables: ['first_name'] });
        const campaignId = await createCampaign(app, org.key);
        await bulkAdd(app, org.key, campaignId, [loanRecord(1), loanRecord(2)]);
        const res = await initiate(app, {
          channel: 'calls',
          campaignId,
          key: org.key,
          body: { agentId: org.agentId, dispositionId: org.dispositionId },
        });
        const [{ n }] = await app.app
          .get(DataSource)
          .query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM contact_log WHERE organization_id = ?', [org.orgId]);
        return { res, requests: runnerOnce.requests, attemptIds: runnerOnce.uniqueAttemptIds(), contacts: Number(n) };
      } finally {
        await app.close();
        await runnerOnce.close();
      }
    }

    it('is sent again under the same key, not excluded, when its window closed between the tries', async () => {
      // The runner takes the calls, then answers too late. A repeat of the key waits for the first
      // answer: one of the later tries gets it.
      const run = await acrossTheClose({ delayMs: 600 }, { VOICE_RUNNER_TIMEOUT_MS: '300', DISPATCH_ATTEMPTS: '8' });
      expect(run.res.status).toBe(200);
      expect(run.res.body.results).toMatchObject({ initiated: 2, failed: 0, excluded: counts({}) });
      expect(run.requests.length).toBeGreaterThanOrEqual(2);
      expect(new Set(run.requests.map((r) => r.idempotencyKey)).size).toBe(1);
      expect(run.attemptIds).toHaveLength(2);
      expect(run.contacts).toBe(2); // both calls count towards the caps
    });

    it('is checked again when the provider certainly did not take it (HTTP 503), and then not sent late', async () => {
      const run = await acrossTheClose({ status: 503 }, { DISPATCH_ATTEMPTS: '3' });
      expect(run.res.body.results).toMatchObject({
        initiated: 0,
        failed: 0,
        excluded: counts({ outside_window: 2 }),
      });
      expect(run.requests).toHaveLength(1);
      expect(run.contacts).toBe(0);
    });
  });
});
