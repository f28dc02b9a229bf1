import { expect, look, test, twoPartners } from '../fixtures';

test('disclosure → complete → a late disclosure: the count starts again on both screens', async ({
  browser,
}) => {
  const { hana, ravi } = await twoPartners(browser, { discoveredOn: '2026-11-01' });

  await ravi.getByRole('link', { name: 'Open the groundwork' }).click();
  await expect(ravi.getByRole('heading', { level: 1, name: 'Groundwork' })).toBeVisible();
  await look(ravi, 'gw-01-hub-repairing');

  await ravi.getByRole('link', { name: /The disclosure/ }).click();
  await ravi.getByLabel(/^What happened/).fill('I had an affair with a colleague from March to October.');
  await ravi.getByLabel(/^How you were in contact/).fill('Work chat, texts and lunches.');
  await ravi.getByRole('button', { name: 'Share this part' }).click();
  await expect(ravi.getByText('Shared with your partner.')).toBeVisible();
  await look(ravi, 'gw-02-disclosure-written');
  await ravi.getByRole('button', { name: 'Mark the disclosure complete…' }).click();
  await look(ravi, 'gw-03-complete-dialog');
  await ravi.getByRole('button', { name: 'Yes, it is complete' }).click();
  await expect(ravi.getByText('Less than a day', { exact: true })).toBeVisible();

  await hana.goto('/groundwork/disclosure');
  await expect(hana.getByText('Less than a day', { exact: true })).toBeVisible();
  await expect(hana.getByText(/affair with a colleague/)).toBeVisible();
  await expect(hana.getByText(/started the count again/)).toHaveCount(0);
  // Hana reads Ravi's parts under headings worded for her, not the prompts he answered.
  await expect(hana.getByRole('heading', { level: 3, name: 'How Ravi was in contact' })).toBeVisible();
  await look(hana, 'gw-04-disclosure-hurt');

  // Something more comes out: it is recorded as late, and both screens say the count started again.
  await ravi.getByLabel(/^Anything else kept hidden/).fill('I also lied about a trip in June.');
  await ravi.getByRole('button', { name: 'Share this' }).click();
  await expect(
    ravi.getByText('1 thing was shared after the disclosure was complete, so the count started again.'),
  ).toBeVisible();
  // Hana's screen updates live, without a reload.
  await expect(
    hana.getByText('1 thing was shared after the disclosure was complete, so the count started again.'),
  ).toBeVisible();
  await expect(hana.getByText('Shared after the disclosure was complete', { exact: true })).toBeVisible();
  await expect(hana.getByText('Less than a day', { exact: true })).toBeVisible();
  await look(hana, 'gw-05-late-disclosure-hurt');
  await look(ravi, 'gw-06-late-disclosure-repairing');

  await hana.goto('/groundwork/timeline');
  await expect(hana.getByText('Shared after the disclosure was complete', { exact: true })).toBeVisible();
  await expect(hana.getByRole('heading', { level: 1, name: /^Day \d+$/ })).toBeVisible();
  await look(hana, 'gw-07-timeline');

  await hana.goto('/today');
  await expect(hana.getByText('since anything new came to light.')).toBeVisible();
  await look(hana, 'gw-08-today-card');
});

