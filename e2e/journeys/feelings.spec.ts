import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerSafety, expect, look, personPage, signUp, test, twoPartners } from '../fixtures';

test('"I’m triggered": one tap, the partner answers live, the sender sees they’re here', async ({
  browser,
}) => {
  // Two people, eleven screenshots at two widths, moods and a trigger log: a long journey on 2 cores.
  test.slow();
  const { hana, ravi } = await twoPartners(browser);
  await expect(hana.getByRole('region', { name: 'A hard moment?' })).toBeVisible();
  // On a phone the button is on the first screen, above the bottom nav: nobody should have to scroll for it. Also on
  // a small one (375 × 667).
  for (const size of [
    { width: 390, height: 844 },
    { width: 375, height: 667 },
  ]) {
    await hana.setViewportSize(size);
    const button = await hana.getByRole('button', { name: 'I’m triggered' }).boundingBox();
    const nav = await hana.getByRole('navigation', { name: 'Sections' }).boundingBox();
    expect(button && nav && button.y + button.height <= nav.y).toBe(true);
  }
  await hana.setViewportSize({ width: 390, height: 844 });
  await look(hana, '20-today-feelings-hurt');

  await hana.getByRole('button', { name: 'Reassurance' }).click();
  await hana.getByRole('button', { name: 'I’m triggered' }).click();
  await expect(hana.getByText(/Sent to Ravi at/)).toBeVisible();

  // Ravi is on Today with nothing to do; the alert appears by itself.
  const dialog = ravi.getByRole('dialog', { name: 'Hana is triggered right now' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Hana asked for reassurance.');
  await expect(dialog).toContainText('Own your part');
  await look(ravi, '21-alert-partner');
  await ravi.getByRole('button', { name: 'I’m here' }).click();
  await expect(ravi.getByRole('dialog', { name: 'Hana can see you’re here' })).toBeVisible();
  await ravi.getByRole('button', { name: 'Close', exact: true }).click();

  await expect(hana.getByText('Ravi is here.').first()).toBeVisible();
  await expect(hana.getByText(/They (answered|saw your alert) after \d+ seconds?/).first()).toBeVisible();
  await look(hana, '22-alert-answered');

  // (The limit's explained 429 is covered by the route and component tests: Chromium logs any 429 as a
  // console error, which these journeys treat as a failure.)

  // A mood shared with Ravi, and one kept private.
  await hana.getByRole('link', { name: 'Feelings' }).first().click();
  await expect(hana.getByRole('heading', { level: 1, name: 'Feelings' })).toBeVisible();
  await expect(
    hana.getByText(/The notice reads only “Something is waiting for you.” under Mend’s name/),
  ).toBeVisible();
  await look(hana, '23-feelings');
  await hana.getByRole('link', { name: /^Mood/ }).click();
  await hana.getByRole('button', { name: 'anxious' }).click();
  await hana.getByRole('radio', { name: 'Me and Ravi' }).check();
  await hana.getByRole('button', { name: 'Save mood' }).click();
  await expect(hana.getByText('Saved. Ravi can see it.')).toBeVisible();
  await hana.getByLabel('Other words').fill('unseen-private-word');
  await hana.getByRole('radio', { name: 'Only me' }).check();
  await hana.getByRole('button', { name: 'Save mood' }).click();
  await expect(hana.getByText('Saved. Only you can see it.')).toBeVisible();
  await look(hana, '24-check-in');
  await ravi.goto('/feelings/moods');
  await expect(ravi.getByRole('region', { name: 'What Hana shared' }).locator('figcaption')).toContainText(
    '1 mood logged.',
  );
  await expect(ravi.getByText('unseen-private-word')).toHaveCount(0);
  await look(ravi, '25-check-in-partner');

  // The trigger log, private to Hana.
  await hana.goto('/feelings/triggers');
  await hana.getByRole('radio', { name: 'A song' }).check();
  await hana.getByLabel('What helped').fill('breathing, then a walk');
  await hana.getByRole('button', { name: 'Save to my log' }).click();
  await expect(hana.getByText('Saved to your log. Only you can see it.')).toBeVisible();
  await expect(hana.getByText(/1 logged so far\./)).toBeVisible();
  await look(hana, '26-trigger-log');

  await hana.goto('/feelings/support');
  await look(hana, '27-support');
  await hana.goto('/feelings/dates');
  await look(hana, '28-hard-dates');
});

test('breathing and grounding open and work with the network off', async ({ browser }) => {
  const page = await personPage(browser, 390);
  await page.goto('/breathe');
  await expect(page.getByRole('heading', { level: 1, name: 'Breathe' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.context().setOffline(true);

  await page.goto('/breathe');
  await expect(page.getByText('4.3 breaths a minute')).toBeVisible();
  await page.getByLabel('Breathe out (seconds)').fill('8');
  await expect(page.getByText('3.8 breaths a minute')).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.pacer-cue')).toHaveText('Breathe in');
  await expect(page.locator('.pacer-cue')).toHaveText('Hold', { timeout: 6_000 });
  await look(page, '29-breathe-offline');
  await page.getByRole('button', { name: 'Stop' }).click();

  await page.goto('/ground');
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('heading', { name: '5 things you can see' })).toBeVisible();
  await page.getByLabel('See 1').fill('a blue mug');
  await look(page, '30-ground-offline');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: /Next|Finish/ }).click();
  await expect(page.getByRole('heading', { name: 'You came back to the present' })).toBeVisible();

  // The crisis lines open offline too, reached from the calm tools' way out.
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Someone to talk to' })).toBeVisible();
  await page.getByLabel('Country').selectOption('GB');
  await expect(page.getByText('Samaritans')).toBeVisible();
  await look(page, '34-help-offline');
  await page.context().setOffline(false);
});

const here = dirname(fileURLToPath(import.meta.url));

/** A separate server with its own data directory and every log line kept, for the journal check. */
async function ownServer(): Promise<{ url: string; dir: string; log: () => string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mend-journal-'));
  const port = 3150 + Math.floor(Math.random() * 40);
  let out = '';
  const proc: ChildProcess = spawn(
    process.execPath,
    [join(here, '../../packages/server/dist/cli.js'), 'serve'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dir,
        LOG_LEVEL: 'trace',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  proc.stdout?.on('data', (c) => (out += String(c)));
  proc.stderr?.on('data', (c) => (out += String(c)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !out.includes('listening'); i++) await new Promise((r) => setTimeout(r, 100));
  const exited = new Promise((r) => proc.once('exit', r));
  return {
    url,
    dir,
    log: () => out,
    async stop() {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

test('journal entries written in the browser reach the server only as ciphertext', async ({ browser }) => {
  const server = await ownServer();
  const secret = `the-words-only-i-know-${Date.now()}`;
  const passphrase = 'lantern over the quiet bay';
  try {
    const page = await personPage(browser, 390);
    await page.goto(`${server.url}/sign-up`);
    await signUp(page, 'Jo');
    await answerSafety(page, 'Yes');
    await page.goto(`${server.url}/feelings/journal`);
    await page.getByLabel('Journal passphrase').fill(passphrase);
    await page.getByLabel('The same passphrase again').fill(passphrase);
    await page.getByRole('button', { name: 'Create my journal' }).click();
    await expect(page.locator('.recovery-key')).toHaveText(/^([0-9A-Z]{5}-){10}[0-9A-Z]{2}$/, {
      timeout: 20_000,
    });
    const recoveryKey = (await page.locator('.recovery-key').textContent()) ?? '';
    await look(page, '31-journal-recovery-key');
    await page.getByRole('checkbox', { name: /kept my recovery key/ }).check();
    await page.getByRole('button', { name: 'Open my journal' }).click();
    for (const n of [1, 2]) {
      await page.getByLabel('New entry').fill(`${secret} entry ${n}`);
      await page.getByRole('button', { name: 'Seal and save' }).click();
      await expect(page.getByText(`${secret} entry ${n}`)).toBeVisible();
    }
    await look(page, '32-journal-open');
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Journal passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByText('That passphrase did not open your journal.')).toBeVisible();
    await look(page, '33-journal-locked');
    await page.getByLabel('Journal passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByText(`${secret} entry 1`)).toBeVisible();
    await page.context().close();

    await server.stop();
    const stored = readdirSync(server.dir)
      .filter((f) => f.startsWith('mend.sqlite'))
      .map((f) => readFileSync(join(server.dir, f)).toString('latin1'))
      .join('\n');
    expect(stored.length).toBeGreaterThan(1000);
    expect(stored).toContain('journal_entries');
    const log = server.log();
    expect(log).toContain('/api/journal');
    for (const plain of [secret, passphrase, recoveryKey]) {
      expect(stored).not.toContain(plain);
      expect(log).not.toContain(plain);
    }
  } finally {
    await server.stop().catch(() => undefined);
  }
});
