import { DataSource } from 'typeorm';
import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord, phone } from '../support/factories';

describe('customers', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('Customers Org')).apiKey;
  });
  afterAll(() => t.close());

  const list = async (campaignId: string, query = 'limit=100') =>
    (await t.http.get(`/api/v1/campaigns/${campaignId}/customers?${query}`).set(bearer(key)).expect(200)).body;

  it('adds one customer, normalising the phone and keeping custom fields as given', async () => {
    const campaignId = await createCampaign(t, key);
    const data = {
      loan_id: 'LOAN-2025-00123',
      first_name: 'Asha',
      phone_number: '9876543210',
      emi_amount: 4242,
      loan_amount: 250000.5,
      emi_due_date: '2025-08-15',
      payment_status: 'Pending',
      branch: 'mumbai',
      score: 7.5,
      vip: true,
      note: null,
      zero: 0,
    };
    const res = await t.http.post('/api/v1/customers/add').set(bearer(key)).send({ campaignId, data }).expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Customer added to campaign successfully',
      data: { id: 'LOAN-2025-00123', campaignId },
    });
    const body = await list(campaignId);
    expect(body.data).toHaveLength(1);
    expect(body.data[0].id).toBe('LOAN-2025-00123');
    expect(body.data[0].data).toEqual({
      loan_id: 'LOAN-2025-00123',
      first_name: 'Asha',
      phone_number: '+919876543210',
      loan_amount: 250000.5,
      emi_amount: 4242,
      emi_due_date: '2025-08-15',
      payment_status: 'pending',
      branch: 'mumbai',
      score: 7.5,
      vip: true,
      note: null,
      zero: 0,
    });
    expect(Object.keys(body.data[0].data).slice(-5)).toEqual(['branch', 'score', 'vip', 'note', 'zero']);
  });

  it('rejects an invalid record with a 400 naming the problem', async () => {
    const campaignId = await createCampaign(t, key);
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: { loan_id: 'L1', phone_number: '' } })
      .expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['data: phone_number is required'],
    });
    const missing = await t.http.post('/api/v1/customers/add').set(bearer(key)).send({ data: {} }).expect(400);
    expect(missing.body.errors).toContain('campaignId is required');
    expect((await list(campaignId)).pagination.total).toBe(0);
  });

  it('bulk adds: 201 when all are added, upserting existing ids', async () => {
    const campaignId = await createCampaign(t, key);
    const records = Array.from({ length: 1201 }, (_, i) => loanRecord(i));
    const res = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records })
      .expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Added 1201 of 1201 records',
      results: { total: 1201, valid: 1201, invalid: 0, successful: 1201, failed: 0, batchesProcessed: 3, errors: [] },
    });
    const again = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records: [loanRecord(0, { first_name: 'Renamed', branch: 'pune' })] })
      .expect(201);
    expect(again.body.results.successful).toBe(1);
    const body = await list(campaignId, 'limit=1');
    expect(body.pagination.total).toBe(1201);
    expect(body.data[0].data).toMatchObject({ loan_id: 'LOAN-000000', first_name: 'Renamed', branch: 'pune' });
  });

  it('bulk adds: 207 with the indexes and ids of the bad records', async () => {
    const campaignId = await createCampaign(t, key);
    const records = [
      loanRecord(1),
      loanRecord(2, { phone_number: '12' }),
      loanRecord(3),
      { phone_number: phone(4) },
      'text',
    ];
    const res = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records })
      .expect(207);
    expect(res.body).toEqual({
      success: false,
      message: 'Added 2 of 5 records',
      results: {
        total: 5,
        valid: 2,
        invalid: 3,
        successful: 2,
        failed: 3,
        batchesProcessed: 1,
        errors: [
          { index: 1, id: 'LOAN-000002', reason: 'phone_number is not a valid phone number' },
          { index: 3, reason: 'loan_id is required' },
          { index: 4, reason: 'record must be an object' },
        ],
      },
    });
    const ids = (await list(campaignId)).data.map((c: { id: string }) => c.id);
    expect(ids).toEqual(['LOAN-000001', 'LOAN-000003']);
  });

  it('bulk adds: 400 when no record is valid, and for 10,001 records', async () => {
    const campaignId = await createCampaign(t, key);
    const none = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records: [{ loan_id: 'A' }] })
      .expect(400);
    expect(none.body).toMatchObject({
      success: false,
      message: 'Added 0 of 1 records',
      results: { successful: 0, failed: 1 },
    });
    const tooMany = Array.from({ length: 10001 }, (_, i) => ({ loan_id: `L${i}`, phone_number: phone(i) }));
    const res = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records: tooMany })
      .expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['records must contain at most 10000 records'],
    });
    const empty = await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records: [] })
      .expect(400);
    expect(empty.body.errors).toEqual(['records must contain at least 1 record']);
    expect((await list(campaignId)).pagination.total).toBe(0);
  });

  it('keeps ids exact: case and trailing spaces make different customers', async () => {
    const campaignId = await createCampaign(t, key);
    const records = [
      loanRecord(1, { loan_id: 'abc' }),
      loanRecord(2, { loan_id: 'ABC' }),
      loanRecord(3, { loan_id: 'abc ' }),
    ];
    await t.http.post('/api/v1/customers/add/bulk').set(bearer(key)).send({ campaignId, records }).expect(201);
    expect((await list(campaignId)).data.map((c: { id: string }) => c.id)).toEqual(['abc', 'ABC', 'abc ']);
  });

  it('uses lead_id for lead campaigns', async () => {
    const campaignId = await createCampaign(t, key, { campaignType: 'lead' });
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: { lead_id: 'LEAD-1', phone_number: '+12125550100', lead_date: '2025-07-01' } })
      .expect(201);
    expect(res.body.data.id).toBe('LEAD-1');
    const bad = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: loanRecord(1) })
      .expect(400);
    expect(bad.body.errors).toEqual(['data: lead_id is required']);
  });

  it('updates fields of a customer and keeps the rest', async () => {
    const campaignId = await createCampaign(t, key);
    await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: loanRecord(7, { branch: 'mumbai', payment_status: 'pending' }) })
      .expect(201);
    const res = await t.http
      .put('/api/v1/customers/update')
      .set(bearer(key))
      .send({ campaignId, loan_id: 'LOAN-000007', data: { payment_status: 'paid', branch: null, region_code: 'MH' } })
      .expect(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Customer updated successfully',
      data: {
        loan_id: 'LOAN-000007',
        first_name: 'Borrower 7',
        phone_number: '+919800000007',
        payment_status: 'paid',
        branch: null,
        region_code: 'MH',
      },
    });
    const missing = await t.http
      .put('/api/v1/customers/update')
      .set(bearer(key))
      .send({ campaignId, loan_id: 'NOPE', data: {} })
      .expect(404);
    expect(missing.body).toEqual({ success: false, message: 'Customer not found' });
    const rename = await t.http
      .put('/api/v1/customers/update')
      .set(bearer(key))
      .send({ campaignId, loan_id: 'LOAN-000007', data: { loan_id: 'OTHER' } })
      .expect(400);
    expect(rename.body.errors).toEqual(['loan_id cannot be changed']);
    const badPhone = await t.http
      .put('/api/v1/customers/update')
      .set(bearer(key))
      .send({ campaignId, loan_id: 'LOAN-000007', data: { phone_number: 'x' } })
      .expect(400);
    expect(badPhone.body.errors).toEqual(['data: phone_number is not a valid phone number']);
  });

  it('keeps the custom-field index in step with the records', async () => {
    const campaignId = await createCampaign(t, key);
    await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: loanRecord(1, { branch: 'mumbai', vip: true, note: null }) });
    const ds = t.app.get(DataSource);
    const keys = async () =>
      (
        await ds.query('SELECT field_key FROM customer_fields WHERE campaign_id = ? ORDER BY field_key', [campaignId])
      ).map((r: { field_key: string }) => r.field_key);
    expect(await keys()).toEqual(['branch', 'vip']);
    await t.http
      .put('/api/v1/customers/update')
      .set(bearer(key))
      .send({ campaignId, loan_id: 'LOAN-000001', data: { branch: null } });
    expect(await keys()).toEqual(['vip']);
    await t.http.delete(`/api/v1/campaigns/${campaignId}/customers/LOAN-000001`).set(bearer(key)).expect(200);
    expect(await keys()).toEqual([]);
  });

  it('lists in creation order with pagination and deletes by id', async () => {
    const campaignId = await createCampaign(t, key);
    await t.http
      .post('/api/v1/customers/add/bulk')
      .set(bearer(key))
      .send({ campaignId, records: [loanRecord(3), loanRecord(1), loanRecord(2)] });
    const p2 = await list(campaignId, 'page=2&limit=2');
    expect(p2.pagination).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2, hasNext: false, hasPrev: true });
    expect(p2.data.map((c: { id: string }) => c.id)).toEqual(['LOAN-000002']);
    const del = await t.http
      .delete(`/api/v1/campaigns/${campaignId}/customers/LOAN-000001`)
      .set(bearer(key))
      .expect(200);
    expect(del.body).toEqual({ success: true, message: 'Customer deleted successfully' });
    await t.http.delete(`/api/v1/campaigns/${campaignId}/customers/LOAN-000001`).set(bearer(key)).expect(404);
    expect((await list(campaignId)).data.map((c: { id: string }) => c.id)).toEqual(['LOAN-000003', 'LOAN-000002']);
  });

  it('validates initiateCall options', async () => {
    const campaignId = await createCampaign(t, key);
    const res = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: loanRecord(1), initiateCall: true })
      .expect(400);
    expect(res.body.errors).toEqual(['callConfig is required when initiateCall is true']);
    const bad = await t.http
      .post('/api/v1/customers/add')
      .set(bearer(key))
      .send({ campaignId, data: loanRecord(1), initiateCall: 'yes' })
      .expect(400);
    expect(bad.body.errors).toEqual(['initiateCall must be a boolean value']);
  });
});

