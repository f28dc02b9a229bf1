import { answerSafety, expect, look, personPage, signUp, test } from '../fixtures';

// 23 days before today (UTC, as the server counts), so Today reads "Day 24" whenever the test runs.
const DISCOVERED = new Date(Date.now() - 23 * 86_400_000).toISOString().slice(0, 10);

test('two partners: sign up, a private safety question, a space, an invite, joining, and leaving', async ({
  browser,
}) => {
  const hana = await personPage(browser, 390);
  const ravi = await personPage(browser, 1280);

  // The hurt partner arrives as a newcomer.
  await hana.goto('/');
  await expect(hana.getByRole('heading', { level: 1, name: 'Welcome to Mend' })).toBeVisible();
  await look(hana, '01-welcome');
  await hana.getByRole('link', { name: 'Create an account' }).click();
  await look(hana, '02-sign-up');
  await signUp(hana, 'Hana');

  // The safety question is private; this time the answer is yes.
  await expect(hana.getByRole('heading', { level: 1, name: 'A private question first' })).toBeVisible();
  await look(hana, '03-safety-question');
  await answerSafety(hana, 'Yes');

  await expect(hana.getByRole('heading', { level: 1, name: 'Set up your space' })).toBeVisible();
  await look(hana, '04-create-space');
  await hana.getByRole('radio', { name: 'I was hurt' }).check();
  await hana.getByLabel('When did it come to light?').first().fill(DISCOVERED);
  await hana.getByRole('button', { name: 'Create the space' }).click();

  await expect(hana.getByRole('heading', { level: 1, name: 'Invite your partner' })).toBeVisible();
  await hana.getByRole('button', { name: 'Make an invitation' }).click();
  await expect(hana.locator('.invite-code').first()).toHaveText(/^[A-Z2-9]{10}$/);
  const code = (await hana.locator('.invite-code').first().textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  await look(hana, '05-invite');

  // The repairing partner follows the link, signs up, and joins.
  await ravi.goto(`/join/${code}`);
  await look(ravi, '06-join-signed-out');
  await ravi
    .getByRole('link', { name: /create an account/i })
    .first()
    .click();
  await signUp(ravi, 'Ravi');
  await answerSafety(ravi, 'Yes');
  await expect(ravi.getByRole('heading', { level: 1, name: /Join Hana/ })).toBeVisible();
  await look(ravi, '07-join');
  await ravi.getByRole('radio', { name: 'I broke trust and want to repair it' }).check();
  await ravi.getByRole('button', { name: 'Join the space' }).click();

  // Both see who is who on Today; Hana's screen updates live, without a reload.
  await expect(ravi.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(ravi.getByText('Hana', { exact: true })).toBeVisible();
  await hana.goto('/today');
  await expect(hana.getByText('Ravi', { exact: true })).toBeVisible();
  // Day 24 counts the day it came to light as day 1 (25 if midnight UTC passes mid-test).
  await expect(hana.getByText(/^Day 2[45]$/)).toBeVisible();
  await look(hana, '08-today-hurt');
  await look(ravi, '09-today-repairing');

  // Ravi leaves; Hana's Today shows the change at once.
  await ravi.getByRole('link', { name: 'Settings' }).first().click();
  await expect(ravi.getByRole('heading', { name: 'Notifications on this device' })).toBeVisible();
  await look(ravi, '10-settings');
  await ravi.getByRole('button', { name: 'Leave this space…' }).click();
  await look(ravi, '11-leave-dialog');
  await ravi.getByRole('button', { name: 'Leave now' }).click();
  await expect(hana.getByText(/No one else is in this space now/)).toBeVisible();
  // She is told, before inviting anyone, what someone new would and would not see.
  await expect(
    hana.getByText(/If someone new joins, what you shared before becomes private first/),
  ).toBeVisible();
  await expect(hana.getByText('Ravi', { exact: true })).toHaveCount(0);
});

test('an answer other than yes leads with safety resources and solo mode', async ({ browser }) => {
  const page = await personPage(browser, 390);
  await page.goto('/sign-up');
  await signUp(page, 'Sam');
  await answerSafety(page, 'No');
  await expect(page.getByRole('heading', { name: 'Your safety comes first' })).toBeVisible();
  await look(page, '12-safety-first');
  await page.getByRole('link', { name: 'Use Mend on my own' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await look(page, '13-today-solo');
});

test('quick exit: the button and the Esc key leave for a neutral page', async ({ browser }) => {
  const page = await personPage(browser, 390);
  await page.goto('/welcome');
  await page
    .getByRole('button', { name: /quick exit/i })
    .first()
    .click();
  await expect(page).toHaveURL(/away\.html$/);
  await expect(page.getByText(/Mend/)).toHaveCount(0);
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/away\.html$/);
});

test('the installed app shell opens offline', async ({ browser }) => {
  const page = await personPage(browser, 390);
  await page.goto('/welcome');
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link
      ? ((await (await fetch(link.href)).json()) as {
          name: string;
          display: string;
          icons: { sizes: string }[];
          shortcuts: { name: string; url: string }[];
        })
      : null;
  });
  expect(manifest).toMatchObject({ name: 'Mend', display: 'standalone' });
  expect(manifest).toMatchObject({
    shortcuts: expect.arrayContaining([expect.objectContaining({ name: 'Reach out', url: '/today' })]),
  });
  expect(manifest?.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  // Only the shell and the offline screens are precached; a screen opened once online is kept when fetched.
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.context().setOffline(true);
  await page.goto('/welcome');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Mend' })).toBeVisible();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.context().setOffline(false);
});
