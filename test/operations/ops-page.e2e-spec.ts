import { OPS_PAGE_CSP } from '../../src/operations/ops-page/ops-page';
import { bearer, createTestApp, TestApp } from '../support/app';
import { isolatedEnv } from '../support/initiate';

/** The operations page's route itself (what it does in a browser: test/browser/ops-page.e2e-spec.ts). */
describe('the operations page at /ops', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(isolatedEnv('ops_route'));
  });
  afterAll(() => t.close());

  it('serves the page without a key, as HTML under its own CSP, at /ops and /ops/', async () => {
    for (const path of ['/ops', '/ops/']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(OPS_PAGE_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.text).toContain('<script type="module" src="/ops/ops.js"></script>');
      expect(res.text).toContain('<link rel="stylesheet" href="/ops/ops.css" />');
    }
    // Its CSP allows nothing from elsewhere: scripts, styles and requests from this origin only.
    expect(OPS_PAGE_CSP).toContain("default-src 'none'");
    expect(OPS_PAGE_CSP).toContain("script-src 'self'");
    expect(OPS_PAGE_CSP).toContain("connect-src 'self'");
    expect(OPS_PAGE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves its script and stylesheet with their content types and the same CSP', async () => {
    const js = await t.http.get('/ops/ops.js').expect(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(OPS_PAGE_CSP);
    expect(js.text).toContain('sessionStorage.setItem(KEY_ITEM, key)');
    const css = await t.http.get('/ops/ops.css').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['content-security-policy']).toBe(OPS_PAGE_CSP);
  });

  it('the page holds no inline script, style or event handler (its CSP would refuse them)', async () => {
    const html = (await t.http.get('/ops').expect(200)).text;
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\/ops\//);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('is not an API route: not under /api/v1, not in the OpenAPI document, and the API keeps its strict CSP', async () => {
    await t.http.get('/api/v1/ops').expect(404);
    await t.http.get('/ops/nothing-here.js').expect(404);
    const doc = await t.http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths as object).filter((p) => p.includes('ops'))).toEqual([]);
    const org = await t.createOrg();
    const api = await t.http.get('/api/v1/campaigns').set(bearer(org.apiKey)).expect(200);
    expect(api.headers['content-security-policy']).not.toBe(OPS_PAGE_CSP);
    expect(api.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('the operations page in a worker process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...isolatedEnv('ops_route_worker'), APP_ROLE: 'worker' });
  });
  afterAll(() => t.close());

  it('is not mounted: a worker serves only its probes', async () => {
    for (const path of ['/ops', '/ops/ops.js', '/ops/ops.css']) await t.http.get(path).expect(404);
  });
});