test('transparency: offered, accepted, paused — and the partner sees it paused', async ({ browser }) => {
  const { hana, ravi } = await twoPartners(browser, { discoveredOn: '2026-11-01' });
  await ravi.goto('/groundwork/transparency');
  await expect(ravi.getByRole('heading', { level: 1, name: 'Transparency' })).toBeVisible();
  await look(ravi, 'gw-09-transparency-empty');
  await ravi.getByRole('radio', { name: 'Phone' }).check();
  await ravi.getByLabel('In your words').fill('My phone, open whenever you ask');
  await ravi.getByRole('button', { name: 'Offer this' }).click();
  await expect(ravi.getByText('Offered, waiting for your partner')).toBeVisible();

  await hana.goto('/groundwork/transparency');
  await expect(hana.getByText('Offered to you')).toBeVisible();
  await expect(hana.getByRole('button', { name: 'Offer this' })).toHaveCount(0);
  await look(hana, 'gw-10-transparency-offered');
  await hana.getByRole('button', { name: 'Accept' }).click();
  await expect(hana.getByText('Active', { exact: true })).toBeVisible();
  await expect(ravi.getByText('Active', { exact: true })).toBeVisible();

  await ravi.getByRole('button', { name: 'Pause' }).click();
  await expect(ravi.getByText('Paused by you')).toBeVisible();
  await expect(hana.getByText('Paused by Ravi')).toBeVisible();
  await look(hana, 'gw-11-transparency-paused-hurt');
  await look(ravi, 'gw-12-transparency-paused-repairing');

  await ravi.goto('/groundwork/shared');
  await expect(ravi.getByText('My phone, open whenever you ask')).toBeVisible();
  await expect(ravi.getByText(/^Offered: Phone ·/)).toBeVisible();
  await expect(ravi.getByText('Paused by you')).toBeVisible();
  await look(ravi, 'gw-13-partner-can-see');
});

test('the apology: the coach marks words inline, and the partner answers', async ({ browser }) => {
  const { hana, ravi } = await twoPartners(browser, { discoveredOn: '2026-11-01' });
  await ravi.goto('/groundwork/apology');
  await ravi
    .getByRole('textbox', { name: 'Your apology' })
    .fill('I am sorry if you felt hurt, but I was lonely.');
  await expect(ravi.locator('mark').first()).toBeVisible();
  await look(ravi, 'gw-14-apology-coach');
  // One tap puts the better shape in, with its blank selected: typing fills it in.
  const field = ravi.getByRole('textbox', { name: 'Your apology' });
  await ravi.getByRole('button', { name: /Use this wording for “sorry if you felt hurt, but/ }).click();
  await expect(field).toBeFocused();
  await ravi.keyboard.type('lied to you');
  await expect(field).toHaveValue("I'm sorry that I lied to you.");
  // Undo puts the person's own sentence back.
  await ravi.getByRole('button', { name: 'Undo' }).click();
  await expect(field).toHaveValue('I am sorry if you felt hurt, but I was lonely.');
  // So does the browser's own undo: the coach's wording went in as one edit of the field.
  await ravi.getByRole('button', { name: /Use this wording for “sorry if you felt hurt, but/ }).click();
  await expect(field).toHaveValue("I'm sorry that I ….");
  await ravi.keyboard.press('ControlOrMeta+z');
  await expect(field).toHaveValue('I am sorry if you felt hurt, but I was lonely.');
  await expect(ravi.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await ravi
    .getByRole('textbox', { name: 'Your apology' })
    .fill(
      'I lied to you for months. That was my choice and mine alone. I broke your trust and I see how much it hurt you. I will answer every question you ask.',
    );
  await ravi.getByRole('button', { name: 'Send to Hana' }).click();
  await expect(ravi.getByText('You sent this', { exact: false })).toBeVisible();
  // Sent once: the editor starts again empty, and says where the apology went.
  await expect(ravi.getByText('Sent to Hana. It is below, under Sent, as you wrote it.')).toBeVisible();
  await expect(ravi.getByRole('textbox', { name: 'Your apology' })).toHaveValue('');

  await hana.goto('/groundwork/apology');
  await expect(hana.getByText(/I lied to you for months/)).toBeVisible();
  await look(hana, 'gw-15-apology-received');
  await hana.getByRole('radio', { name: /It felt incomplete/ }).check();
  await hana
    .getByRole('textbox', { name: 'It felt incomplete because…' })
    .fill('It does not say what you will change.');
  await hana.getByRole('button', { name: 'Send my answer' }).click();
  await expect(hana.getByText(/Your answer: it felt incomplete/)).toBeVisible();
  await look(hana, 'gw-16-apology-answered');
  await expect(ravi.getByText(/Hana’s answer: it felt incomplete/)).toBeVisible();
});
