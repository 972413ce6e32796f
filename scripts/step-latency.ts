// Step-change latency: how long from pressing Start, Continue or "See your summary" until the
// next page's heading has focus, in Chromium with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), as on a low-end phone. Each pass opens the start page in a
// fresh browser context (an empty cache), reads each page for a moment as a person would, and
// walks start → step 1 → … → check answers → summary. Reports every change's median and spread
// over 20 passes. Goal: under 50 ms each. A reported figure, not a test: it fails only if the
// journey itself breaks.
//
// The clock runs in the page: from the click event's timestamp (the moment the press was
// handled by the browser) to the focusin event of the next h1.
// Usage: npm run bench:steps   (builds the app first; BENCH_PASSES=5 for a quick look)
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { checkCopy } from '../src/content/en/check.ts';
import { appCopy } from '../src/content/en/app.ts';
import { startCopy } from '../src/content/en/start.ts';
import { emptyAnswers } from '../src/questionnaire/answers.ts';
import { stepIds } from '../src/questionnaire/steps.ts';
import { serializeState } from '../src/storage/persisted-state.ts';
import { STATE_KEY } from '../src/storage/storage-backend.ts';
import { chromeArgs, chromePath, startPreview } from './preview-server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
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

/** Check answers → summary with the heaviest answers, in a fresh context. */
async function heavySummary(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.addInitScript(({ key, value }) => sessionStorage.setItem(key, value), {
      key: STATE_KEY,
      value: heavyState,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/prepare/check`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return await press(page, page.getByRole('link', { name: checkCopy.continue }));
  } finally {
    await context.close();
  }
}

const changes = [
  'start → 1',
  ...stepIds.slice(1).map((_, i) => `${i + 1} → ${i + 2}`),
  `${stepIds.length} → check`,
  'check → summary',
];

/** One walk through the journey in a fresh context: one sample of every change. */
async function walk(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.addInitScript(
      ({ key, value }) => {
        if (location.pathname === '/' && !sessionStorage.getItem(key)) {
          sessionStorage.setItem(key, value);
        }
      },
      { key: STATE_KEY, value: state },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('radio', { name: startCopy.who.options.individual.label }).check();
    await page.getByRole('radio', { name: startCopy.age.yes }).check();
    const times = [await press(page, page.getByRole('button', { name: startCopy.startButton }))];
    const proceed = page.getByRole('button', { name: appCopy.continue, exact: true });
    for (let step = 1; step <= stepIds.length; step += 1) times.push(await press(page, proceed));
    times.push(await press(page, page.getByRole('link', { name: checkCopy.continue })));
    return times;
  } finally {
    await context.close();
  }
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
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const passes: number[][] = [];
  const heavy: number[] = [];
  try {
    while (passes.length < PASSES) passes.push(await walk(browser, server.origin));
    while (heavy.length < PASSES) heavy.push(await heavySummary(browser, server.origin));
  } finally {
    await browser.close();
    server.close();
  }

  console.log(
    `Page change, press → next heading focused, CPU ${CPU_SLOWDOWN}× slower, ${PASSES} passes ` +
      `(each from a fresh cache, ${READING_MS} ms on each page first)`,
  );
  let met = true;
  changes.forEach((change, index) => {
    const times = passes.map((pass) => pass[index]!);
    const result = median(times);
    met &&= result < GOAL_MS;
    console.log(
      `  ${change.padEnd(16)} median ${result.toFixed(1).padStart(6)} ms   range ${spread(times)} ms`,
    );
  });
  const heavyMedian = median(heavy);
  console.log(
    `Heavy summary (8 topics, both partners), check → summary: median ${heavyMedian.toFixed(1)} ms, ` +
      `range ${spread(heavy)} ms (goal < ${HEAVY_GOAL_MS} ms: ${heavyMedian < HEAVY_GOAL_MS ? 'met' : 'NOT met'})`,
  );
  const all = passes.flat();
  console.log(
    `All ${all.length} changes: median ${median(all).toFixed(1)} ms, slowest ${Math.max(...all).toFixed(0)} ms. ` +
      `Goal < ${GOAL_MS} ms for every change: ${met ? 'met' : 'NOT met'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
