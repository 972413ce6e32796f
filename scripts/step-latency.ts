// Step-change latency: how long from pressing Start, Continue or "See your summary" until the
// next page's heading has focus, in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), as on a low-end phone. Each pass opens the start page in a
// fresh browser context (an empty cache), reads each page for a moment as a person would, and
// walks start → step 1 → … → check answers → summary. Reports every change's median and spread
// over 20 passes. Goal: under 50 ms each. A reported figure, not a test: it fails only if the
// journey itself breaks.
//
// Beside the app it walks a "floor" (scripts/bench-floor.ts): bare React 19 pages, six steps of
// one radio group, check answers and a summary, each h1 focused on mount as the app does. Its
// passes alternate with the app's, measured the same way, so a busy machine slows both alike;
// each app figure is also given as a ratio to the floor (the median of all its changes), which
// says how much of the time is the app's own rather than React's and the machine's.
//
// The clock runs in the page: from the click event's timestamp (the moment the press was
// handled by the browser) to the focusin event of the next h1.
// Usage: npm run bench:steps   (builds the app first; BENCH_PASSES=5 for a quick look)
//   env BENCH_PORT (app, 4175), BENCH_FLOOR_PORT (floor, 4180)
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { checkCopy } from '../src/content/en/check.ts';
import { appCopy } from '../src/content/en/app.ts';
import { startCopy } from '../src/content/en/start.ts';
import { emptyAnswers } from '../src/questionnaire/answers.ts';
import { stepIds } from '../src/questionnaire/steps.ts';
import { serializeState } from '../src/storage/persisted-state.ts';
import { STATE_KEY } from '../src/storage/storage-backend.ts';
import { stepsFloor } from './bench-floor.ts';
import { chromeArgs, chromePath, startPreview } from './preview-server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 4180);
const PASSES = Number(process.env.BENCH_PASSES ?? 20);
const CPU_SLOWDOWN = 4;
const GOAL_MS = 50;
// How long a person looks at a page before pressing on: time the app may use to fetch ahead.
const READING_MS = 1000;

// Every step valid as it stands, so Continue always moves on.
const state = serializeState({
  ageConfirmed: true,
  answered: [...stepIds],
  answers: {
    ...emptyAnswers(),
    concerns: ['low-desire', 'communication'],
    primaryConcern: 'low-desire',
    relationship: 'married',
    partnerTakingPart: 'no',
    feelsUnsafe: 'no',
    health: ['antidepressants'],
  },
});

// The heaviest summary: eight topics, both partners coming, medicines and affirming needs.
const heavyState = serializeState({
  ageConfirmed: true,
  answered: [...stepIds],
  answers: {
    ...emptyAnswers(),
    concerns: [
      'low-desire',
      'desire-discrepancy',
      'erectile-difficulty',
      'sexual-pain',
      'sexual-anxiety',
      'communication',
      'body-image',
      'menopause',
    ],
    primaryConcern: 'sexual-pain',
    relationship: 'married',
    partnerTakingPart: 'yes',
    feelsUnsafe: 'no',
    health: ['antidepressants', 'menopause'],
    affirming: ['lgbtq'],
  },
});
const HEAVY_GOAL_MS = 100;

// Runs in the page before the app: times each Continue press up to the next focused h1.
function instrument() {
  const w = window as unknown as {
    __pressedAt: number | null;
    __stepDone?: (time: number) => void;
  };
  w.__pressedAt = null;
  document.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).closest('button[type="submit"], a.button'))
        w.__pressedAt = event.timeStamp;
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if ((event.target as Element).tagName !== 'H1' || w.__pressedAt === null) return;
      const time = performance.now() - w.__pressedAt;
      w.__pressedAt = null;
      w.__stepDone?.(time);
    },
    true,
  );
}

/**
 * Presses the control and waits until the next page's heading has focus; returns the time.
 * The page reports it through a promise set up before the press. Polling for it instead
 * (waitForFunction) runs Playwright's own script in the page while the page builds: at 4× CPU
 * that alone was a 30 ms task inside the change being timed.
 */
async function press(page: Page, control: Locator): Promise<number> {
  await page.waitForTimeout(READING_MS);
  await page.evaluate(() => {
    const w = window as unknown as { __stepDone: (time: number) => void; __step: Promise<number> };
    w.__step = new Promise((resolve) => (w.__stepDone = resolve));
  });
  await control.press('Enter');
  return page.evaluate(() => (window as unknown as { __step: Promise<number> }).__step);
}

/** A fresh context (an empty cache) with the clock and the slowed CPU; closed after `run`. */
async function inFreshPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    return await run(page);
  } finally {
    await context.close();
  }
}

