import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (which never downloads a browser). `.ci/run`
 * installs it when missing; a machine without it fails the browser specs with this message.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags this machine needs: headless without a sandbox or GPU, and none of Chromium's own
 * background connections (updates, sync, field trials), which the closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots of the browser specs go (gitignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../test-artifacts');

/** A fresh Chromium (a new temporary profile each launch); close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium; .ci/run does) ` +
        'or set CHROMIUM_PATH. The browser specs do not download a browser.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30000 });
}

/** A page whose actions and waits are bounded (ms), so a missing element fails the test, never hangs it. */
export async function boundedPage(browser: Browser, timeoutMs = 10000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  page.setDefaultTimeout(timeoutMs);
  page.setDefaultNavigationTimeout(timeoutMs);
  return page;
}

/** Saves a full-page screenshot as test-artifacts/<name>.png; a failure to save never hides the test's result. */
export async function screenshot(page: Page | undefined, name: string): Promise<string | undefined> {
  if (!page || page.isClosed()) return undefined;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true, timeout: 5000 });
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Runs a browser test's body and keeps a screenshot of the page either way:
 * `<name>.png` when it passes, `<name>.failed.png` when it throws (then rethrows).
 */
export async function withScreenshot<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  try {
    const result = await body();
    await screenshot(page, name);
    return result;
  } catch (error) {
    await screenshot(page, `${name}.failed`);
    throw error;
  }
}
