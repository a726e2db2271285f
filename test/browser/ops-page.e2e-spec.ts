import type { Browser, Page } from 'playwright-core';
import { bearer, createTestApp, TestApp } from '../support/app';
import { boundedPage, launchBrowser, withScreenshot } from '../support/browser';
import { bulkAdd, createCampaign, loanRecord, phone } from '../support/factories';
import { BatchItem, FakeBatchServer } from '../support/fakes/fake-runner';
import { initiate, isolatedEnv } from '../support/initiate';
import { OrgSetup, setupOrg } from '../support/outreach';
import { NOON_UTC } from '../support/policy-initiation';

/**
 * The operations page at /ops in a real Chromium (issue 19), used as a person would: sign in with
 * an organization's key, watch a running calls initiation whose batches the fake voice runner
 * holds until the test releases them, read its outcomes (signed events posted back as the runner
 * would), exclusions and a failed SMS initiation's batches, pick a campaign for its stats, sign out.
 * Screenshots: test-artifacts/ops-page(.failed).png.
 */

/** The page's storage, as the callbacks run inside it see it (this project's types have no DOM). */
interface WebStorage {
  readonly length: number;
  getItem(key: string): string | null;
}
declare const sessionStorage: WebStorage;
declare const localStorage: WebStorage;

const SECRET = 'ops-page-runner-secret';
// Each browser step is bounded at 10 s (boundedPage); a whole test gets 60 s on a loaded 2-core machine
// (about 9 s alone, mostly the page's 2-second polls).
const KEY_ITEM = 'outreach.ops.apiKey';

/** A promise the test settles: a held batch is answered when it is released. */
function gate(): { until: Promise<void>; release: () => void } {
  let release!: () => void;
  const until = new Promise<void>((resolve) => (release = resolve));
  return { until, release };
}

const row = (id: string) => `#initiations tr[data-initiation-id="${id}"]`;
const bar = (id: string) => `${row(id)} [role=progressbar]`;

async function progress(page: Page, id: string): Promise<number> {
  return Number(await page.locator(bar(id)).getAttribute('aria-valuenow'));
}

/** The bars of a chart as the page drew them: key → count. */
async function chart(page: Page, figureId: string): Promise<Record<string, number>> {
  return page
    .locator(`#${figureId} g.bar`)
    .evaluateAll((groups) =>
      Object.fromEntries(groups.map((g) => [g.getAttribute('data-key'), Number(g.getAttribute('data-value'))])),
    );
}

