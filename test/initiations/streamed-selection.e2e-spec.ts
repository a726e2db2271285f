import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StreamedSelection } from '../../src/initiations/initiate/streamed-selection';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { initiate, initiationRows, isolatedEnv } from '../support/initiate';
import { setupOrg } from '../support/outreach';
import { counts, NEW_YORK, NOON_UTC, policyApp } from '../support/policy-initiation';

/**
 * Issue 20: a selection larger than SELECTION_CHUNK_SIZE is written in chunks (here 10 customers a
 * chunk, batches of 5), its first batches released while later chunks are written. The checks that
 * need the whole selection stay exact, and every customer is sent once.
 */
const CHUNK = { SELECTION_CHUNK_SIZE: '10' };
const records = (n: number, overrides: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) => loanRecord(i + 1, overrides(i + 1)));

describe('streamed selection (issue 20)', () => {
  const p = policyApp('streamed', CHUNK);
  const { lender, send, addDnc, reached, excludedRows, runner } = p;

  const batchSizes = async (initiationId: string): Promise<number[]> => {
    const rows = await p.db.query<Array<{ batch: number; n: string }>>(
      "SELECT batch, COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND status <> 'excluded' GROUP BY batch ORDER BY batch",
      [initiationId],
    );
    return rows.map((r) => Number(r.n));
  };

  it('sends every customer once, in full batches numbered from 1, and ends with the whole count', async () => {
    const l = await lender(records(57));
    const res = await send(l, 'calls');
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject({
      totalMatched: 57,
      customersSelected: 57,
      initiated: 57,
      failed: 0,
      batchesProcessed: 12,
    });
    const id = res.body.initiationId as string;
    const ids = reached('calls');
    expect(ids).toHaveLength(57);
    expect(new Set(ids).size).toBe(57);
    expect(runner.uniqueAttemptIds()).toHaveLength(57);
    // Batches span chunk boundaries: all full but the last (57 = 11 × 5 + 2).
    expect(await batchSizes(id)).toEqual([...Array.from({ length: 11 }, () => 5), 2]);
    const [row] = await p.db.query<Array<{ selecting: number; batch_count: number; status: string }>>(
      'SELECT selecting, batch_count, status FROM initiations WHERE id = ?',
      [id],
    );
    expect(row).toEqual({ selecting: 0, batch_count: 12, status: 'completed' });
  });

  it('an Idempotency-Key names the streamed initiation: the repeat answers its report and sends nothing more', async () => {
    const l = await lender(records(23));
    const call = {
      channel: 'calls' as const,
      campaignId: l.campaignId,
      key: l.org.key,
      body: { agentId: l.org.agentId, dispositionId: l.org.dispositionId },
      headers: { 'Idempotency-Key': `streamed-${randomBytes(4).toString('hex')}` },
    };
    const first = await initiate(p.t, call);
    expect(first.status).toBe(200);
    const again = await initiate(p.t, call);
    expect(again.status).toBe(200);
    expect(again.body.initiationId).toBe(first.body.initiationId);
    expect(runner.uniqueAttemptIds()).toHaveLength(23);
    expect(runner.received()).toHaveLength(23);
    expect(await initiationRows(p.t, [l.org.orgId])).toMatchObject({ initiations: 1 });
  });

  it('applies the duplicate-phone rule across chunks, in creation order, as the dry run counts it', async () => {
    // Chunks are ids 1–10, 11–20, 21–30. 25 repeats 3 (an earlier chunk), 14 repeats 12 (its own
    // chunk), 22 repeats 5, which is outside its window (New York, 07:00): 22 is sent.
    const same: Record<number, number> = { 25: 3, 14: 12, 22: 5 };
    const l = await lender(
      records(30, (i) => (same[i] ? { phone_number: phone(same[i]) } : i === 5 ? { timezone: NEW_YORK } : {})),
    );
    const dry = await send(l, 'calls', {}, '?dryRun=true');
    expect(dry.body.data).toMatchObject({
      customersSelected: 27,
      excluded: counts({ outside_window: 1, duplicate_phone: 2 }),
    });
    const res = await send(l, 'calls');
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject({ totalMatched: 30, customersSelected: 27, initiated: 27 });
    expect(await excludedRows(res.body.initiationId as string)).toEqual({
      outside_window: ['LOAN-000005'],
      duplicate_phone: ['LOAN-000014', 'LOAN-000025'],
    });
    expect(reached('calls')).toContain('LOAN-000022');
    expect(reached('calls')).toHaveLength(27);
  });

  it('a required variable missing in a late chunk: 400, nothing sent and nothing left behind', async () => {
    const l = await lender(records(45, (i) => (i === 43 ? { first_name: null } : {})));
    const before = await initiationRows(p.t, [l.org.orgId]);
    const res = await send(l, 'calls');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Cannot initiate calls: Missing variables: first_name',
      totalMatched: 45,
      customersSelected: 45,
    });
    expect(runner.requests).toHaveLength(0);
    expect(await initiationRows(p.t, [l.org.orgId])).toEqual(before);
  });

  it('a customer lacking a variable but excluded is no refusal (the exact check, after every chunk)', async () => {
    const l = await lender(records(25, (i) => (i === 17 ? { first_name: null } : {})));
    await addDnc(l, [{ phone: phone(17), channel: 'calls' }]);
    const res = await send(l, 'calls');
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject({ customersSelected: 24, initiated: 24 });
    expect(reached('calls')).not.toContain('LOAN-000017');
  });

  it('everyone excluded: 400 with the counts, nothing sent and nothing left behind', async () => {
    const l = await lender(records(22));
    await addDnc(
      l,
      Array.from({ length: 22 }, (_, i) => ({ phone: phone(i + 1), channel: 'all' })),
    );
    const before = await initiationRows(p.t, [l.org.orgId]);
    const res = await send(l, 'calls');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      success: false,
      message: 'All matched customers are excluded by the contact policy',
      totalMatched: 22,
      excluded: counts({ do_not_contact: 22 }),
    });
    expect(runner.requests).toHaveLength(0);
    expect(await initiationRows(p.t, [l.org.orgId])).toEqual(before);
  });

  it('a filtered selection is chunked too, and only its matches are sent', async () => {
    const l = await lender(records(40, (i) => ({ payment_status: i % 2 === 0 ? 'bounced' : 'paid' })));
    const res = await send(l, 'calls', { filters: { payment_status: 'bounced' } });
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject({
      totalMatched: 20,
      customersSelected: 20,
      initiated: 20,
      batchesProcessed: 4,
    });
    expect(reached('calls')).toEqual(
      Array.from({ length: 20 }, (_, i) => `LOAN-${String(2 * (i + 1)).padStart(6, '0')}`).sort(),
    );
  });
});