describe('CSV import', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp();
    key = (await t.createOrg('CSV Org')).apiKey;
  });
  afterAll(() => t.close());

  const importCsv = (campaignId: string, csv: string, type = 'text/csv') =>
    t.http
      .post(`/api/v1/campaigns/${campaignId}/customers/import`)
      .set(bearer(key))
      .set('Content-Type', type)
      .send(csv);

  it('imports rows, reporting the bad ones by data-row index', async () => {
    const campaignId = await createCampaign(t, key);
    const rows = [
      'loan_id,first_name,phone_number,emi_amount,branch',
      'L1,Asha,9876543210,4242,mumbai',
      'L2,Ravi,123,100,pune',
      'L3,"Rao, K",9876543211,,',
      'L4,Too,Many,Cells,Here,Extra',
    ];
    const res = await importCsv(campaignId, `${rows.join('\n')}\n`).expect(207);
    expect(res.body).toEqual({
      success: false,
      message: 'Added 2 of 4 records',
      results: {
        total: 4,
        valid: 2,
        invalid: 2,
        successful: 2,
        failed: 2,
        batchesProcessed: 1,
        errors: [
          { index: 1, id: 'L2', reason: 'phone_number is not a valid phone number' },
          { index: 3, reason: 'row has 6 values, the header has 5' },
        ],
      },
    });
    const listed = await t.http.get(`/api/v1/campaigns/${campaignId}/customers`).set(bearer(key)).expect(200);
    expect(listed.body.data.map((c: { data: unknown }) => c.data)).toEqual([
      { loan_id: 'L1', first_name: 'Asha', phone_number: '+919876543210', emi_amount: 4242, branch: 'mumbai' },
      { loan_id: 'L3', first_name: 'Rao, K', phone_number: '+919876543211' },
    ]);
  });

  it('imports a larger file in chunks: 201', async () => {
    const campaignId = await createCampaign(t, key);
    const lines = ['loan_id,phone_number,payment_status'];
    for (let i = 0; i < 1234; i++) lines.push(`L${i},${phone(i)},${i % 2 ? 'paid' : 'pending'}`);
    const res = await importCsv(campaignId, lines.join('\r\n')).expect(201);
    expect(res.body.results).toMatchObject({ total: 1234, successful: 1234, failed: 0, batchesProcessed: 3 });
    const got = await t.http.get(`/api/v1/campaigns/${campaignId}`).set(bearer(key)).expect(200);
    expect(got.body.data.customerCount).toBe(1234);
  });

  it('rejects a header without the required columns, or with bad names', async () => {
    const campaignId = await createCampaign(t, key);
    const res = await importCsv(campaignId, 'loan_id,name\nL1,x\n').expect(400);
    expect(res.body).toEqual({
      success: false,
      message: 'Validation failed',
      errors: ['the header must include phone_number'],
    });
    const bad = await importCsv(campaignId, 'loan_id,phone_number,first name\nL1,9876543210,x\n').expect(400);
    expect(bad.body.errors).toEqual(['invalid column names: first name']);
    const empty = await importCsv(campaignId, '').expect(400);
    expect(empty.body.errors).toEqual(['The CSV file is empty: a header row is required']);
  });

  it('reports malformed rows and keeps the others', async () => {
    const campaignId = await createCampaign(t, key);
    const res = await importCsv(campaignId, 'loan_id,phone_number\nL1,9876543210\nL2,"98"x\nL3,9876543212\n').expect(
      207,
    );
    expect(res.body.results).toMatchObject({ successful: 1, failed: 2 });
    expect(res.body.results.errors).toEqual([
      { index: 1, reason: expect.stringMatching(/^Malformed CSV: Invalid Closing Quote/) },
      { index: 2, reason: expect.stringMatching(/^Malformed CSV: Quote Not Closed/) },
    ]);
  });

  it('answers 415 for a body that is not CSV', async () => {
    const campaignId = await createCampaign(t, key);
    const res = await importCsv(campaignId, '{"a":1}', 'application/json').expect(415);
    expect(res.body).toEqual({ success: false, message: 'Content-Type must be text/csv' });
  });
});
