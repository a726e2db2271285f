import { DataSource } from 'typeorm';
import { bearer } from '../../support/app';
import { loanRecord } from '../../support/factories';
import { policyApp } from '../../support/policy-initiation';

/**
 * SPEC §10: `retry` on POST /initiate/:id/calls, /sms and customers/add's callConfig — `on` ⊆ the
 * channel's retryable outcomes, afterSeconds from FOLLOW_UP_MIN_DELAY_S (300 here) to 604800,
 * maxAttempts 1–5 — refused with 400 `Validation failed` and a readable error, nothing written.
 */
describe('Follow-ups: retry validation', () => {
  const p = policyApp('followups_valid');
  const good = { on: ['no_answer'], afterSeconds: 300, maxAttempts: 1 };

  const initiations = async (orgId: string): Promise<number> => {
    const [row] = await p.t.app
      .get(DataSource)
      .query<Array<{ n: string }>>('SELECT COUNT(*) AS n FROM initiations WHERE organization_id = ?', [orgId]);
    return Number(row.n);
  };

  const cases: Array<[string, 'calls' | 'sms', unknown, string]> = [
    [
      'an SMS outcome on calls',
      'calls',
      { ...good, on: ['undelivered'] },
      'retry.on must contain only: no_answer, busy, voicemail, failed (got undelivered)',
    ],
    [
      'a call outcome on SMS',
      'sms',
      { ...good, on: ['no_answer'] },
      'retry.on must contain only: undelivered, failed (got no_answer)',
    ],
    [
      'completed (not retryable)',
      'calls',
      { ...good, on: ['completed'] },
      'retry.on must contain only: no_answer, busy, voicemail, failed (got completed)',
    ],
    ['an empty on', 'sms', { ...good, on: [] }, 'retry.on must be a non-empty list of: undelivered, failed'],
    [
      'afterSeconds below the minimum',
      'calls',
      { ...good, afterSeconds: 299 },
      'retry.afterSeconds must be at least 300',
    ],
    [
      'afterSeconds over a week',
      'sms',
      { ...good, on: ['failed'], afterSeconds: 604801 },
      'retry.afterSeconds must be an integer of at most 604800',
    ],
    ['maxAttempts 0', 'calls', { ...good, maxAttempts: 0 }, 'retry.maxAttempts must be an integer from 1 to 5'],
    [
      'maxAttempts 6',
      'sms',
      { ...good, on: ['failed'], maxAttempts: 6 },
      'retry.maxAttempts must be an integer from 1 to 5',
    ],
    ['maxAttempts 1.5', 'calls', { ...good, maxAttempts: 1.5 }, 'retry.maxAttempts must be an integer from 1 to 5'],
    ['not an object', 'calls', 'twice', 'retry must be an object {on, afterSeconds, maxAttempts}'],
  ];

  it.each(cases)('%s → 400', async (_, channel, retry, error) => {
    const l = await p.lender([loanRecord(1)]);
    const res = await p.send(l, channel, { retry });
    expect(res.status).toBe(400);
    expect(res.body.success).toBe(false);
    expect(res.body.message).toBe('Validation failed');
    expect(res.body.errors.join(' | ')).toContain(error);
    expect(await initiations(l.org.orgId)).toBe(0);
    expect(p.runner.requests).toHaveLength(0);
    expect(p.gateway.requests).toHaveLength(0);
  });

  it('a valid retry is kept on the initiation', async () => {
    const l = await p.lender([loanRecord(1)]);
    const res = await p.send(l, 'sms', {
      retry: { on: ['undelivered', 'failed'], afterSeconds: 604800, maxAttempts: 5 },
    });
    expect(res.status).toBe(200);
    const [row] = await p.db.query<Array<{ retry: string }>>('SELECT retry FROM initiations WHERE id = ?', [
      res.body.initiationId,
    ]);
    expect(JSON.parse(row.retry)).toEqual({ on: ['undelivered', 'failed'], afterSeconds: 604800, maxAttempts: 5 });
  });

  it('customers/add with initiateCall: a bad retry is a 400 and adds no customer; a good one is kept', async () => {
    const l = await p.lender([loanRecord(1)]);
    const add = (retry: unknown, n: number) =>
      p.t.http
        .post('/api/v1/customers/add')
        .set(bearer(l.org.key))
        .send({
          campaignId: l.campaignId,
          data: loanRecord(n),
          initiateCall: true,
          callConfig: { agentId: l.org.agentId, dispositionId: l.org.dispositionId, retry },
        });
    const short = await add({ ...good, afterSeconds: 10 }, 2);
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      message: 'Validation failed',
      errors: ['callConfig.retry.afterSeconds must be at least 300'],
    });
    const sms = await add({ ...good, on: ['undelivered'] }, 3);
    expect(sms.status).toBe(400);
    expect(sms.body.errors.join(' | ')).toContain('retry.on must contain only: no_answer, busy, voicemail, failed');
    const [{ n }] = await p.db.query<Array<{ n: string }>>(
      'SELECT COUNT(*) AS n FROM customers WHERE campaign_id = ?',
      [l.campaignId],
    );
    expect(Number(n)).toBe(1);

    const ok = await add(good, 4);
    expect(ok.status).toBe(201);
    expect(ok.body.callInitiated).toBe(true);
    const [row] = await p.db.query<Array<{ retry: string }>>('SELECT retry FROM initiations WHERE id = ?', [
      ok.body.initiationId,
    ]);
    expect(JSON.parse(row.retry)).toEqual(good);
  });
});
