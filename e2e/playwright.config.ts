import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded database for every run, as a newcomer would have.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'mend-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: './journeys',
  outputDir: '../test-results',
  // Two files at a time (7.2 → 6.1 min on 2 cores); the tests inside a file run in order. Every journey signs up
  // its own people, so they share the server and its database without meeting.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Journeys are long (two people, axe and screenshots at two widths per screen): up to 1.3 min with two at a time
  // on a 2-core machine, so the limit leaves room for a slower one.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '../test-results/playwright.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The browser is not in the server's zone (UTC), as for most people: times, days and weeks must still line up.
    timezoneId: 'America/New_York',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node ../packages/server/dist/cli.js serve',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    // Two journeys at a time are four people behind one address: twice one person's request limit.
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT: '1200' },
  },
});
