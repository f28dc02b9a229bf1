// `npm test`: every test. The linter (Biome, one check), unit, route and process tests (Vitest, on SQLite and, when reachable,
// PostgreSQL), then the browser journeys (Playwright in Debian's Chromium). It ends with one line,
// "N passed, N failed", counted from both runners' own results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

const started = Date.now();
const results = '.vitest-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const env = { ...process.env, TZ: 'UTC' };
env.TEST_DATABASE_URL ??= await findLocalPostgres();
console.log(
  env.TEST_DATABASE_URL
    ? `PostgreSQL half: runs on ${env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`
    : 'PostgreSQL half: DID NOT RUN — no server at 127.0.0.1:5432 and TEST_DATABASE_URL is not set.',
);

const run = (cmd, args, extra = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } }).status ?? 1;

const lintStatus = run('npx', ['biome', 'check', '.']);
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]);
const buildStatus = run('npm', ['run', 'build']);
if (buildStatus === 0) {
  run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(results, 'playwright.json'),
  });
}

const counts = { passed: 0, failed: buildStatus === 0 ? 0 : 1, skipped: 0 };
counts[lintStatus === 0 ? 'passed' : 'failed']++;
countVitest(`${results}/vitest.json`);
countPlaywright(`${results}/playwright.json`);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nWhole suite took ${minutes} min.`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 || counts.passed === 0 ? 1 : 0);

function countVitest(file) {
  if (!existsSync(file)) return void counts.failed++;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  counts.skipped += r.numPendingTests + r.numTodoTests;
}

function countPlaywright(file) {
  if (!existsSync(file)) return void counts.failed++;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  counts.passed += s.expected + s.flaky;
  counts.failed += s.unexpected;
  counts.skipped += s.skipped;
}

async function findLocalPostgres() {
  const url = 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}
