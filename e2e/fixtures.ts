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
export const uniqueEmail = (name: string) =>
  `${name.toLowerCase()}.${Date.now()}.${process.pid}.${++counter}@example.com`;

export const test = base;
export { expect };

/** The password every journey's people use. */
export const PASSWORD = 'maple river lantern 7';

/** Fills in and sends the sign-up form on the page it is on. */
export async function signUp(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(uniqueEmail(name));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
}

/** Answers the private safety question that follows sign-up. */
export async function answerSafety(page: Page, answer: 'Yes' | 'No'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'A private question first' })).toBeVisible();
  await page.getByRole('radio', { name: answer, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Two partners in one space, each in their own browser: Hana (hurt) on a phone, Ravi (repairing)
 * on a desktop; both end on Today, seeing each other.
 */
export async function twoPartners(browser: Browser, options: { base?: string; discoveredOn?: string } = {}) {
  const base = options.base ?? '';
  const hana = await personPage(browser, 390);
  const ravi = await personPage(browser, 1280);
  await hana.goto(`${base}/sign-up`);
  await signUp(hana, 'Hana');
  await answerSafety(hana, 'Yes');
  await expect(hana.getByRole('heading', { level: 1, name: 'Set up your space' })).toBeVisible();
  await hana.getByRole('radio', { name: 'I was hurt' }).check();
  if (options.discoveredOn)
    await hana.getByLabel('When did it come to light?').first().fill(options.discoveredOn);
  await hana.getByRole('button', { name: 'Create the space' }).click();
  await hana.getByRole('button', { name: 'Make an invitation' }).click();
  await expect(hana.locator('.invite-code').first()).toHaveText(/^[A-Z2-9]{10}$/);
  const code = ((await hana.locator('.invite-code').first().textContent()) ?? '').trim();
  await ravi.goto(`${base}/join/${code}`);
  await ravi
    .getByRole('link', { name: /create an account/i })
    .first()
    .click();
  await signUp(ravi, 'Ravi');
  await answerSafety(ravi, 'Yes');
  await ravi.getByRole('radio', { name: 'I broke trust and want to repair it' }).check();
  await ravi.getByRole('button', { name: 'Join the space' }).click();
  await expect(ravi.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await hana.goto(`${base}/today`);
  await expect(hana.getByText('Ravi', { exact: true })).toBeVisible();
  return { hana, ravi };
}
