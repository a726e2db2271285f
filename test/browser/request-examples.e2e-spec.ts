import type { Browser, Page } from 'playwright-core';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { signInbound } from '../../src/providers/inbound-signature';
import { urlFormProblem } from '../../src/webhooks/url-guard';
import { ADMIN_TOKEN, bearer, createTestApp, TestApp } from '../support/app';
import { boundedPage, launchBrowser, withScreenshot } from '../support/browser';
import { bulkAdd, createCampaign, loanRecord } from '../support/factories';
import { FakeBatchServer } from '../support/fakes/fake-runner';
import { isolatedEnv } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';
import { NOON_UTC } from '../support/policy-initiation';

/**
 * "Every route's example request must be valid as shown" (issue 19): each JSON request body that
 * Swagger UI shows at /docs — every documented example, or, where a route documents none, the
 * "Example Value" Swagger UI builds from the schema (computed in the page, in Chromium) — is sent
 * as shown, with the ids it names swapped for real resources of a real organization (campaign,
 * agent, disposition, template, number, webhook, and the attempts of a real initiation for the
 * provider routes, signed), and must be carried out: a 2xx, every initiation a 200. A wrong example
 * is fixed in the docs, not by loosening validation. Every read (GET) is sent with the parameters
 * "Try it out" fills in (examples, defaults; ids made real, an optional header as shown: a made-up
 * x-org-id example once made every call a 403). Not covered: the two non-JSON bodies (the CSV
 * import and Twilio's form-encoded status callback), whose page shows no example body.
 */

const VOICE_SECRET = 'examples-runner-secret';
const SMS_SECRET = 'examples-gateway-secret';

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: { example?: unknown; default?: unknown };
}
interface Operation {
  operationId?: string;
  security?: Array<Record<string, unknown>>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
}

/**
 * Customers every filter of the documented examples matches at least once: the ids the examples
 * name, both payment statuses, an August 2025 due date, an EMI amount between 5,000 and 20,000,
 * Hindi, and the Mumbai branch's product types.
 */
const CUSTOMERS = [
  ['LOAN-2025-00123', 'pending', 'personal_loan'],
  ['LOAN-2025-00456', 'bounced', 'home_loan'],
  ['LOAN-2025-00789', 'pending', 'home_loan'],
  ['LOANID-2043153', 'bounced', 'personal_loan'],
  ['LOANID-2043154', 'pending', 'personal_loan'],
  ['LOANID-2043155', 'paid', 'gold_loan'],
].map(([loanId, status, product], i) =>
  loanRecord(i + 1, {
    loan_id: loanId,
    payment_status: status,
    product_type: product,
    emi_amount: 12000,
    emi_due_date: '2025-08-15',
    language: 'hindi',
    branch: 'mumbai',
  }),
);

interface World {
  org: OrgSetup;
  campaignId: string;
  phoneNumberId: string;
  webhookId: string;
  /** The attempts its initiation made, and which of them stands for each attempt id an example names. */
  attempts: string[];
  attemptFor: Map<string, string>;
}

/** An id of a kind the example names, by its prefix (`camp_…`) or by the field it is in (`templateId`). */
function realId(world: World, field: string | undefined, value: string): string | undefined {
  const byPrefix: Record<string, string | undefined> = {
    org: world.org.orgId,
    camp: world.campaignId,
    agent: world.org.agentId,
    disp: world.org.dispositionId,
    tmpl: world.org.templateId,
    num: world.phoneNumberId,
    wh: world.webhookId,
  };
  const byField: Record<string, string | undefined> = {
    orgId: byPrefix.org,
    campaignId: byPrefix.camp,
    agentId: byPrefix.agent,
    dispositionId: byPrefix.disp,
    templateId: byPrefix.tmpl,
    phoneNumberId: byPrefix.num,
    webhookId: byPrefix.wh,
  };
  const prefix = /^([a-z]+)_[A-Za-z0-9]+$/.exec(value)?.[1];
  if (prefix === 'att') {
    // Distinct example attempts stand for distinct real ones, in the order the example names them.
    if (!world.attemptFor.has(value) && world.attemptFor.size < world.attempts.length)
      world.attemptFor.set(value, world.attempts[world.attemptFor.size]);
    return world.attemptFor.get(value);
  }
  return (prefix !== undefined ? byPrefix[prefix] : undefined) ?? (field !== undefined ? byField[field] : undefined);
}

