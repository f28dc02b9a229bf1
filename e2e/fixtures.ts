import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, test as base, expect, type Page } from '@playwright/test';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** The two widths every screen is looked at: a phone and a desktop. */
export const WIDTHS = [390, 1280] as const;

/** A person in their own browser context, whose console errors fail the test. */
export async function personPage(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
  const page = await context.newPage();
  page.on('console', (msg) => {
    // A signed-out GET /api/me answers 401 by design, and offline tests cut the network on purpose;
    // Chromium reports both as console errors.
    if (msg.type() === 'error' && !/status of 40[149]|ERR_INTERNET_DISCONNECTED/.test(msg.text())) {
      throw new Error(`console error: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}

/** Checks the page with axe (nothing may be found) and keeps screenshots at both widths. */
export async function look(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Every screen has one h1; waiting for it means the route has finished loading.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  const original = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

let counter = 0;
/** A unique e-mail for this run. */
export const uniqueEmail = (name: string) => `${name.toLowerCase()}.${Date.now()}.${++counter}@example.com`;

export const test = base;
export { expect };
