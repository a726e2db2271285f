import type { Response } from 'supertest';
import { bearer, createTestApp, TestApp } from '../support/app';
import { createCampaign, loanRecord } from '../support/factories';
import { OrgSetup, setupOrg } from '../support/outreach';

const FORBIDDEN = { success: false, message: 'Campaign ID invalid or mismatch for your organization.' };
const unauthorized = (message: string) => ({ success: false, error: 'Unauthorized', message });
const UNAUTHORIZED = unauthorized('Missing or invalid authorization header');
const notFound = (thing: string) => ({ success: false, message: `${thing} not found` });
/** A number on the first organization's do-not-contact list. */
const A_LISTED = '+918111111112';

/** What the second organization's request on the first one's ids must get. */
type Expect =
  | { status: 403 | 404 | 401; body: object }
  /** A list or read of one's own: 200/201 and nothing of the first organization in it. */
  | { status: 200 | 201; own: true };

interface Ids {
  campaignId: string;
  agentId: string;
  dispositionId: string;
  templateId: string;
  numberId: string;
  initiationId: string;
  attemptId: string;
  orgId: string;
  keyId: string;
  webhookId: string;
}

interface Case {
  /** Sends the request with the second organization's key. */
  send: (
    as: (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) => import('supertest').Test,
    a: Ids,
    b: OrgSetup,
  ) => Promise<Response>;
  expect: Expect;
}

/**
 * One case per documented route ("METHOD /path" as in the OpenAPI document). The first test
 * fails when a route is added without a case here: every route must prove it is tenant-safe.
 */
