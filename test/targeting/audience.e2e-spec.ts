import { bearer, createTestApp, TestApp } from '../support/app';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';

describe('POST /campaigns/:id/audience', () => {
  let t: TestApp;
  let key: string;
  let campaignId: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Audience Org')).apiKey;
    campaignId = await createCampaign(t, key);
    await bulkAdd(
      t,
      key,
      campaignId,
      Array.from({ length: 60 }, (_, i) =>
        loanRecord(i, { payment_status: i % 3 === 0 ? 'bounced' : 'paid', branch: i < 30 ? 'mumbai' : 'pune' }),
      ),
    );
  });
  afterAll(() => t.close());

  const preview = (body: object, id = campaignId, k = key) =>
    t.http.post(`/api/v1/campaigns/${id}/audience`).set(bearer(k)).send(body);

  it('counts the match, applies limit, and samples the first 20 selected in creation order', async () => {
    const res = await preview({ filters: { payment_status: 'bounced' } }).expect(200);
    expect(res.body.data.totalMatched).toBe(20);
    expect(res.body.data.customersSelected).toBe(20);
    expect(res.body.data.sample.map((c: { id: string }) => c.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `LOAN-${String(i * 3).padStart(6, '0')}`),
    );
    const limited = await preview({ filters: { custom: { branch: 'mumbai' } }, limit: 5 }).expect(200);
    expect(limited.body.data).toMatchObject({ totalMatched: 30, customersSelected: 5 });
    expect(limited.body.data.sample).toHaveLength(5);
    const all = await preview({}).expect(200);
    expect(all.body.data).toMatchObject({ totalMatched: 60, customersSelected: 60 });
    expect(all.body.data.sample).toHaveLength(20);
    expect(all.body.data.sample[0].data).toMatchObject({
      loan_id: 'LOAN-000000',
      phone_number: '+919800000000',
      branch: 'mumbai',
    });
  });

  it('answers 200 with zero when nothing matches', async () => {
    const res = await preview({ filters: { ids: ['nobody'] } }).expect(200);
    expect(res.body.data).toEqual({ totalMatched: 0, customersSelected: 0, sample: [] });
  });

  it('rejects bad filters and limits with one message per problem', async () => {
    const res = await preview({ filters: { payment_status: 'late', colour: 'red' }, limit: 0 }).expect(400);
    expect(res.body.message).toBe('Validation failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        'filters.payment_status must be one of: bounced, pending, partial, paid, received',
        expect.stringMatching(/^filters\.colour is not a known filter/),
        'limit must not be less than 1',
      ]),
    );
    expect((await preview({ limit: 2.5 }).expect(400)).body.errors).toEqual(['limit must be an integer']);
    expect((await preview({ filters: { ids: ['L1'] }, extra: true }).expect(400)).body.errors).toEqual([
      'property extra should not exist',
    ]);
  });

  it('validates the body before looking the campaign up', async () => {
    const res = await preview({ filters: { nope: 1 } }, 'camp_unknown').expect(400);
    expect(res.body.message).toBe('Validation failed');
  });

  it("answers 404 for an unknown campaign and 403 for another organization's", async () => {
    expect((await preview({}, 'camp_unknown').expect(404)).body).toEqual({
      success: false,
      message: 'Campaign not found',
    });
    const other = await t.createOrg('Intruder');
    const res = await preview({}, campaignId, other.apiKey).expect(403);
    expect(res.body).toEqual({ success: false, message: 'Campaign ID invalid or mismatch for your organization.' });
  });
});
