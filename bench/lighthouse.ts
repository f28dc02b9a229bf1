// Lighthouse benchmark: the front-end budget ("Lighthouse mobile performance ≥ 95, accessibility 100")
// measured on the real server (embedded SQLite, a temp data dir) with Debian's Chromium, headless.
// Default mobile config: simulated throttling, Moto G-class emulation. Pages: welcome (signed out),
// sign-in, Today (signed in: an account, its safety answer and a space made through the API, the
// session cookie sent as an extra header) and the breathing page, which must also open offline.
// Each page runs RUNS times, interleaved in rounds; the median run is reported. Prints JSON.
// Usage: npm run bench lighthouse   (or: npx tsx bench/lighthouse.ts)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { ensureBuilt, median, ROOT, serve, signedUp } from './lib';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGET = { performance: 0.95, accessibility: 1 };

ensureBuilt();

/** An account that has answered the safety question and made a space, so Today opens. */
async function member(base: string): Promise<string> {
  const { cookie, send } = await signedUp(base, 'Hana');
  await send('PUT', '/api/me/safety', { feelsSafe: 'yes' });
  await send('POST', '/api/spaces', { role: 'hurt' });
  return cookie;
}

interface Page {
  name: string;
  path: string;
  cookie?: string;
}

interface Sample {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  finalUrl: string;
  failing: string[];
  opportunities: Record<string, number>;
}

function sample(lhr: Result): Sample {
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN);
  const score = (id: string) => Number(lhr.categories[id]?.score ?? Number.NaN);
  // What keeps a score down: failing audits that weigh on the performance or accessibility score.
  const failing = ['performance', 'accessibility'].flatMap((cat) =>
    (lhr.categories[cat]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${cat}:${ref.id}=${lhr.audits[ref.id]?.score}`),
  );
  // Lighthouse's estimate of what each fix would save on this load, in milliseconds.
  const opportunities: Record<string, number> = {};
  for (const [id, a] of Object.entries(lhr.audits)) {
    const ms = (a.details?.type === 'opportunity' ? a.details.overallSavingsMs : 0) ?? 0;
    if (ms >= 50) opportunities[id] = Math.round(ms);
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(num('first-contentful-paint')),
    lcpMs: Math.round(num('largest-contentful-paint')),
    tbtMs: Math.round(num('total-blocking-time')),
    cls: Number(num('cumulative-layout-shift').toFixed(3)),
    totalBytes: Math.round(num('total-byte-weight')),
    finalUrl: lhr.finalDisplayedUrl,
    failing,
    opportunities,
  };
}

function launchChrome() {
  return chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
}

let retries = 0;

/**
 * One Lighthouse run in a fresh Chromium. Chromium 156 with Lighthouse 12.2 now and then loses the
 * main frame's navigationStart from the trace (NO_NAVSTART): such a run is retried, and counted.
 */
async function audit(url: string, cookie?: string): Promise<Sample> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await launchChrome();
    try {
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      };
      // No config: Lighthouse's default, the mobile one.
      const result = await lighthouse(url, flags);
      if (!result) throw new Error(`no Lighthouse result for ${url}`);
      const error = result.lhr.runtimeError;
      // LH_DUMP=dir keeps each run's full report, to read the audits behind a score.
      if (process.env.LH_DUMP)
        writeFileSync(
          join(
            process.env.LH_DUMP,
            `${new URL(url).pathname.replace(/\W+/g, '_') || 'root'}-${Date.now()}.json`,
          ),
          JSON.stringify(result.lhr),
        );
      if (!error) return sample(result.lhr);
      if (attempt >= 3) throw new Error(`${url}: ${error.message}`);
      retries++;
      process.stderr.write(`${url}: ${error.code}, running again\n`);
    } finally {
      await chrome.kill();
    }
  }
}

/** The run whose performance score is the median, with every metric taken as the median across runs. */
function summarize(runs: Sample[]) {
  const m = (k: keyof Omit<Sample, 'finalUrl' | 'failing' | 'opportunities'>) =>
    median(runs.map((r) => r[k]));
  const mid = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)] as Sample;
  const performance = m('performance');
  const accessibility = m('accessibility');
  return {
    performance,
    accessibility,
    bestPractices: m('bestPractices'),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    totalBytes: m('totalBytes'),
    performanceRuns: runs.map((r) => r.performance),
    finalUrl: mid.finalUrl,
    failing: mid.failing,
    opportunitiesMs: mid.opportunities,
    met: performance >= BUDGET.performance && accessibility >= BUDGET.accessibility,
  };
}

/** Opens /breathe once online so the service worker precaches the shell, then again with the server gone. */
async function breatheOffline(url: string, stopServer: () => Promise<void>) {
  const chrome = await launchChrome();
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // The worker claims the page once it has installed, that is once the shell is precached.
    await page.waitForFunction('navigator.serviceWorker.controller !== null', { timeout: 30_000 });
    await stopServer();
    await page.setOfflineMode(true);
    await page.goto(url, { waitUntil: 'load' });
    const heading =
      (await page
        .waitForSelector('h1', { timeout: 10_000 })
        .then((h) => h?.evaluate((e) => e.textContent ?? ''))
        .catch(() => '')) ?? '';
    return { opened: heading.includes('Breathe'), heading };
  } finally {
    await browser.disconnect();
    await chrome.kill();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'mend-lighthouse-'));
const server = await serve({ DATA_DIR: dataDir });
let serverUp = true;
const stopServer = async () => {
  if (serverUp) await server.stop();
  serverUp = false;
};
const chromium = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim();
try {
  const base = server.url;
  const cookie = await member(base);
  const pages: Page[] = [
    { name: 'welcome', path: '/' },
    { name: 'sign-in', path: '/sign-in' },
    { name: 'today', path: '/today', cookie },
    { name: 'breathe', path: '/breathe' },
  ];
  const load = () => loadavg().map((l) => Number(l.toFixed(2)));
  const loadBefore = load();
  // LH_PAGES=today,welcome measures only those pages.
  const only = process.env.LH_PAGES?.split(',');
  if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.includes(p.name)));
  const runs = new Map<string, Sample[]>(pages.map((p) => [p.name, []]));
  // Rounds interleave the pages, so a burst of load elsewhere on the machine falls on all of them.
  for (let round = 0; round < RUNS; round++)
    for (const p of pages) {
      const s = await audit(`${base}${p.path}`, p.cookie);
      runs.get(p.name)?.push(s);
      process.stderr.write(`round ${round + 1} ${p.name}: perf ${s.performance} a11y ${s.accessibility}\n`);
    }
  const loadAfter = load();
  const offline = await breatheOffline(`${base}/breathe`, stopServer);
  const results = Object.fromEntries(
    pages.map((p) => {
      const r = { path: p.path, ...summarize(runs.get(p.name) ?? []) };
      // The breathing page counts only if it also opens with no server and no network.
      return [
        p.name,
        p.name === 'breathe' ? { ...r, offline: offline.opened, met: r.met && offline.opened } : r,
      ];
    }),
  );
  const all = Object.values(results).every((r) => r.met);
  console.log(
    JSON.stringify(
      {
        bench: 'lighthouse',
        lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'))
          .version,
        chromium,
        config: 'default mobile (simulated throttling, Moto G Power emulation)',
        runsPerPage: RUNS,
        retriedRuns: retries,
        budget: BUDGET,
        loadavg: { before: loadBefore, after: loadAfter, cpus: cpus().length },
        pages: results,
        met: all,
      },
      null,
      2,
    ),
  );
  if (!all) process.exitCode = 1;
} finally {
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}