describe('the operations page in Chromium', () => {
  const runner = FakeBatchServer.voiceRunner(SECRET);
  const gateway = FakeBatchServer.smsGateway(undefined, 'messageId');
  let t: TestApp;
  let browser: Browser | undefined;
  let a: OrgSetup;
  let b: OrgSetup;
  let campaignA: string;
  let campaignB: string;
  let otherOrgInitiation: string;

  beforeAll(async () => {
    await runner.start();
    await gateway.start();
    t = await createTestApp({
      ...isolatedEnv('ops_page'),
      VOICE_PROVIDER: 'http',
      VOICE_RUNNER_URL: runner.url,
      VOICE_RUNNER_SECRET: SECRET,
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: gateway.url,
      DISPATCH_BACKOFF_MS: '10',
      // A held batch must not time out while the test looks at the page.
      VOICE_RUNNER_TIMEOUT_MS: '30000',
      BATCH_SIZE: '2',
    });
    t.clock.set(NOON_UTC); // 17:30 in Kolkata: inside the default contact window
    a = await setupOrg(t, { variables: ['first_name'], body: 'Dear {{first_name}}, your EMI is due.' });
    campaignA = await createCampaign(t, a.key, { name: 'March EMI reminders' });
    // Seven customers: the 7th shares the 1st's phone (duplicate_phone), the 6th is on the
    // do-not-contact list for calls; the five others go out in batches of 2, 2 and 1.
    await bulkAdd(t, a.key, campaignA, [
      ...Array.from({ length: 6 }, (_, i) => loanRecord(i + 1)),
      loanRecord(7, { phone_number: phone(1) }),
    ]);
    await t.http
      .post('/api/v1/do-not-contact')
      .set(bearer(a.key))
      .send({ entries: [{ phone: phone(6), channel: 'calls' }] })
      .expect(201);

    // Another organization with an initiation of its own, which a's page must never show.
    b = await setupOrg(t, { variables: ['first_name'] });
    campaignB = await createCampaign(t, b.key, { name: 'Other lender campaign' });
    await bulkAdd(t, b.key, campaignB, [loanRecord(1)]);
    const other = await initiate(t, {
      channel: 'calls',
      campaignId: campaignB,
      key: b.key,
      body: { agentId: b.agentId, dispositionId: b.dispositionId },
    });
    expect(other.status).toBe(200);
    otherOrgInitiation = other.body.initiationId as string;
    runner.reset();

    browser = await launchBrowser();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await runner.close();
    await gateway.close();
  });

  it('a wrong key is refused with the 401 message and nothing is kept', async () => {
    const page = await boundedPage(browser!);
    try {
      await page.goto(`${t.url}/ops`);
      await page.getByLabel('API key').fill('not-a-real-key');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: '401' }).waitFor();
      expect(await page.getByRole('alert').innerText()).toContain('The API key was not accepted (401 Unauthorized)');
      expect(await page.locator('#dashboard').isHidden()).toBe(true);
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    } finally {
      await page.close();
    }
  });

  it('shows a running initiation moving to complete, its outcomes, exclusions, failed batches and the campaign stats', async () => {
    const page = await boundedPage(browser!);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const gates = [gate(), gate(), gate()];
    gates.forEach((g, i) => runner.holdUntil(i + 1, g.until));
    try {
      await withScreenshot(page, 'ops-page', async () => {
        // The runner holds every batch: the initiation is answered 202 and stays running.
        const started = await initiate(t, {
          channel: 'calls',
          campaignId: campaignA,
          key: a.key,
          body: { agentId: a.agentId, dispositionId: a.dispositionId },
          headers: { Prefer: 'respond-async' },
        });
        expect(started.status).toBe(202);
        const id = started.body.data.initiationId as string;

        await page.goto(`${t.url}/ops`);
        await page.getByRole('heading', { name: 'Outreach operations' }).waitFor();
        await page.getByLabel('API key').fill(a.key);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.locator(bar(id)).waitFor();

        // The key is in this tab's session storage only: not in local storage, cookies or the URL.
        expect(await page.evaluate((item) => sessionStorage.getItem(item), KEY_ITEM)).toBe(a.key);
        expect(await page.evaluate(() => localStorage.length)).toBe(0);
        expect(await page.context().cookies()).toEqual([]);
        expect(page.url()).not.toContain(a.key);

        // Running, nothing handled yet; another organization's initiation is not listed.
        expect(await progress(page, id)).toBe(0);
        expect(await page.locator(`${row(id)} .status`).innerText()).toMatch(/^(queued|running)$/);
        expect(await page.locator(row(otherOrgInitiation)).count()).toBe(0);
        expect(await page.locator('#initiations tbody tr').count()).toBe(1);

        // Batch 1 (2 of the 5 selected customers) answered: the bar moves, still below 100.
        gates[0].release();
        await page.locator(`${bar(id)}[aria-valuenow="40"]`).waitFor();
        expect(await page.locator(`${row(id)} .status`).innerText()).toBe('running');
        gates[1].release();
        await page.locator(`${bar(id)}[aria-valuenow="80"]`).waitFor();

        // The runner reports outcomes for the four calls of batches 1 and 2 (signed, as it would).
        const placed = runner.requests
          .filter((r) => Number(r.body?.batch) <= 2)
          .flatMap((r) => r.body?.calls as BatchItem[])
          .map((c) => c.attemptId);
        expect(placed).toHaveLength(4);
        const at = t.clock.now().toISOString();
        const posted = await runner
          .reportTo(t.url, () => t.clock.now())
          .post([
            { attemptId: placed[0], event: 'completed', at, durationSec: 120, disposition: 'Promise to pay' },
            { attemptId: placed[1], event: 'completed', at, durationSec: 60, disposition: 'Promise to pay' },
            { attemptId: placed[2], event: 'no_answer', at },
            { attemptId: placed[3], event: 'busy', at },
          ]);
        expect(posted).toMatchObject({ status: 200, body: { accepted: 4 } });

        // The last batch: complete, 100.
        gates[2].release();
        await page.locator(`${bar(id)}[aria-valuenow="100"]`).waitFor();
        expect(await page.locator(`${row(id)} .status`).innerText()).toBe('completed');
        await page.locator(`#detail[data-initiation-id="${id}"]`).waitFor();
        await page.locator('#detail-summary', { hasText: 'calls, completed' }).waitFor();
        expect(await chart(page, 'outcomes-chart')).toEqual({
          pending: 1,
          completed: 2,
          no_answer: 1,
          busy: 1,
          voicemail: 0,
          failed: 0,
          canceled: 0,
          expired: 0,
        });
        expect(await chart(page, 'exclusions-chart')).toEqual({
          do_not_contact: 1,
          attempt_cap: 0,
          outside_window: 0,
          duplicate_phone: 1,
        });
        expect(await page.locator('#detail-summary').innerText()).toContain(
          '5 initiated and 0 failed of 5 selected (7 matched, 2 excluded)',
        );
        expect(await page.locator('#no-batch-errors').isVisible()).toBe(true);

        // An SMS initiation whose gateway refuses every message: its failed batch with the reason.
        gateway.behave((request) => ({
          body: {
            results: (request.body?.messages as BatchItem[]).map((m) => ({
              attemptId: m.attemptId,
              accepted: false,
              reason: 'DLT template not approved',
            })),
          },
        }));
        const sms = await initiate(t, {
          channel: 'sms',
          campaignId: campaignA,
          key: a.key,
          body: { templateId: a.templateId, limit: 2 },
        });
        expect(sms.status).toBe(500);
        const smsId = sms.body.initiationId as string;
        await page.getByRole('button', { name: 'Refresh' }).click();
        await page.locator(`${row(smsId)} .status`, { hasText: 'failed' }).waitFor();
        expect(await progress(page, smsId)).toBe(100);
        await page.locator(`${row(smsId)} button.pick`).click();
        await page.locator(`#detail[data-initiation-id="${smsId}"]`).waitFor();
        const failedBatches = await page
          .locator('#batch-errors tbody tr')
          .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
        expect(failedBatches).toEqual([['1', 'Initiation failed', 'DLT template not approved', '2']]);

        // The campaign's stats, from the picker (only this organization's campaigns in it).
        const options = await page.locator('#campaign-picker option').allInnerTexts();
        expect(options).toEqual(['Choose a campaign', 'March EMI reminders']);
        await page.getByLabel('Campaign', { exact: true }).selectOption(campaignA);
        await page.locator(`#stats[data-campaign-id="${campaignA}"]`).waitFor();
        expect(await page.locator('#calls-summary').innerText()).toBe(
          '5 calls initiated, contact rate 40%, average duration 90 s.',
        );
        expect(await chart(page, 'calls-chart')).toMatchObject({ pending: 1, completed: 2, no_answer: 1, busy: 1 });
        expect(await page.locator('#dispositions tbody tr').allInnerTexts()).toEqual(['Promise to pay\t2']);
        expect(await page.locator('#sms-summary').innerText()).toBe('0 messages initiated, delivery rate 0%.');
        // Back to the calls initiation for the screenshot (test-artifacts/ops-page.png).
        await page.locator(`${row(id)} button.pick`).click();
        await page.locator(`#detail[data-initiation-id="${id}"]`).waitFor();
      });
      await withScreenshot(page, 'ops-page-signed-out', async () => {
        // A reload keeps the session (the tab's storage): the same two initiations; sign-out clears it.
        await page.reload();
        await page.locator('#initiations [role=progressbar]').nth(1).waitFor();
        expect(await page.locator('#initiations tbody tr').count()).toBe(2);
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByLabel('API key').waitFor();
        expect(await page.evaluate((item) => sessionStorage.getItem(item), KEY_ITEM)).toBeNull();
        expect(await page.locator('#initiations tbody tr').count()).toBe(0);
        // No CSP refusal or script error on the way.
        expect(problems).toEqual([]);
      });
    } finally {
      gates.forEach((g) => g.release());
      await page.close();
    }
  }, 60000);
});