/** The example with the ids it names swapped for the world's real ones. */
function withRealIds(world: World, node: unknown, field?: string): unknown {
  if (typeof node === 'string') return realId(world, field, node) ?? node;
  if (Array.isArray(node)) return node.map((n) => withRealIds(world, n, field));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withRealIds(world, v, k)]));
}

/** The path with its parameters filled in from the world (by the route's resource). */
function realPath(world: World, path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'orgId') return world.org.orgId;
    if (name === 'campaignId') return world.campaignId;
    const resource = path.split('/')[3];
    const ids: Record<string, string | undefined> = {
      campaigns: world.campaignId,
      agents: world.org.agentId,
      dispositions: world.org.dispositionId,
      sms: world.org.templateId,
      'phone-numbers': world.phoneNumberId,
      webhooks: world.webhookId,
    };
    const id = ids[resource];
    if (id === undefined) throw new Error(`no real id for {${name}} in ${path}`);
    return id;
  });
}

/** The page's Swagger UI (`window.ui`), as far as these specs use it. */
interface SwaggerUi {
  specActions: { requestResolvedSubtree: (path: string[]) => void };
  specSelectors: { specResolvedSubtree: (path: string[]) => { toJS: () => unknown } | undefined };
  fn: { getSampleSchema: (schema: unknown, contentType: string, config: object) => unknown };
}

/**
 * The "Example Value" Swagger UI builds for each operation's JSON request body, computed the way
 * its RequestBody component does (the operation's resolved subtree, allOf merged, through
 * getSampleSchema with write-only fields) without opening every operation in the page.
 */
async function swaggerSamples(page: Page, operations: Array<[string, string]>): Promise<unknown[]> {
  // These run in the page: `ui` is the global Swagger UI sets up (@nestjs/swagger's init script).
  await page.evaluate((ops) => {
    const { ui } = globalThis as unknown as { ui: SwaggerUi };
    for (const [path, method] of ops) ui.specActions.requestResolvedSubtree(['paths', path, method]);
  }, operations);
  await page.waitForFunction((ops) => {
    const { ui } = globalThis as unknown as { ui: SwaggerUi };
    return ops.every(([path, method]) => ui.specSelectors.specResolvedSubtree(['paths', path, method]));
  }, operations);
  const samples = await page.evaluate((ops) => {
    const { ui } = globalThis as unknown as { ui: SwaggerUi };
    return ops.map(([path, method]) => {
      const body = ['paths', path, method, 'requestBody', 'content', 'application/json', 'schema'];
      return ui.fn.getSampleSchema(ui.specSelectors.specResolvedSubtree(body)?.toJS(), 'application/json', {
        includeWriteOnly: true,
      });
    });
  }, operations);
  return samples.map((sample) => (typeof sample === 'string' ? (JSON.parse(sample) as unknown) : sample));
}

