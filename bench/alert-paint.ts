/// <reference lib="dom" />
// "I'm triggered" next-paint benchmark (issue 7: the button responds, next paint, within 100 ms on a
// 4×-throttled CPU). The real server (embedded SQLite, a temp data dir) and Debian's Chromium,
// headless, through Playwright. Each run is a fresh couple (alerts are limited to one a minute per
// sender) whose hurt partner opens Today on a phone-sized page, picks a need, and taps the button
// with the CPU slowed 4×. Measured two ways in the page, from the click to the paint that follows:
//   - frameMs: a capture-phase click listener to just after the next animation frame was painted
//     (rAF runs just before the paint; a message posted from it runs just after);
//   - eventTimingMs / interactionMs: the Event Timing API's duration for the click, and the longest
//     entry of the interaction (pointerdown, pointerup, click): what INP uses (8 ms granularity;
//     null when every part painted within 16 ms, the observer's threshold).
// Two readings, run after run: a returning person (the app installed: its service worker has
// precached the shell and the offline screens, and the page is opened again), which is how someone in
// a hard moment meets the button; and a first visit, while the service worker is still precaching
// them beside the page (34 files since decision 080's session-9 change; 82 before). Prints JSON: every run, and the median and the worst of each, against the budget (the
// median of the returning reading; the first visit's is reported beside it).
// Usage: npm run bench alert-paint   (or: npx tsx bench/alert-paint.ts)   Knobs: BENCH_RUNS=7
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureBuilt, median, serve, signedUp } from './lib';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const THROTTLE = 4;
const BUDGET_MS = 100;
const log = (text: string) => process.stderr.write(`alert-paint: ${text}\n`);

ensureBuilt();

/** Two partners in one space, made through the API; answers the hurt partner's session cookie. */
async function couple(base: string): Promise<string> {
  const hana = await signedUp(base, 'Hana');
  const ravi = await signedUp(base, 'Ravi');
  await hana.send('PUT', '/api/me/safety', { feelsSafe: 'yes' });
  await ravi.send('PUT', '/api/me/safety', { feelsSafe: 'yes' });
  await hana.send('POST', '/api/spaces', { role: 'hurt' });
  const invite = await hana.send('POST', '/api/spaces/current/invites');
  await ravi.send('POST', `/api/invites/${invite.code}/accept`, { role: 'repairing' });
  return hana.cookie;
}

/** A returning person (the app installed, its service worker ready) or a first visit (precaching). */
type Visit = 'returning' | 'firstVisit';

interface Measure {
  frameMs: number | null;
  eventTimingMs: number | null;
  interactionMs: number | null;
}

/** One tap on "I'm triggered" with the CPU slowed, measured in the page. */
async function tap(page: Page): Promise<Measure> {
  await page.getByRole('region', { name: 'A hard moment?' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Reassurance' }).click();
  const button = page.getByRole('button', { name: 'I’m triggered' });
  await button.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __paint: { entries: PerformanceEventTiming[]; frameMs: number | null } };
    w.__paint = { entries: [], frameMs: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) w.__paint.entries.push(e);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target as HTMLElement | null)?.closest('.triggered-button')) return;
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            w.__paint.frameMs = performance.now() - start;
          };
          channel.port2.postMessage(0);
        });
      },
      { capture: true, once: true },
    );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  try {
    await button.click();
    await page.getByText(/Sent to Ravi at/).waitFor();
    await page.waitForFunction(
      () => (window as unknown as { __paint: { frameMs: number | null } }).__paint.frameMs !== null,
    );
    // Event Timing entries are queued after the paint; give the observer a moment.
    await page.waitForTimeout(500);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  return page.evaluate(() => {
    const w = window as unknown as { __paint: { entries: PerformanceEventTiming[]; frameMs: number | null } };
    const onButton = w.__paint.entries.filter((e) =>
      Boolean((e.target as HTMLElement | null)?.closest?.('.triggered-button')),
    );
    const click = onButton.find((e) => e.name === 'click');
    const interaction = onButton.filter(
      (e) => click?.interactionId && e.interactionId === click.interactionId,
    );
    return {
      frameMs: w.__paint.frameMs === null ? null : Math.round(w.__paint.frameMs * 10) / 10,
      eventTimingMs: click ? click.duration : null,
      interactionMs: interaction.length ? Math.max(...interaction.map((e) => e.duration)) : null,
    };
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'mend-bench-paint-'));
const served = await serve({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const browser = await chromium.launch({ executablePath: CHROME });
const load = [loadavg()[0] as number];
const runs: Record<Visit, Measure[]> = { returning: [], firstVisit: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const visit of ['returning', 'firstVisit'] as const) {
      const cookie = await couple(served.url);
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        baseURL: served.url,
      });
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: served.url }]);
      const page = await context.newPage();
      await page.goto('/today');
      if (visit === 'returning') {
        // The app is installed (its service worker has precached everything) before it is opened again.
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
        await page.reload();
      }
      const m = await tap(page);
      log(`run ${i + 1}, ${visit}: frame ${m.frameMs} ms, event timing ${m.eventTimingMs ?? '<16'} ms`);
      runs[visit].push(m);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await served.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
load.push(loadavg()[0] as number);

// A null Event Timing figure means under the observer's 16 ms threshold: counted as 16 here.
function reading(measures: Measure[]) {
  const of = (key: keyof Measure) => measures.map((r) => r[key] ?? 16);
  const summary = (key: keyof Measure) => ({ median: median(of(key)), worst: Math.max(...of(key)) });
  return {
    frameMs: summary('frameMs'),
    eventTimingMs: summary('eventTimingMs'),
    interactionMs: summary('interactionMs'),
    every: measures,
  };
}
const returning = reading(runs.returning);
const firstVisit = reading(runs.firstVisit);
console.log(
  JSON.stringify(
    {
      benchmark: 'alert-button-next-paint',
      cpuThrottle: THROTTLE,
      runs: RUNS,
      budgetMs: BUDGET_MS,
      returning,
      firstVisit,
      machineLoadAverage1m: load.map((l) => Math.round(l * 100) / 100),
      // The budget is read on the returning person; the first visit is reported beside it.
      withinBudget: returning.frameMs.median <= BUDGET_MS && returning.interactionMs.median <= BUDGET_MS,
      firstVisitWithinBudget:
        firstVisit.frameMs.median <= BUDGET_MS && firstVisit.interactionMs.median <= BUDGET_MS,
    },
    null,
    2,
  ),
);
