import { expect, look, test, twoPartners } from '../fixtures';

test('a check-in runs live on both screens; the turn passes; each rates being heard privately', async ({
  browser,
}) => {
  const { hana, ravi } = await twoPartners(browser, { discoveredOn: '2026-11-01' });
  await hana.goto('/talk');
  await hana.getByLabel(/^A question for Ravi/).fill('Do you still think about her?');
  await hana.getByRole('button', { name: 'Add to the queue' }).click();
  await expect(hana.getByText('Added. Ravi can see it now.')).toBeVisible();

  await hana.getByRole('link', { name: 'Open our check-in' }).click();
  await expect(hana.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await hana.getByRole('button', { name: 'Start our check-in' }).click();
  await expect(hana.getByRole('heading', { name: 'Now: Appreciations' })).toBeVisible();

  // Ravi opens the same check-in on his own screen.
  await ravi.goto('/talk/check-in');
  await expect(ravi.getByRole('heading', { name: 'Now: Appreciations' })).toBeVisible();
  await look(ravi, 'check-in-01-appreciations');

  await ravi.getByRole('button', { name: 'Next: What went well' }).click();
  await expect(hana.getByRole('heading', { name: 'Now: What went well' })).toBeVisible();
  await hana.getByRole('button', { name: 'Next: One topic' }).click();
  await expect(ravi.getByRole('heading', { name: 'Now: One topic' })).toBeVisible();
  await ravi.getByRole('button', { name: 'Talk about this one' }).click();
  await expect(hana.getByText('Today’s topic:')).toBeVisible();
  await hana.getByLabel('A note to keep').fill('We talk about the trip on Sunday.');
  await hana.getByRole('button', { name: 'Keep this note' }).click();
  await expect(ravi.getByText('We talk about the trip on Sunday.')).toBeVisible();

  await hana.getByRole('button', { name: 'Next: Speaking and listening' }).click();
  await expect(ravi.getByRole('heading', { name: 'Now: Speaking and listening' })).toBeVisible();
  await hana.getByRole('button', { name: 'I speak first' }).click();
  // The turn shows on Ravi's screen: Hana speaks, he listens and sums up.
  await expect(ravi.getByText(/Hana\s*speaks\./)).toBeVisible();
  await expect(ravi.getByLabel(/Time left in this turn/)).toBeVisible();
  await expect(hana.getByRole('button', { name: 'I summarised what I heard' })).toHaveCount(0);
  // Moving on is there, but not the main button: the listener's summary comes first.
  await expect(hana.getByRole('button', { name: 'Next: Closing' })).toHaveClass(/button-secondary/);
  await look(hana, 'check-in-02-turn-speaker');
  await ravi.getByRole('button', { name: 'I summarised what I heard' }).click();
  await ravi.getByRole('button', { name: 'My turn to speak' }).click();
  await expect(hana.getByText(/Ravi\s*speaks\./)).toBeVisible();
  await expect(hana.getByRole('button', { name: 'I summarised what I heard' })).toBeVisible();
  await look(ravi, 'check-in-03-turn-passed');

  await ravi.getByRole('button', { name: 'End the check-in' }).click();
  await expect(hana.getByRole('heading', { name: 'Now: Closing' })).toBeVisible();
  await hana.getByLabel('2 · A little').check();
  await hana.getByRole('button', { name: 'Keep my answer private' }).click();
  await expect(hana.getByText('Saved for you alone: you felt a little heard (2 of 5).')).toBeVisible();
  await look(hana, 'check-in-04-heard');
  // Once it is over: the ground rules go, and the way back to Talk is offered.
  await expect(hana.getByRole('heading', { name: 'Ground rules' })).toHaveCount(0);
  await expect(hana.getByRole('link', { name: 'Back to Talk' })).toBeVisible();
  await expect(ravi.getByRole('heading', { name: 'Now: Closing' })).toBeVisible();
  await ravi.reload();
  await expect(ravi.getByText('How heard did you feel today?')).toBeVisible();
  await expect(ravi.getByText(/A little/)).toHaveCount(1);
  await expect(ravi.getByText('Saved for you alone')).toHaveCount(0);
  await ravi.getByLabel('4 · Mostly').check();
  await ravi.getByRole('button', { name: 'Keep my answer private' }).click();
  await expect(ravi.getByText('Saved for you alone: you felt mostly heard (4 of 5).')).toBeVisible();
  await expect(hana.getByText('Saved for you alone: you felt a little heard (2 of 5).')).toBeVisible();
});

test('a short repair: each writes their side, sees the other’s live, and sums it up', async ({ browser }) => {
  const { hana, ravi } = await twoPartners(browser);
  await hana.goto('/talk');
  await hana.getByRole('link', { name: 'Repair a bad moment' }).click();
  await hana.getByLabel(/A short name for the moment/).fill('Tuesday evening');
  await hana.getByRole('button', { name: 'Begin' }).click();
  await expect(hana.getByRole('heading', { level: 1, name: 'Tuesday evening' })).toBeVisible();

  const writeSide = async (page: typeof hana, feeling: string, words: string[]) => {
    await page.getByLabel(feeling, { exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    for (const [i, text] of words.entries()) {
      await page.getByRole('textbox').first().fill(text);
      await page.getByRole('button', { name: i === words.length - 1 ? 'Share my side' : 'Next' }).click();
    }
  };
  await writeSide(hana, 'scared', [
    'You came home two hours late without a word.',
    'The silence after seven.',
    'I shouted before I asked.',
    'Say that I am scared, first.',
  ]);
  await expect(hana.getByText('Ravi has not written their side yet.', { exact: false })).toBeVisible();

  await ravi.goto('/talk/repair');
  await ravi.getByRole('link', { name: 'Tuesday evening' }).click();
  await expect(ravi.getByText('You came home two hours late without a word.')).toBeVisible();
  await writeSide(ravi, 'ashamed', [
    'The meeting ran over and I did not look at my phone.',
    'Being shouted at in the doorway.',
    'I did not text, and after what I did, silence means something.',
    'Text before any meeting that may run late.',
  ]);
  // Hana sees Ravi's side appear without reloading.
  await expect(hana.getByText('The meeting ran over and I did not look at my phone.')).toBeVisible();
  await hana
    .getByLabel(/what Ravi lived/)
    .fill('You lost track of time, and you see why the silence scared me.');
  await hana.getByRole('button', { name: 'Share my summary' }).click();
  await expect(ravi.getByText(/What Hana heard in your side:/)).toBeVisible();
  await look(ravi, 'repair-01-both-sides');
});
