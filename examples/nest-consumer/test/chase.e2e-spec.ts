import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OutreachApiError, OutreachClient } from '@outreach-api/client';
import { OUTREACH_CLIENT } from '@outreach-api/client/nest';
import { bearer } from '../../../test/support/app';
import { loanRecord } from '../../../test/support/factories';
import { policyApp } from '../../../test/support/policy-initiation';
import { ConsumerModule } from '../src/app.module';
import { ChaserService } from '../src/chaser.service';

/**
 * The example consumer (examples/nest-consumer) end to end: the real API (policyApp: database,
 * Redis, Bull; fake SMS gateway and voice runner on 127.0.0.1; clock at NOON_UTC, inside the
 * contact window) and the example's own Nest application, which reaches it only through
 * OutreachClientModule and chases a campaign.
 */
describe('examples/nest-consumer: a Nest service initiating through OutreachClientModule', () => {
  const p = policyApp('nest_consumer');
  const records = Array.from({ length: 12 }, (_, i) => loanRecord(i + 1));
  const ids = records.map((r) => String(r.loan_id)).sort();
  let consumer: INestApplicationContext | undefined;

  const boot = async (module: ReturnType<typeof ConsumerModule.forRoot>): Promise<INestApplicationContext> => {
    consumer = await NestFactory.createApplicationContext(module, { logger: false });
    return consumer;
  };
  afterEach(async () => {
    await consumer?.close();
    consumer = undefined;
  });

  it('forRoot: chases a campaign by SMS; the gateway gets each customer once and the report agrees', async () => {
    const l = await p.lender(records);
    const app = await boot(ConsumerModule.forRoot({ baseUrl: p.t.url, apiKey: l.org.key }));
    expect(app.get(OUTREACH_CLIENT)).toBe(app.get(OutreachClient));

    const result = await app.get(ChaserService).chase(l.campaignId, { sms: { templateId: l.org.templateId } });

    expect(result).toMatchObject({
      status: 'completed',
      customersSelected: 12,
      initiated: 12,
      failed: 0,
      failures: [],
    });
    expect(result.initiationId).toMatch(/^init_/);
    expect(p.reached('sms')).toEqual(ids);
    expect(p.gateway.uniqueAttemptIds()).toHaveLength(12);
    // The API's own view (read without the client): every attempt initiated, each once.
    const status = await p.t.http.get(`/api/v1/initiations/${result.initiationId}`).set(bearer(l.org.key)).expect(200);
    expect(status.body.data).toMatchObject({ status: 'completed', results: { initiated: 12, failed: 0 } });
    const attempts = await p.t.http
      .get(`/api/v1/initiations/${result.initiationId}/attempts?limit=100`)
      .set(bearer(l.org.key))
      .expect(200);
    expect(attempts.body.data.map((a: { customerId: string }) => a.customerId).sort()).toEqual(ids);
    expect(new Set(attempts.body.data.map((a: { status: string }) => a.status))).toEqual(new Set(['initiated']));
  });

  it('forRootAsync (options from the environment): chases by calls and reports the customers the runner refused', async () => {
    const l = await p.lender(records);
    const saved = { url: process.env.OUTREACH_API_URL, key: process.env.OUTREACH_API_KEY };
    process.env.OUTREACH_API_URL = p.t.url;
    process.env.OUTREACH_API_KEY = l.org.key;
    let app: INestApplicationContext;
    try {
      app = await boot(ConsumerModule.fromEnvironment());
    } finally {
      process.env.OUTREACH_API_URL = saved.url;
      process.env.OUTREACH_API_KEY = saved.key;
      if (saved.url === undefined) delete process.env.OUTREACH_API_URL;
      if (saved.key === undefined) delete process.env.OUTREACH_API_KEY;
    }
    // The runner refuses the calls of two customers (their attempt ids are known once sent).
    p.runner.behave((request) => {
      const calls = (request.body?.calls ?? []) as Array<{ attemptId: string; customerId: string }>;
      return {
        status: 200,
        body: {
          results: calls.map((c) =>
            ['LOAN-000003', 'LOAN-000007'].includes(c.customerId)
              ? { attemptId: c.attemptId, accepted: false, reason: 'Number unreachable' }
              : { attemptId: c.attemptId, accepted: true, callId: `call-${c.attemptId}` },
          ),
        },
      };
    });

    const result = await app.get(ChaserService).chase(l.campaignId, {
      calls: { agentId: l.org.agentId, dispositionId: l.org.dispositionId },
    });

    expect(p.reached('calls')).toEqual(ids);
    expect(p.runner.uniqueAttemptIds()).toHaveLength(12);
    expect(result).toMatchObject({ status: 'partial', customersSelected: 12, initiated: 10, failed: 2 });
    expect(result.failures.map((f) => f.customerId).sort()).toEqual(['LOAN-000003', 'LOAN-000007']);
    expect(result.failures.every((f) => typeof f.reason === 'string' && f.reason.includes('Number unreachable'))).toBe(
      true,
    );
  });

  it("another organization's campaign: the API's 403 reaches the service as OutreachApiError, nothing is sent", async () => {
    const mine = await p.lender(records.slice(0, 2));
    const theirs = await p.lender(records.slice(0, 2));
    const app = await boot(ConsumerModule.forRoot({ baseUrl: p.t.url, apiKey: mine.org.key }));

    const error = await app
      .get(ChaserService)
      .chase(theirs.campaignId, { sms: { templateId: mine.org.templateId } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );

    expect(error).toBeInstanceOf(OutreachApiError);
    expect(error).toMatchObject({
      status: 403,
      body: { success: false, message: 'Campaign ID invalid or mismatch for your organization.' },
    });
    expect(p.reached('sms')).toEqual([]);
  });
});