/** Check answers → summary with the heaviest answers. */
function heavySummary(browser: Browser, origin: string): Promise<number> {
  return inFreshPage(browser, async (page) => {
    await page.addInitScript(({ key, value }) => sessionStorage.setItem(key, value), {
      key: STATE_KEY,
      value: heavyState,
    });
    await page.goto(`${origin}/prepare/check`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return press(page, page.getByRole('link', { name: checkCopy.continue }));
  });
}

const changes = [
  'start → 1',
  ...stepIds.slice(1).map((_, i) => `${i + 1} → ${i + 2}`),
  `${stepIds.length} → check`,
  'check → summary',
];

/** One walk through the journey: one sample of every change. */
function walk(browser: Browser, origin: string): Promise<number[]> {
  return inFreshPage(browser, async (page) => {
    await page.addInitScript(
      ({ key, value }) => {
        if (location.pathname === '/' && !sessionStorage.getItem(key)) {
          sessionStorage.setItem(key, value);
        }
      },
      { key: STATE_KEY, value: state },
    );
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('radio', { name: startCopy.who.options.individual.label }).check();
    await page.getByRole('radio', { name: startCopy.age.yes }).check();
    const times = [await press(page, page.getByRole('button', { name: startCopy.startButton }))];
    const proceed = page.getByRole('button', { name: appCopy.continue, exact: true });
    for (let step = 1; step <= stepIds.length; step += 1) times.push(await press(page, proceed));
    times.push(await press(page, page.getByRole('link', { name: checkCopy.continue })));
    return times;
  });
}

// The floor's six steps (its own, fixed: it stands for any step change, not for one step).
const FLOOR_STEPS = 6;
const floorChanges = [
  ...Array.from({ length: FLOOR_STEPS - 1 }, (_, i) => `${i + 1} → ${i + 2}`),
  `${FLOOR_STEPS} → check`,
  'check → summary',
];

/** One walk through the floor: step 1 → … → 6 → check → summary. */
function floorWalk(browser: Browser, origin: string): Promise<number[]> {
  return inFreshPage(browser, async (page) => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const proceed = page.getByRole('button', { name: 'Continue', exact: true });
    const times: number[] = [];
    for (let step = 1; step <= FLOOR_STEPS; step += 1) times.push(await press(page, proceed));
    times.push(await press(page, page.getByRole('link', { name: 'See your summary' })));
    return times;
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const floor = await stepsFloor(FLOOR_PORT);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const floorPasses: number[][] = [];
  const passes: number[][] = [];
  const heavy: number[] = [];
  try {
    // Floor and app in turn, pass by pass: a slow spell of the machine falls on both.
    while (passes.length < PASSES) {
      floorPasses.push(await floorWalk(browser, floor.origin));
      passes.push(await walk(browser, server.origin));
      heavy.push(await heavySummary(browser, server.origin));
    }
  } finally {
    await browser.close();
    server.close();
    await floor.close();
  }

  console.log(
    `Page change, press → next heading focused, CPU ${CPU_SLOWDOWN}× slower, ${PASSES} passes ` +
      `(each from a fresh cache, ${READING_MS} ms on each page first; floor and app in turn)`,
  );
  const floorAll = floorPasses.flat();
  const floorMedian = median(floorAll);
  const ratio = (value: number) => `${(value / floorMedian).toFixed(1)}× floor`;
  console.log(
    `Floor (bare React 19, no router or form library): median ${floorMedian.toFixed(1)} ms ` +
      `over ${floorAll.length} changes, range ${spread(floorAll)} ms`,
  );
  const floorMedians = floorChanges.map(
    (change, index) => `${change} ${median(floorPasses.map((pass) => pass[index]!)).toFixed(1)}`,
  );
  console.log(`  medians, ms: ${floorMedians.join(' · ')}`);
  console.log('App');
  let met = true;
  changes.forEach((change, index) => {
    const times = passes.map((pass) => pass[index]!);
    const result = median(times);
    met &&= result < GOAL_MS;
    console.log(
      `  ${change.padEnd(16)} median ${result.toFixed(1).padStart(6)} ms   ` +
        `range ${`${spread(times)} ms`.padEnd(12)} ${ratio(result).padStart(12)}`,
    );
  });
  const heavyMedian = median(heavy);
  console.log(
    `Heavy summary (8 topics, both partners), check → summary: median ${heavyMedian.toFixed(1)} ms, ` +
      `range ${spread(heavy)} ms, ${ratio(heavyMedian)} ` +
      `(goal < ${HEAVY_GOAL_MS} ms: ${heavyMedian < HEAVY_GOAL_MS ? 'met' : 'NOT met'})`,
  );
  const all = passes.flat();
  const allMedian = median(all);
  console.log(
    `All ${all.length} changes: median ${allMedian.toFixed(1)} ms (${ratio(allMedian)}), ` +
      `slowest ${Math.max(...all).toFixed(0)} ms. ` +
      `Goal < ${GOAL_MS} ms for every change: ${met ? 'met' : 'NOT met'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
