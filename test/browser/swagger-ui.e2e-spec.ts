import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR, boundedPage, launchBrowser, withScreenshot } from '../support/browser';
import { loanRecord } from '../support/factories';
import { policyApp } from '../support/policy-initiation';

/**
 * Swagger UI at /docs in a real Chromium, done as a person would (issue 19): authorize with an
 * organization's key, "Try it out" on a dry run and on a real SMS initiation, read the 200 and
 * the report in the page. The app runs on a fake voice runner and SMS gateway with the clock at
 * an allowed contact time (policyApp's NOON_UTC), so the real initiation reaches the gateway.
 * Screenshots: test-artifacts/swagger-ui(.failed).png (the page), swagger-ui-sms-initiation.png.
 */

const AUTHORIZE = '.swagger-ui button.btn.authorize';

/** Authorize → the `api-key` (bearer) scheme → the key → Authorize → Close. */
async function authorize(page: Page, key: string): Promise<void> {
  await page.locator(AUTHORIZE).click();
  const modal = page.locator('.dialog-ux .modal-ux');
  await modal.waitFor();
  const scheme = modal.locator('.auth-container', { has: page.locator('h4', { hasText: /^api-key\b/ }) });
  await scheme.locator('input').fill(key);
  await scheme.locator('button.authorize').click();
  // Once authorized, the scheme offers Logout instead.
  await scheme.locator('button', { hasText: 'Logout' }).waitFor();
  await scheme.locator('button.btn-done').click();
  await modal.waitFor({ state: 'detached' });
}

/** The operation block of a path, expanded, with "Try it out" pressed. */
async function tryItOut(page: Page, route: string): Promise<Locator> {
  const op = page.locator('.opblock', { has: page.locator(`.opblock-summary-path[data-path="${route}"]`) });
  await op.locator('.opblock-summary').first().click();
  await op.locator('button.try-out__btn').click();
  await op.locator('textarea.body-param__text').waitFor();
  return op;
}

/** Execute, then the live response's status and JSON body as the page shows them. */
async function execute(op: Locator): Promise<{ status: number; body: Record<string, unknown> }> {
  await op.locator('button.execute').click();
  const live = op.locator('.live-responses-table .response').first();
  await live.waitFor();
  const status = Number((await live.locator('.response-col_status').innerText()).trim());
  const text = await live.locator('.response-col_description pre').first().innerText();
  return { status, body: JSON.parse(text) as Record<string, unknown> };
}

describe('Swagger UI in Chromium', () => {
  const p = policyApp('swagger_ui');
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    browser = await launchBrowser();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });

  it('authorizes with a key, runs a dry run, and keeps the key across a reload for a real SMS initiation', async () => {
    const records = [loanRecord(1), loanRecord(2), loanRecord(3)];
    const lender = await p.lender(records);
    const page = await boundedPage(browser!);
    try {
      await withScreenshot(page, 'swagger-ui', async () => {
        await page.goto(`${p.t.url}/docs`);
        await authorize(page, lender.org.key);
        await page.locator(`${AUTHORIZE}.locked`).waitFor();

        // A dry run of the calls route: the counts, nothing dispatched.
        const calls = await tryItOut(page, '/api/v1/initiate/{campaignId}/calls');
        await calls.locator('tr[data-param-name="campaignId"] input').fill(lender.campaignId);
        await calls.locator('tr[data-param-name="dryRun"] select').selectOption('true');
        await calls
          .locator('textarea.body-param__text')
          .fill(JSON.stringify({ agentId: lender.org.agentId, dispositionId: lender.org.dispositionId }));
        expect(await execute(calls)).toMatchObject({
          status: 200,
          body: {
            success: true,
            message: 'Dry run: nothing was dispatched',
            data: { totalMatched: 3, customersSelected: 3, batches: 1 },
          },
        });
        expect(p.reached('calls')).toEqual([]);

        // persistAuthorization: the key survives a reload of the page.
        await page.reload();
        await page.locator(`${AUTHORIZE}.locked`).waitFor();

        // A real SMS initiation: the campaign in the path, the template in the body.
        const sms = await tryItOut(page, '/api/v1/initiate/{campaignId}/sms');
        await sms.locator('tr[data-param-name="campaignId"] input').fill(lender.campaignId);
        await sms.locator('textarea.body-param__text').fill(JSON.stringify({ templateId: lender.org.templateId }));
        const real = await execute(sms);
        expect(real).toMatchObject({
          status: 200,
          body: { success: true, results: { totalMatched: 3, customersSelected: 3, initiated: 3, failed: 0 } },
        });
        expect(real.body.initiationId).toEqual(expect.any(String));
        expect(p.reached('sms')).toEqual(records.map((r) => String(r.loan_id)).sort());
        // The SMS operation with its request and the report the page shows, for a reader of the artefacts.
        await sms.screenshot({ path: path.join(ARTIFACTS_DIR, 'swagger-ui-sms-initiation.png') });
      });
    } finally {
      await page.close();
    }
  }, 60000);
});