const CASES: Record<string, Case> = {
  // Probes and metrics carry no tenant data.
  'GET /health': { send: (as) => as('get', '/health'), expect: { status: 200, own: true } },
  'GET /health/ready': { send: (as) => as('get', '/health/ready'), expect: { status: 200, own: true } },
  'GET /metrics': { send: (as) => as('get', '/metrics'), expect: { status: 200, own: true } },
  // Operator routes: an organization's key is not the admin token.
  'POST /api/v1/admin/organizations': {
    send: (as) => as('post', '/api/v1/admin/organizations').send({ name: 'x' }),
    expect: { status: 401, body: UNAUTHORIZED },
  },
  'POST /api/v1/admin/organizations/{orgId}/api-keys': {
    send: (as, a) => as('post', `/api/v1/admin/organizations/${a.orgId}/api-keys`),
    expect: { status: 401, body: UNAUTHORIZED },
  },
  'GET /api/v1/admin/organizations/{orgId}/api-keys': {
    send: (as, a) => as('get', `/api/v1/admin/organizations/${a.orgId}/api-keys`),
    expect: { status: 401, body: UNAUTHORIZED },
  },
  'DELETE /api/v1/admin/api-keys/{keyId}': {
    send: (as, a) => as('delete', `/api/v1/admin/api-keys/${a.keyId}`),
    expect: { status: 401, body: UNAUTHORIZED },
  },
  'GET /api/v1/auth/whoami': { send: (as) => as('get', '/api/v1/auth/whoami'), expect: { status: 200, own: true } },
  // Campaigns and customers: another organization's campaign is a 403.
  'POST /api/v1/campaigns/create': {
    send: (as) => as('post', '/api/v1/campaigns/create').send(campaignOf('B campaign')),
    expect: { status: 201, own: true },
  },
  'GET /api/v1/campaigns': {
    send: (as) => as('get', '/api/v1/campaigns?limit=100'),
    expect: { status: 200, own: true },
  },
  'GET /api/v1/campaigns/{id}': {
    send: (as, a) => as('get', `/api/v1/campaigns/${a.campaignId}`),
    expect: { status: 403, body: FORBIDDEN },
  },
  'DELETE /api/v1/campaigns/{id}': {
    send: (as, a) => as('delete', `/api/v1/campaigns/${a.campaignId}`),
    expect: { status: 403, body: FORBIDDEN },
  },
  'PUT /api/v1/campaigns/update/{id}': {
    send: (as, a) => as('put', `/api/v1/campaigns/update/${a.campaignId}`).send({ name: 'Hijacked' }),
    expect: { status: 403, body: FORBIDDEN },
  },
  'POST /api/v1/customers/add': {
    send: (as, a) => as('post', '/api/v1/customers/add').send({ campaignId: a.campaignId, data: loanRecord(9) }),
    expect: { status: 403, body: FORBIDDEN },
  },
  'POST /api/v1/customers/add/bulk': {
    send: (as, a) =>
      as('post', '/api/v1/customers/add/bulk').send({ campaignId: a.campaignId, records: [loanRecord(9)] }),
    expect: { status: 403, body: FORBIDDEN },
  },
  'PUT /api/v1/customers/update': {
    send: (as, a) =>
      as('put', '/api/v1/customers/update').send({
        campaignId: a.campaignId,
        loan_id: 'LOAN-000001',
        data: { first_name: 'X' },
      }),
    expect: { status: 403, body: FORBIDDEN },
  },
  'GET /api/v1/campaigns/{id}/customers': {
    send: (as, a) => as('get', `/api/v1/campaigns/${a.campaignId}/customers`),
    expect: { status: 403, body: FORBIDDEN },
  },
  'DELETE /api/v1/campaigns/{id}/customers/{customerId}': {
    send: (as, a) => as('delete', `/api/v1/campaigns/${a.campaignId}/customers/LOAN-000001`),
    expect: { status: 403, body: FORBIDDEN },
  },
  'POST /api/v1/campaigns/{id}/customers/import': {
    send: (as, a) =>
      as('post', `/api/v1/campaigns/${a.campaignId}/customers/import`)
        .set('Content-Type', 'text/csv')
        .send('loan_id,phone_number\nX1,9876543210\n'),
    expect: { status: 403, body: FORBIDDEN },
  },
  'POST /api/v1/campaigns/{id}/audience': {
    send: (as, a) => as('post', `/api/v1/campaigns/${a.campaignId}/audience`).send({}),
    expect: { status: 403, body: FORBIDDEN },
  },
  // Catalogue resources of another organization are unknown: 404.
  ...catalogue('agents', 'agentId', 'Agent', { name: 'Hijacked' }),
  ...catalogue('dispositions', 'dispositionId', 'Disposition', { name: 'Hijacked' }),
  ...catalogue('sms/templates', 'templateId', 'Template', { name: 'Hijacked' }),
  ...catalogue('phone-numbers', 'numberId', 'Phone number', { label: 'Hijacked' }),
  // Initiation: the campaign check comes first; the second organization's own agent is used.
  'POST /api/v1/initiate/{campaignId}/calls': {
    send: (as, a, b) =>
      as('post', `/api/v1/initiate/${a.campaignId}/calls`).send({ agentId: b.agentId, dispositionId: b.dispositionId }),
    expect: { status: 403, body: FORBIDDEN },
  },
  'POST /api/v1/initiate/{campaignId}/sms': {
    send: (as, a, b) => as('post', `/api/v1/initiate/${a.campaignId}/sms`).send({ templateId: b.templateId }),
    expect: { status: 403, body: FORBIDDEN },
  },
  // Contact policy: each organization has its own; another's campaign is a 403, its list entries unknown.
  'GET /api/v1/contact-policy': {
    send: (as) => as('get', '/api/v1/contact-policy'),
    expect: { status: 200, own: true },
  },
  'PUT /api/v1/contact-policy': {
    send: (as) => as('put', '/api/v1/contact-policy').send({ dedupePhone: false, timezone: 'Asia/Dubai' }),
    expect: { status: 200, own: true },
  },
  'POST /api/v1/do-not-contact': {
    send: (as) => as('post', '/api/v1/do-not-contact').send({ entries: [{ phone: '+918999999990', channel: 'all' }] }),
    expect: { status: 201, own: true },
  },
  'GET /api/v1/do-not-contact': {
    send: (as) => as('get', `/api/v1/do-not-contact?phone=${encodeURIComponent(A_LISTED)}`),
    expect: { status: 200, own: true },
  },
  'DELETE /api/v1/do-not-contact/{phone}': {
    send: (as) => as('delete', `/api/v1/do-not-contact/${encodeURIComponent(A_LISTED)}`),
    expect: { status: 404, body: notFound('Do-not-contact entry') },
  },
  'GET /api/v1/initiations': {
    send: (as, a) => as('get', `/api/v1/initiations?campaignId=${a.campaignId}`),
    expect: { status: 200, own: true },
  },
  'GET /api/v1/initiations/{id}': {
    send: (as, a) => as('get', `/api/v1/initiations/${a.initiationId}`),
    expect: { status: 404, body: notFound('Initiation') },
  },
  'GET /api/v1/initiations/{id}/attempts': {
    send: (as, a) => as('get', `/api/v1/initiations/${a.initiationId}/attempts`),
    expect: { status: 404, body: notFound('Initiation') },
  },
  // Cancel (SPEC §10): another organization's initiation is unknown, and stays as it was (the snapshot).
  'POST /api/v1/initiations/{id}/cancel': {
    send: (as, a) => as('post', `/api/v1/initiations/${a.initiationId}/cancel`),
    expect: { status: 404, body: notFound('Initiation') },
  },
  // Outcome reads (SPEC §9): another organization's attempt is unknown, its campaign a 403.
  'GET /api/v1/attempts/{attemptId}/events': {
    send: (as, a) => as('get', `/api/v1/attempts/${a.attemptId}/events`),
    expect: { status: 404, body: notFound('Attempt') },
  },
  'GET /api/v1/campaigns/{id}/stats': {
    send: (as, a) => as('get', `/api/v1/campaigns/${a.campaignId}/stats`),
    expect: { status: 403, body: FORBIDDEN },
  },
  // Provider routes are signed by the provider, not keyed: another organization's key opens none of them.
  'POST /api/v1/providers/voice/events': {
    send: (as, a) =>
      as('post', '/api/v1/providers/voice/events').send({
        events: [{ attemptId: a.attemptId, event: 'completed', at: '2026-03-02T06:31:00Z' }],
      }),
    expect: { status: 401, body: unauthorized('Missing X-Timestamp or X-Signature header') },
  },
  'POST /api/v1/providers/sms/receipts': {
    send: (as, a) =>
      as('post', '/api/v1/providers/sms/receipts').send({
        receipts: [{ attemptId: a.attemptId, status: 'delivered', at: '2026-03-02T06:31:00Z' }],
      }),
    expect: { status: 401, body: unauthorized('Missing X-Timestamp or X-Signature header') },
  },
  'POST /api/v1/providers/twilio/status': {
    send: (as) =>
      as('post', '/api/v1/providers/twilio/status')
        .type('form')
        .send({ MessageSid: 'SM0000000000000000000000000000000', MessageStatus: 'delivered' }),
    expect: { status: 401, body: unauthorized('X-Twilio-Signature is missing or does not sign this request') },
  },
  'GET /api/v1/logs': { send: (as) => as('get', '/api/v1/logs?per_page=100'), expect: { status: 200, own: true } },
  'GET /api/v1/communication/call/{id}': {
    send: (as, a) => as('get', `/api/v1/communication/call/${a.attemptId}`),
    expect: { status: 404, body: notFound('Call') },
  },
  'GET /api/v1/communication/sms/{id}': {
    send: (as, a) => as('get', `/api/v1/communication/sms/${a.attemptId}`),
    expect: { status: 404, body: notFound('SMS') },
  },
  // Webhook endpoints of another organization are unknown: 404 (their deliveries with them).
  'POST /api/v1/webhooks': {
    send: (as) =>
      as('post', '/api/v1/webhooks').send({ url: 'https://93.184.215.14/b-hooks', events: ['attempt.outcome'] }),
    expect: { status: 201, own: true },
  },
  'GET /api/v1/webhooks': { send: (as) => as('get', '/api/v1/webhooks?limit=100'), expect: { status: 200, own: true } },
  'GET /api/v1/webhooks/{id}': {
    send: (as, a) => as('get', `/api/v1/webhooks/${a.webhookId}`),
    expect: { status: 404, body: notFound('Webhook') },
  },
  'PATCH /api/v1/webhooks/{id}': {
    send: (as, a) => as('patch', `/api/v1/webhooks/${a.webhookId}`).send({ enabled: false }),
    expect: { status: 404, body: notFound('Webhook') },
  },
  'DELETE /api/v1/webhooks/{id}': {
    send: (as, a) => as('delete', `/api/v1/webhooks/${a.webhookId}`),
    expect: { status: 404, body: notFound('Webhook') },
  },
  'POST /api/v1/webhooks/{id}/rotate-secret': {
    send: (as, a) => as('post', `/api/v1/webhooks/${a.webhookId}/rotate-secret`),
    expect: { status: 404, body: notFound('Webhook') },
  },
  'GET /api/v1/webhooks/{id}/deliveries': {
    send: (as, a) => as('get', `/api/v1/webhooks/${a.webhookId}/deliveries`),
    expect: { status: 404, body: notFound('Webhook') },
  },
  'POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    send: (as, a) => as('post', `/api/v1/webhooks/${a.webhookId}/deliveries/whd_x/redeliver`),
    expect: { status: 404, body: notFound('Webhook') },
  },
};