describe('documented request examples, sent as shown', () => {
  const runner = FakeBatchServer.voiceRunner(VOICE_SECRET);
  const gateway = FakeBatchServer.smsGateway(SMS_SECRET, 'messageId');
  let t: TestApp;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await runner.start();
    await gateway.start();
    t = await createTestApp({
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET: VOICE_SECRET,
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_SECRET: SMS_SECRET,
      DISPATCH_BACKOFF_MS: '10',
      // This network resolves no names: the webhook examples' hosts are taken as public, their form is checked.
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      ...isolatedEnv('request_examples'),
    });
    t.clock.set(NOON_UTC);
    browser = await launchBrowser();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await runner.close();
    await gateway.close();
  });

  /**
   * A fresh organization with an agent, a disposition, a template, a phone number, a webhook and a
   * campaign of CUSTOMERS, none of them named as the examples name theirs (so a create example is
   * not a duplicate of it).
   */
  async function world(renamed = false): Promise<World> {
    const org = await setupOrg(t, {
      variables: ['first_name'],
      body: 'Dear {{first_name}}, your EMI is due.',
      numbers: ['+918000000001'],
    });
    const key = bearer(org.key);
    // The create example names the disposition the voice event example reports: here it must be new.
    if (renamed)
      await t.http.put(`/api/v1/dispositions/${org.dispositionId}`).set(key).send({ name: 'Set up' }).expect(200);
    const campaignId = await createCampaign(t, org.key);
    await bulkAdd(t, org.key, campaignId, CUSTOMERS);
    const numbers = await t.http.get('/api/v1/phone-numbers').set(key).expect(200);
    const webhook = await t.http
      .post('/api/v1/webhooks')
      .set(key)
      .send({ url: 'https://example.com/set-up', events: ['attempt.outcome'] })
      .expect(201);
    return {
      org,
      campaignId,
      phoneNumberId: (numbers.body.data as Array<{ id: string }>)[0].id,
      webhookId: webhook.body.data.id as string,
      attempts: [],
      attemptFor: new Map(),
    };
  }

  it('carries out every one of them on real resources (none refused as invalid)', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body as Doc;

    // What Swagger UI shows for each JSON request body: its examples, or the sample it builds.
    const shown: Array<{ method: string; path: string; name: string; op: Operation; body: unknown }> = [];
    const sampled: Array<{ method: string; path: string; op: Operation }> = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const json = op.requestBody?.content['application/json'];
        if (!json) continue;
        if (json.examples) {
          for (const [name, ex] of Object.entries(json.examples))
            shown.push({ method, path, name, op, body: ex.value });
        } else if (json.example !== undefined) {
          shown.push({ method, path, name: 'example', op, body: json.example });
        } else if (json.schema) {
          sampled.push({ method, path, op });
        }
      }
    }
    const page = await boundedPage(browser!);
    try {
      await withScreenshot(page, 'request-examples', async () => {
        await page.goto(`${t.url}/docs`);
        await page.locator('.swagger-ui .opblock').first().waitFor();
        const samples = await swaggerSamples(
          page,
          sampled.map((s) => [s.path, s.method]),
        );
        sampled.forEach((s, i) => shown.push({ ...s, name: 'shown', body: samples[i] }));
        // The samples are the page's own "Example Value": opened, the route with the largest shows the same.
        const size = (i: number): number => JSON.stringify(samples[i]).length;
        const largest = samples.reduce<number>((best, _, i) => (size(i) > size(best) ? i : best), 0);
        const first = sampled[largest];
        const block = page.locator(`.opblock.opblock-${first.method}`, {
          has: page.locator(`.opblock-summary-path[data-path="${first.path}"]`),
        });
        await block.locator('.opblock-summary').first().click();
        const text = await block.locator('.opblock-section-request-body .highlight-code').first().innerText();
        expect(JSON.parse(text)).toEqual(samples[largest]);
      });
    } finally {
      await page.close();
    }
    // Every JSON body route of the API is covered: the initiate and provider routes' examples and the rest's samples.
    expect(shown.length).toBeGreaterThan(25);

    // The app takes any host here (WEBHOOK_ALLOW_PRIVATE_URLS): the documented URLs pass the production form check.
    const webhookUrls = shown.filter((s) => s.path.startsWith('/api/v1/webhooks')).map((s) => (s.body as Json).url);
    expect(webhookUrls.length).toBeGreaterThan(0);
    for (const url of webhookUrls) expect([url, urlFormProblem(String(url), false)]).toEqual([url, undefined]);

    const results: Array<{ route: string; status: number; sent: unknown; answer: unknown }> = [];
    // Initiations get a world each, so one example's attempts never cap the next's customers; a
    // create (POST without a path parameter) and the updates get two others, so the update of a
    // resource is never refused as a duplicate of what the create example just made.
    // A provider's events are about the attempts of the last initiation of its channel.
    let creates: World | undefined;
    let updates: World | undefined;
    const initiated: Partial<Record<'calls' | 'sms', World>> = {};
    for (const { method, path, name, op, body } of shown) {
      const provider = /^\/api\/v1\/providers\/(voice|sms)\//.exec(path)?.[1];
      const initiate = /^\/api\/v1\/initiate\/\{campaignId\}\/(calls|sms)$/.exec(path)?.[1] as
        'calls' | 'sms' | undefined;
      let w: World;
      if (initiate) w = await world();
      else if (provider) {
        const last = initiated[provider === 'voice' ? 'calls' : 'sms'];
        if (!last) throw new Error(`${path}: no initiation of its channel came before it`);
        w = last;
      } else if (method === 'post' && !path.includes('{')) w = creates ??= await world(true);
      else w = updates ??= await world();
      const sent = withRealIds(w, body);
      const raw = JSON.stringify(sent);
      const req = t.http[method as 'post' | 'put' | 'patch'](realPath(w, path)).set('Content-Type', 'application/json');
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
      if (schemes.includes('admin-token')) void req.set(bearer(ADMIN_TOKEN));
      else if (schemes.includes('api-key')) void req.set(bearer(w.org.key));
      else if (path.includes('/providers/voice/')) void req.set(signInbound(VOICE_SECRET, raw, t.clock.now()));
      else if (path.includes('/providers/sms/')) void req.set(signInbound(SMS_SECRET, raw, t.clock.now()));
      const res: Response = await req.send(raw);
      if (initiate && res.status === 200) {
        initiated[initiate] = w;
        w.attempts = (
          await t.app
            .get(DataSource)
            .query<Array<{ attempt_id: string }>>(
              "SELECT attempt_id FROM attempts WHERE initiation_id = ? AND status = 'initiated' ORDER BY customer_row_id",
              [res.body.initiationId],
            )
        ).map((r) => r.attempt_id);
      }
      results.push({ route: `${method.toUpperCase()} ${path} (${name})`, status: res.status, sent, answer: res.body });
    }

    // Every example names real resources and customers only, so each is carried out, not only validated.
    expect(results.filter((r) => r.status >= 300)).toEqual([]);
    expect(results.filter((r) => r.route.includes('/initiate/') && r.status !== 200)).toEqual([]);
    // The provider examples' events land on real attempts: none is unknown.
    const providers = results.filter((r) => r.route.includes('/providers/'));
    expect(providers.map((r) => [r.route, (r.answer as Json).unknown])).toEqual(providers.map((r) => [r.route, []]));
    expect(providers).toHaveLength(2);
  }, 60000);

  it('answers every read with the parameters Swagger UI fills in (their examples and defaults) 200', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body as Doc;
    // A world with one calls and one SMS initiation, so attempt and initiation ids are real.
    const w = await world();
    const attemptsOf = async (channel: 'calls' | 'sms', body: object): Promise<{ id: string; attempts: string[] }> => {
      const res = await t.http
        .post(`/api/v1/initiate/${w.campaignId}/${channel}`)
        .set(bearer(w.org.key))
        .send(body)
        .expect(200);
      const rows = await t.app
        .get(DataSource)
        .query<Array<{ attempt_id: string }>>(
          'SELECT attempt_id FROM attempts WHERE initiation_id = ? ORDER BY customer_row_id',
          [res.body.initiationId],
        );
      return { id: res.body.initiationId as string, attempts: rows.map((r) => r.attempt_id) };
    };
    const calls = await attemptsOf('calls', { agentId: w.org.agentId, dispositionId: w.org.dispositionId });
    const sms = await attemptsOf('sms', { templateId: w.org.templateId });

    const results: Array<{ route: string; status: number; answer: unknown }> = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      const op = methods.get;
      if (!op || !path.startsWith('/api/v1/')) continue;
      // What "Try it out" starts with: the parameter's example, else its schema's example or default.
      const filled = (op.parameters ?? [])
        .map((p) => ({ p, value: p.example ?? p.schema?.example ?? p.schema?.default }))
        .filter((f) => f.value !== undefined);
      // Attempt ids by the route's channel (an SMS attempt for the SMS routes).
      w.attempts = path.includes('/sms/') ? sms.attempts : calls.attempts;
      w.attemptFor = new Map();
      const given = path.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const example = filled.find((f) => f.p.in === 'path' && f.p.name === name)?.value;
        if (typeof example === 'string') return String(withRealIds(w, example, name));
        return path.startsWith('/api/v1/initiations/') ? calls.id : whole;
      });
      const url = realPath(w, given);
      const query = new URLSearchParams();
      const headers: Record<string, string> = {};
      // A person puts their own ids in the path and query; an optional header is sent as shown.
      for (const { p, value } of filled) {
        const real = String(p.in === 'header' && !p.required ? value : withRealIds(w, value, p.name));
        if (p.in === 'query') query.set(p.name, real);
        if (p.in === 'header') headers[p.name] = real;
      }
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
      const res = await t.http
        .get(`${url}${query.size > 0 ? `?${query.toString()}` : ''}`)
        .set(schemes.includes('admin-token') ? bearer(ADMIN_TOKEN) : bearer(w.org.key))
        .set(headers);
      results.push({ route: `GET ${path}?${query.toString()}`, status: res.status, answer: res.body });
    }
    expect(results.length).toBeGreaterThan(20);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
  }, 60000);
});