describe('streamed selection: its process stops mid-way, a worker resumes it', () => {
  const runner = FakeBatchServer.voiceRunner();
  const env = {
    VOICE_PROVIDER: 'http',
    BATCH_SIZE: '5',
    ...CHUNK,
    ...isolatedEnv(`streamed_resume_${randomBytes(3).toString('hex')}`),
  };
  let api: TestApp;
  let worker: TestApp | undefined;

  beforeAll(async () => {
    await runner.start();
    api = await createTestApp({ ...env, APP_ROLE: 'api', VOICE_RUNNER_URL: runner.url });
    api.clock.set(NOON_UTC);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    await runner.close();
  });
  /** A worker whose recovery sweep looks every 100 ms and takes over any silent selection. */
  const startWorker = async (): Promise<void> => {
    worker = await createTestApp({
      ...env,
      APP_ROLE: 'worker',
      VOICE_RUNNER_URL: runner.url,
      RECOVERY_INTERVAL_MS: '100',
      RECOVERY_GRACE_MS: '0',
    });
    worker.clock.set(NOON_UTC);
  };

  it('is written on from its cursor and completes with each customer once', async () => {
    const org = await setupOrg(api, { variables: ['first_name'] });
    const campaignId = await createCampaign(api, org.key);
    await bulkAdd(api, org.key, campaignId, records(63));
    // The API process stops between chunks right after the first batches are released.
    await api.app.get(StreamedSelection).beforeApplicationShutdown();
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    const id = res.body.data.initiationId as string;
    const db = api.app.get(DataSource);
    const [left] = await db.query<Array<{ selecting: number; batch_count: number; customers_selected: number }>>(
      'SELECT selecting, batch_count, customers_selected FROM initiations WHERE id = ?',
      [id],
    );
    expect(left.selecting).toBe(1);
    expect(left.customers_selected).toBeLessThan(63);
    expect(left.batch_count).toBeGreaterThan(0);
    // Customers added after the request are not part of it.
    await bulkAdd(
      api,
      org.key,
      campaignId,
      [64, 65, 66].map((n) => loanRecord(n)),
    );

    await startWorker();
    let data: { status: string; results: Record<string, unknown> } = { status: '', results: {} };
    for (let i = 0; i < 300 && data.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      data = (await api.http.get(`/api/v1/initiations/${id}`).set(bearer(org.key))).body.data;
    }
    expect(data).toMatchObject({
      status: 'completed',
      results: { customersSelected: 63, initiated: 63, failed: 0, batchesProcessed: 13 },
    });
    const sent = runner.received().map((c) => String(c.customerId));
    expect(sent).toHaveLength(63);
    expect(new Set(sent).size).toBe(63);
    expect(sent).not.toContain('LOAN-000064');
  });

  it('a cancel while it is stopped: the resumed selection writes no more, nothing is sent, it ends canceled', async () => {
    runner.reset();
    const org = await setupOrg(api, { variables: ['first_name'] });
    const campaignId = await createCampaign(api, org.key);
    await bulkAdd(api, org.key, campaignId, records(40));
    // The worker is stopped too: nothing is sent before the cancel.
    await worker?.close();
    worker = undefined;
    const res = await api.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    const id = res.body.data.initiationId as string;
    const db = api.app.get(DataSource);
    const [before] = await db.query<Array<{ customers_selected: number }>>(
      'SELECT customers_selected FROM initiations WHERE id = ?',
      [id],
    );
    await api.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(org.key)).expect(200);
    await startWorker();
    let row = { selecting: 1, status: '', customers_selected: 0 };
    for (let i = 0; i < 100 && Number(row.selecting) === 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      [row] = await db.query('SELECT selecting, status, customers_selected FROM initiations WHERE id = ?', [id]);
    }
    expect(row).toEqual({ selecting: 0, status: 'canceled', customers_selected: before.customers_selected });
    const [{ n }] = await db.query<Array<{ n: string }>>(
      "SELECT COUNT(*) AS n FROM attempts WHERE initiation_id = ? AND status <> 'canceled'",
      [id],
    );
    expect(Number(n)).toBe(0);
    expect(runner.requests).toHaveLength(0);
  });
});