function campaignOf(name: string): Record<string, unknown> {
  return {
    name,
    description: 'x',
    campaignType: 'emi',
    startDate: '2025-08-01',
    startTime: '09:00',
    endDate: '2025-08-31',
    endTime: '18:00',
    languages: ['hindi'],
    region: 'west',
  };
}

const CREATE: Record<string, object> = {
  agents: { name: 'B agent', variables: ['first_name'] },
  dispositions: { name: 'B disposition' },
  'sms/templates': { name: 'B template', body: 'Hi {{first_name}}', senderId: 'BBBBBB', dltTemplateId: '1' },
  'phone-numbers': { number: '+918999999999', capabilities: ['voice'] },
};

function catalogue(path: string, id: keyof Ids, thing: string, update: object): Record<string, Case> {
  const missing = { status: 404 as const, body: notFound(thing) };
  return {
    [`POST /api/v1/${path}`]: {
      // Creating one's own never touches the other's (checked by the snapshot).
      send: (as) => as('post', `/api/v1/${path}`).send(CREATE[path]),
      expect: { status: 201, own: true },
    },
    [`GET /api/v1/${path}`]: {
      send: (as) => as('get', `/api/v1/${path}?limit=100`),
      expect: { status: 200, own: true },
    },
    [`GET /api/v1/${path}/{id}`]: { send: (as, a) => as('get', `/api/v1/${path}/${a[id]}`), expect: missing },
    [`PUT /api/v1/${path}/{id}`]: {
      send: (as, a) => as('put', `/api/v1/${path}/${a[id]}`).send(update),
      expect: missing,
    },
    [`DELETE /api/v1/${path}/{id}`]: { send: (as, a) => as('delete', `/api/v1/${path}/${a[id]}`), expect: missing },
  };
}

