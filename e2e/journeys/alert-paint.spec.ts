// The "I'm triggered" button answers a tap with its next paint within 100 ms on a CPU slowed 4×
// (issue 7's performance budget). Measured two ways in the page, from the click to the paint that
// follows it: the Event Timing API's `duration` for the click (what INP uses), and a capture-phase
// click listener's time to the first moment after the next animation frame has been painted.
import { expect, test, twoPartners } from '../fixtures';

const BUDGET_MS = 100;
const THROTTLE = 4;

interface PaintMeasure {
  /** Event Timing: the click's start to the next paint after its handlers ran (8 ms granularity). */
  eventTimingMs: number | null;
  /** The longest Event Timing entry of the interaction (pointerdown, pointerup, click): INP's figure. */
  interactionMs: number | null;
  eventTimingUnder16Ms: boolean;
  /** Capture-phase click listener to just after the next frame was painted. */
  frameMs: number | null;
}

test('"I’m triggered" paints its response within 100 ms on a 4×-throttled CPU', async ({ browser }) => {
  const { hana } = await twoPartners(browser);
  await expect(hana.getByRole('region', { name: 'A hard moment?' })).toBeVisible();
  await hana.waitForLoadState('networkidle');
  await hana.getByRole('button', { name: 'Reassurance' }).click();
  const button = hana.getByRole('button', { name: 'I’m triggered' });
  await expect(button).toBeVisible();

  await hana.evaluate(() => {
    const w = window as unknown as { __paint: { entries: PerformanceEventTiming[]; frameMs: number | null } };
    w.__paint = { entries: [], frameMs: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) w.__paint.entries.push(e);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as HTMLElement | null;
        if (!target?.closest('.triggered-button')) return;
        const start = event.timeStamp;
        // rAF runs just before the frame is painted; a message posted from it runs just after.
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

  const cdp = await hana.context().newCDPSession(hana);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  try {
    await button.click();
    await expect(hana.getByText(/Sent to Ravi at/)).toBeVisible();
    // Event Timing entries are queued after the paint; give the observer a moment.
    await expect
      .poll(() =>
        hana.evaluate(() => (window as unknown as { __paint: { frameMs: number | null } }).__paint.frameMs),
      )
      .not.toBeNull();
    await hana.waitForTimeout(500);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }

  const measure: PaintMeasure = await hana.evaluate(() => {
    const w = window as unknown as { __paint: { entries: PerformanceEventTiming[]; frameMs: number | null } };
    const onButton = w.__paint.entries.filter((e) =>
      Boolean((e.target as HTMLElement | null)?.closest?.('.triggered-button')),
    );
    const click = onButton.find((e) => e.name === 'click');
    const id = click?.interactionId;
    const interaction = onButton.filter((e) => id && e.interactionId === id);
    return {
      eventTimingMs: click ? click.duration : null,
      // The observer keeps entries of 16 ms or more: none on the button means each part painted sooner.
      eventTimingUnder16Ms: onButton.length === 0,
      interactionMs: interaction.length ? Math.max(...interaction.map((e) => e.duration)) : null,
      frameMs: w.__paint.frameMs === null ? null : Math.round(w.__paint.frameMs * 10) / 10,
    };
  });
  const result = {
    measure: 'alert-button-next-paint',
    cpuThrottle: THROTTLE,
    budgetMs: BUDGET_MS,
    ...measure,
  };
  console.log(JSON.stringify(result));
  await test
    .info()
    .attach('alert-paint.json', { body: JSON.stringify(result, null, 2), contentType: 'application/json' });

  expect(measure.frameMs).not.toBeNull();
  expect(measure.frameMs as number).toBeLessThanOrEqual(BUDGET_MS);
  if (measure.eventTimingMs !== null) expect(measure.eventTimingMs).toBeLessThanOrEqual(BUDGET_MS);
  if (measure.interactionMs !== null) expect(measure.interactionMs).toBeLessThanOrEqual(BUDGET_MS);
});
