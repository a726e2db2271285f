import { DataSource } from 'typeorm';
import { BatchStore } from '../../src/initiations/persistence/batch.store';
import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { isolatedEnv } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';
import { createWebhook } from '../support/webhooks';

/**
 * The dispatcher's side of a cancel (SPEC §10), step by step on the stores of an API process with
 * no worker (its batches stay queued): a batch handed over before the cancel finishes; one whose
 * attempts a run had read, or claimed for Twilio, before it is refused and canceled unsent; the
 * end writes `canceled` and cancels a follow-up scheduled after the cancel.
 */
describe('cancel against batches being dispatched', () => {
  let t: TestApp;
  let org: OrgSetup;
  let db: DataSource;
  let store: BatchStore;

  beforeAll(async () => {
    t = await createTestApp({
      ...isolatedEnv('cancel_hand_over'),
      APP_ROLE: 'api',
      BATCH_SIZE: '5',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    db = t.app.get(DataSource);
    store = t.app.get(BatchStore);
    org = await setupOrg(t, { variables: ['first_name'] });
  });
  afterAll(() => t.close());

  const statuses = async (id: string) => {
    const rows = await db.query<Array<{ batch: number; status: string; reason: string | null; n: string }>>(
      'SELECT batch, status, reason, COUNT(*) AS n FROM attempts WHERE initiation_id = ? GROUP BY batch, status, reason ORDER BY batch, status',
      [id],
    );
    return rows.map((r) => [Number(r.batch), r.status, r.reason, Number(r.n)]);
  };

  const initiate = async (customers: number): Promise<string> => {
    const campaignId = await createCampaign(t, org.key);
    await bulkAdd(
      t,
      org.key,
      campaignId,
      Array.from({ length: customers }, (_, i) => loanRecord(i + 1)),
    );
    const res = await t.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(org.key))
      .set('Prefer', 'respond-async')
      .send({ agentId: org.agentId, dispositionId: org.dispositionId })
      .expect(202);
    return res.body.data.initiationId as string;
  };

  it('nothing in flight: the cancel ends it at once and announces it (initiation.completed, status canceled)', async () => {
    await createWebhook(t, org.key, 'http://127.0.0.1:9/hooks', ['initiation.completed']);
    const id = await initiate(10);
    const answer = await t.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(org.key)).expect(200);
    expect(answer.body.data).toEqual({ initiationId: id, status: 'canceled', canceled: 10 });
    const outbox = await db.query<Array<{ type: string; seed: string }>>(
      'SELECT type, seed FROM webhook_deliveries WHERE event_key = ?',
      [id],
    );
    expect(outbox.map((d) => [d.type, JSON.parse(d.seed)])).toEqual([
      ['initiation.completed', { initiationId: id, status: 'canceled' }],
    ]);
    expect(await statuses(id)).toEqual([
      [1, 'canceled', expect.stringMatching(/^Canceled by key_/), 5],
      [2, 'canceled', expect.stringMatching(/^Canceled by key_/), 5],
    ]);
  });

  it('hands over only what went before the cancel; what was read or claimed after is canceled, never sent', async () => {
    const id = await initiate(15);

    // (No worker marked it running.) Batch 1 reaches the provider; a run of batch 2 has read its open attempts; one of batch 3
    // has claimed its attempts for a provider that cannot de-duplicate (Twilio).
    expect(await store.handOver(id, 1)).toBe(true);
    expect(await store.open(id, 2)).toHaveLength(5);
    await store.claim(id, 3, 'claim:test');
    expect(await store.open(id, 3, 'claim:test')).toHaveLength(5);

    const answer = await t.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(org.key)).expect(200);
    expect(answer.body.data).toEqual({ initiationId: id, status: 'queued', canceled: 5 });
    const [{ k }] = await db.query<Array<{ k: string }>>('SELECT api_key_id AS k FROM initiations WHERE id = ?', [id]);
    const reason = `Canceled by ${k}`;

    // The runs of batches 2 and 3 come to hand over: refused, and what they hold is canceled.
    expect(await store.handOver(id, 2)).toBe(false);
    expect(await store.cancelBatch(id, 2)).toBe(0);
    expect(await store.handOver(id, 3)).toBe(false);
    expect(await store.cancelBatch(id, 3)).toBe(5);
    // Batch 1 went before: a retry of it is still handed over (same Idempotency-Key), never canceled.
    expect(await store.handOver(id, 1)).toBe(true);
    expect(await store.cancelBatch(id, 1)).toBe(0);
    expect(await statuses(id)).toEqual([
      [1, 'queued', null, 5],
      [2, 'canceled', reason, 5],
      [3, 'canceled', reason, 5],
    ]);

    // An outcome of batch 1 schedules a follow-up after the cancel (batch 0: not dispatched yet).
    await db.query(
      'INSERT INTO attempts (attempt_id, initiation_id, organization_id, campaign_id, channel, customer_row_id, external_id, phone, batch, wave, status) ' +
        "SELECT 'att_f0110e0000000000000000b2', initiation_id, organization_id, campaign_id, channel, customer_row_id + 1000000, external_id, phone, 0, 0, 'scheduled' " +
        'FROM attempts WHERE initiation_id = ? ORDER BY id LIMIT 1',
      [id],
    );
    // Batch 1 ends; the end writes `canceled`, whatever its outcomes would have made it.
    expect(await store.failOpen(id, 1, 'Rejected by runner')).toBe(5);
    expect(await store.end(id, { status: 'failed', initiated: 0, failed: 5 }, t.clock.now())).toBe('canceled');
    expect(await store.end(id, { status: 'failed', initiated: 0, failed: 5 }, t.clock.now())).toBeNull();
    expect(await statuses(id)).toEqual([
      [0, 'canceled', reason, 1],
      [1, 'failed', 'Rejected by runner', 5],
      [2, 'canceled', reason, 5],
      [3, 'canceled', reason, 5],
    ]);
    const report = await t.http.get(`/api/v1/initiations/${id}`).set(bearer(org.key)).expect(200);
    expect(report.body.data).toMatchObject({ status: 'canceled', results: { initiated: 0, failed: 5 } });
    expect((await t.http.post(`/api/v1/initiations/${id}/cancel`).set(bearer(org.key)).expect(200)).body.data).toEqual({
      initiationId: id,
      status: 'canceled',
      canceled: 5,
    });
  });
});