describe("tenant isolation: every documented route, with a second organization's key on the first one's ids", () => {
  let t: TestApp;
  let a: OrgSetup;
  let b: OrgSetup;
  let ids: Ids;
  let documented: string[];
  /** Values only the first organization's data holds: none may appear in an answer to the second. */
  const MARKERS = [
    'A-secret-campaign',
    'A-secret-borrower',
    'A-secret-agent',
    '+918111111111',
    '919811111111',
    A_LISTED,
    'A-secret-reason',
    'A-secret-hook',
  ];
  let before: unknown;

  /** Everything of the first organization that can be read, read with its own key. */
  const snapshot = async (): Promise<unknown> => {
    const read = async (path: string) => (await t.http.get(path).set(bearer(a.key)).expect(200)).body;
    const paths = [
      `/api/v1/campaigns/${ids.campaignId}`,
      `/api/v1/campaigns/${ids.campaignId}/customers?limit=100`,
      '/api/v1/campaigns?limit=100',
      '/api/v1/agents?limit=100',
      '/api/v1/dispositions?limit=100',
      '/api/v1/sms/templates?limit=100',
      '/api/v1/phone-numbers?limit=100',
      '/api/v1/initiations?limit=100',
      `/api/v1/initiations/${ids.initiationId}`,
      `/api/v1/initiations/${ids.initiationId}/attempts?limit=100`,
      '/api/v1/contact-policy',
      `/api/v1/contact-policy?campaignId=${ids.campaignId}`,
      '/api/v1/do-not-contact?limit=100',
      '/api/v1/logs?per_page=100',
      `/api/v1/campaigns/${ids.campaignId}/stats`,
      `/api/v1/attempts/${ids.attemptId}/events`,
      '/api/v1/webhooks?limit=100',
      `/api/v1/webhooks/${ids.webhookId}`,
    ];
    const admin = await t.http
      .get(`/api/v1/admin/organizations/${ids.orgId}/api-keys`)
      .set(bearer(t.config.adminApiToken ?? ''))
      .expect(200);
    return { reads: await Promise.all(paths.map(read)), keys: admin.body };
  };

  beforeAll(async () => {
    // The provider routes configured, so they answer (a 404 would prove nothing).
    t = await createTestApp({
      VOICE_RUNNER_SECRET: 'tenant-voice-secret',
      SMS_GATEWAY_SECRET: 'tenant-sms-secret',
      TWILIO_AUTH_TOKEN: 'tenant-twilio-token',
      PUBLIC_BASE_URL: 'https://outreach.example.com',
    });
    a = await setupOrg(t, { variables: ['first_name'], numbers: ['+918111111111'] });
    b = await setupOrg(t, { variables: ['first_name'] });
    await t.http.put(`/api/v1/agents/${a.agentId}`).set(bearer(a.key)).send({ name: 'A-secret-agent' }).expect(200);
    const campaignId = await createCampaign(t, a.key, {
      name: 'A-secret-campaign',
      jsonData: [
        loanRecord(1, { first_name: 'A-secret-borrower', phone_number: '9811111111' }),
        loanRecord(2, { first_name: 'A-secret-borrower 2' }),
      ],
    });
    const init = await t.http
      .post(`/api/v1/initiate/${campaignId}/calls`)
      .set(bearer(a.key))
      .send({ agentId: a.agentId, dispositionId: a.dispositionId })
      .expect(200);
    await t.http
      .post('/api/v1/do-not-contact')
      .set(bearer(a.key))
      .send({ entries: [{ phone: A_LISTED, channel: 'calls', reason: 'A-secret-reason' }] })
      .expect(201);
    await t.http
      .put('/api/v1/contact-policy')
      .set(bearer(a.key))
      .send({ sms: { maxAttempts: { count: 2 } } })
      .expect(200);
    const webhook = await t.http
      .post('/api/v1/webhooks')
      .set(bearer(a.key))
      .send({ url: 'https://93.184.215.14/A-secret-hook', events: ['attempt.outcome'] })
      .expect(201);
    const numbers = await t.http.get('/api/v1/phone-numbers').set(bearer(a.key)).expect(200);
    const whoami = await t.http.get('/api/v1/auth/whoami').set(bearer(a.key)).expect(200);
    const attempts = await t.http
      .get(`/api/v1/initiations/${init.body.initiationId as string}/attempts`)
      .set(bearer(a.key))
      .expect(200);
    ids = {
      campaignId,
      agentId: a.agentId,
      dispositionId: a.dispositionId,
      templateId: a.templateId,
      numberId: numbers.body.data[0].id,
      initiationId: init.body.initiationId,
      attemptId: attempts.body.data[0].attemptId,
      orgId: a.orgId,
      keyId: whoami.body.data.apiKeyId,
      webhookId: webhook.body.data.id,
    };
    const doc = (await t.http.get('/docs-json').expect(200)).body as { paths: Record<string, object> };
    documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    before = await snapshot();
  });
  afterAll(() => t.close());

  it('has an isolation case for every route in the OpenAPI document, and none for a route that is gone', () => {
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((route) => !(route in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((route) => !documented.includes(route))).toEqual([]);
  });

  it.each(Object.keys(CASES))('%s', async (route) => {
    const { send, expect: expected } = CASES[route];
    const as = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
      t.http[method](path).set(bearer(b.key));
    const res = await send(as, ids, b);
    expect([route, res.status]).toEqual([route, expected.status]);
    if ('body' in expected) expect(res.body).toEqual(expected.body);
    const text = res.text ?? JSON.stringify(res.body);
    for (const marker of MARKERS) expect([route, text.includes(marker)]).toEqual([route, false]);
    if ('own' in expected) {
      for (const id of [
        ids.campaignId,
        ids.agentId,
        ids.dispositionId,
        ids.templateId,
        ids.numberId,
        ids.initiationId,
        ids.attemptId,
        ids.webhookId,
      ]) {
        expect([route, text.includes(id)]).toEqual([route, false]);
      }
    }
  });

  it("changed nothing of the first organization's data (everything readable, before and after)", async () => {
    expect(await snapshot()).toEqual(before);
  });

  it("another organization's agent, disposition or template cannot be used on one's own campaign", async () => {
    const own = await createCampaign(t, b.key, { jsonData: [loanRecord(5)] });
    const post = (path: string, body: object) => t.http.post(path).set(bearer(b.key)).send(body);
    const agent = await post(`/api/v1/initiate/${own}/calls`, { agentId: a.agentId, dispositionId: b.dispositionId });
    expect([agent.status, agent.body]).toEqual([404, notFound('Agent')]);
    const disposition = await post(`/api/v1/initiate/${own}/calls`, {
      agentId: b.agentId,
      dispositionId: a.dispositionId,
    });
    expect([disposition.status, disposition.body]).toEqual([404, notFound('Disposition')]);
    const template = await post(`/api/v1/initiate/${own}/sms`, { templateId: a.templateId });
    expect([template.status, template.body]).toEqual([404, notFound('Template')]);
    const customer = await post('/api/v1/customers/add', {
      campaignId: own,
      data: loanRecord(6),
      initiateCall: true,
      callConfig: { agentId: a.agentId, dispositionId: a.dispositionId },
    });
    expect(customer.body).toMatchObject({ callInitiated: false, callError: 'Agent not found' });
  });
});