describe('the missing-fields mask that answers "does any customer lack a variable" (issue 20)', () => {
  const p = policyApp('missing_fields');

  const masks = async (campaignId: string): Promise<Record<string, number>> => {
    const rows = await p.db.query<Array<{ external_id: Buffer; missing_fields: number }>>(
      'SELECT external_id, missing_fields FROM customers WHERE campaign_id = ? ORDER BY id',
      [campaignId],
    );
    return Object.fromEntries(rows.map((r) => [r.external_id.toString('utf8'), Number(r.missing_fields)]));
  };
  const dryRunMissing = async (l: Awaited<ReturnType<typeof p.lender>>): Promise<string[]> =>
    (await p.send(l, 'calls', {}, '?dryRun=true')).body.data.missingVariables as string[];

  it('follows every write of a customer: a field emptied by an update is missing, filled again it is not', async () => {
    const l = await p.lender(records(3, (i) => (i === 2 ? { emi_amount: undefined } : { emi_amount: 1000 })));
    // emi_amount is bit 8, first_name bit 1; the fields these records never give are set too.
    const bit = async (id: string, b: number) => (await masks(l.campaignId))[id] & b;
    expect([await bit('LOAN-000001', 8), await bit('LOAN-000002', 8), await bit('LOAN-000003', 9)]).toEqual([0, 8, 0]);
    expect(await dryRunMissing(l)).toEqual([]);
    // The same loan again, without a first name: the upsert rewrites the mask.
    await bulkAdd(p.t, l.org.key, l.campaignId, [loanRecord(3, { first_name: null, emi_amount: 1000 })]);
    expect(await bit('LOAN-000003', 9)).toBe(1);
    expect(await dryRunMissing(l)).toEqual(['first_name']);
    const refused = await p.send(l, 'calls');
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('Cannot initiate calls: Missing variables: first_name');
    await bulkAdd(p.t, l.org.key, l.campaignId, [loanRecord(3, { emi_amount: 1000 })]);
    expect(await bit('LOAN-000003', 9)).toBe(0);
    expect(await dryRunMissing(l)).toEqual([]);
    expect((await p.send(l, 'calls')).status).toBe(200);
  });
});