describe('the operations page when the API limits or cannot be reached', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Four requests a minute per key: signing in takes two (campaigns, initiations).
    t = await createTestApp({ ...isolatedEnv('ops_page_limits'), RATE_LIMIT_PER_MINUTE: '4' });
    t.clock.set(NOON_UTC);
    browser = await launchBrowser();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the 429 readably (a reload keeps the session), then the network error once the service is gone', async () => {
    const org = await t!.createOrg();
    const page = await boundedPage(browser!);
    try {
      await withScreenshot(page, 'ops-page-errors', async () => {
        await page.goto(`${t!.url}/ops`);
        await page.getByLabel('API key').fill(org.apiKey);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.locator('#initiations-empty').waitFor();
        const refresh = page.getByRole('button', { name: 'Refresh' });
        // Each click's request answered before the next (clicks during one in flight fold into one re-run).
        for (let i = 0; i < 3; i++) {
          await Promise.all([page.waitForResponse((r) => r.url().includes('/api/v1/initiations')), refresh.click()]);
        }
        const alert = page.getByRole('alert');
        await alert.filter({ hasText: '429' }).waitFor();
        expect(await alert.innerText()).toMatch(
          /^Too many requests \(429\): Rate limit exceeded, retry in \d+ s\. The page waits before asking again\.$/,
        );
        // Still signed in: a limit is not a bad key.
        expect(await page.locator('#dashboard').isVisible()).toBe(true);
        // A reload while limited keeps the tab's session and says why nothing is shown yet.
        await page.reload();
        await alert.filter({ hasText: '429' }).waitFor();
        expect(await page.locator('#dashboard').isVisible()).toBe(true);
        expect(await page.evaluate((item) => sessionStorage.getItem(item), KEY_ITEM)).toBe(org.apiKey);

        await t!.close();
        t = undefined;
        await refresh.click();
        await alert.filter({ hasText: 'network error' }).waitFor();
        expect(await alert.innerText()).toBe(
          'The service could not be reached (network error). Retrying in a few seconds.',
        );
      });
    } finally {
      await page.close();
    }
  }, 60000);
});
