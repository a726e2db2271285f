import { createHmac } from 'node:crypto';
import type { TestApp } from '../support/app';
import { bulkAdd, createCampaign, phone } from '../support/factories';
import { allAttempts, sortedBy } from '../support/initiate';
import { setupOrg } from '../support/outreach';
import { BODY, DLT, rendered, SECRET, smsGatewayApp } from '../support/sms-initiation';

/** What the SMS gateway receives (SPEC §6): the signed batch, each text rendered, the numbers as stored. */

describe('POST /initiate/:campaignId/sms (SMS gateway over HTTP)', () => {
  const sms = smsGatewayApp('sms_protocol');
  const { gateway, lender, send } = sms;
  let t: TestApp;
  beforeAll(() => {
    t = sms.t;
  });

  it('sends the gateway exactly the protocol of SPEC §6, signed, with each text rendered', async () => {
    const l = await lender(rendered.map((r) => r.record));
    const res = await send(l);
    expect(res.status).toBe(200);
    const initiationId = res.body.initiationId as string;

    expect(gateway.requests).toHaveLength(1);
    const [request] = gateway.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/sms/batch');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.idempotencyKey).toBe(`${initiationId}:1`);
    expect(request.signatureValid).toBe(true);
    expect(request.headers['x-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(request.rawBody).digest('hex')}`,
    );

    const body = request.body as Record<string, unknown>;
    const messages = body.messages as Array<Record<string, unknown>>;
    expect({ ...body, messages: sortedBy(messages, (m) => m.customerId as string) }).toEqual({
      initiationId,
      batch: 1,
      templateId: l.org.templateId,
      dltTemplateId: DLT,
      senderId: 'TMPPAY',
      messages: rendered.map(({ record, text }) => ({
        attemptId: expect.stringMatching(/^att_/),
        customerId: record.loan_id,
        to: `+91${record.phone_number as string}`,
        text,
      })),
    });

    const attempts = await allAttempts(t, l.org.key, initiationId);
    expect(sortedBy(attempts, (a) => a.customerId)).toEqual(
      sortedBy(messages, (m) => m.customerId as string).map((m) => ({
        attemptId: m.attemptId,
        customerId: m.customerId,
        phone: m.to,
        batch: 1,
        status: 'initiated',
        providerRef: `msg-${m.attemptId as string}`,
        reason: null,
        updatedAt: expect.any(String),
        // Handed over; no provider has reported yet (SPEC §9).
        outcome: null,
        outcomeAt: null,
        durationSec: null,
        outcomeReason: null,
        disposition: null,
        summary: null,
        recordingUrl: null,
        transcriptUrl: null,
        extracted: null,
        // A first-round attempt (SPEC §10).
        retryOf: null,
        retryNumber: 0,
      })),
    );
  });

  it('uses phone numbers as stored (E.164) and no voice number is needed', async () => {
    const org = await setupOrg(t, { body: BODY, numbers: [] });
    const campaignId = await createCampaign(t, org.key);
    await bulkAdd(t, org.key, campaignId, [
      { ...rendered[0].record, phone_number: phone(77) },
      { ...rendered[1].record, phone_number: `+91 ${phone(78)}` },
    ]);
    const res = await send({ org, campaignId });
    expect(res.status).toBe(200);
    expect(
      gateway
        .received()
        .map((m) => m.to)
        .sort(),
    ).toEqual([`+91${phone(77)}`, `+91${phone(78)}`]);
  });
});
