import { expect, look, test, twoPartners } from '../fixtures';

test('a question waits, is answered live, and the check-in is agreed for both', async ({ browser }) => {
  const { hana, ravi } = await twoPartners(browser, { discoveredOn: '2026-11-01' });

  await hana.goto('/talk');
  await expect(hana.getByRole('heading', { level: 1, name: 'Talk' })).toBeVisible();
  const ask = hana.getByLabel(/^A question for Ravi/);
  await ask.fill('Describe exactly what the sex was like');
  // A gentle note, never a refusal.
  await expect(hana.getByRole('note')).toContainText('pictures that come back');
  await ask.fill('When did it start?');
  await expect(hana.getByRole('note')).toHaveCount(0);
  await hana.getByLabel('The timeline').check();
  await hana.getByRole('button', { name: 'Add to the queue' }).click();
  await expect(hana.getByText('Added. Ravi can see it now.')).toBeVisible();
  await look(hana, 'talk-01-asked');

  await ravi.goto('/talk');
  await expect(ravi.getByText('When did it start?')).toBeVisible();
  await expect(ravi.getByLabel(/^A question for/)).toHaveCount(0);
  await ravi.getByRole('button', { name: 'Answer in writing' }).click();
  await ravi.getByLabel(/^Your answer/).fill('In March, at the conference in Lyon.');
  await ravi.getByRole('button', { name: 'Send the answer' }).click();
  // The form closes once the answer is stored; its live update may already show the answer above it.
  await expect(ravi.getByLabel(/^Your answer/)).toHaveCount(0);
  await expect(ravi.getByText('In March, at the conference in Lyon.')).toBeVisible();
  await look(ravi, 'talk-02-answered');
  // Hana's screen updates live.
  await expect(hana.getByText('In March, at the conference in Lyon.')).toBeVisible();

  await hana.getByLabel('Wednesday').check();
  // The time zone is picked from a list, starting from the device's own; Hana picks hers.
  await hana
    .getByRole('region', { name: 'Check-ins' })
    .getByLabel('Your time zone')
    .selectOption('Europe/Paris');
  await hana.getByRole('button', { name: 'Agree this schedule' }).click();
  await expect(hana.getByText(/Next check-in:/)).toBeVisible();
  await expect(hana.getByRole('link', { name: 'Add the series to a calendar' })).toBeVisible();
  await look(hana, 'talk-03-schedule');

  await ravi.goto('/today');
  await expect(ravi.getByText(/Next check-in:/)).toBeVisible();
  await look(ravi, 'talk-04-today');
});
