// Step-change latency: how long from pressing "Continue" until the next page's heading has
// focus, in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), as on a
// low-end phone. Reports the median of 20 presses. Goal: under 50 ms. A reported figure, not a
// test: it fails only if the journey itself breaks.
//
// The clock runs in the page: from the click event's timestamp (the moment the press was
// handled by the browser) to the focusin event of the next h1.
// Usage: npm run bench:steps   (builds the app first)
import { chromium, type Page } from '@playwright/test';
import { emptyAnswers } from '../src/questionnaire/answers.ts';
import { stepIds } from '../src/questionnaire/steps.ts';
import { serializeState } from '../src/storage/persisted-state.ts';
import { STATE_KEY } from '../src/storage/storage-backend.ts';
import { chromeArgs, chromePath, startPreview } from './preview-server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const SAMPLES = 20;
const CPU_SLOWDOWN = 4;
const GOAL_MS = 50;

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

// Runs in the page before the app: times each Continue press up to the next focused h1.
function instrument() {
  const w = window as unknown as { __stepTimes: number[]; __pressedAt: number | null };
  w.__stepTimes = [];
  w.__pressedAt = null;
  document.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).closest('button[type="submit"]'))
        w.__pressedAt = event.timeStamp;
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if ((event.target as Element).tagName !== 'H1' || w.__pressedAt === null) return;
      w.__stepTimes.push(performance.now() - w.__pressedAt);
      w.__pressedAt = null;
    },
    true,
  );
}

async function pressContinue(page: Page): Promise<number> {
  const before = await page.evaluate(
    () => (window as unknown as { __stepTimes: number[] }).__stepTimes.length,
  );
  await page.getByRole('button', { name: 'Continue', exact: true }).press('Enter');
  await page.waitForFunction(
    (count) => (window as unknown as { __stepTimes: number[] }).__stepTimes.length > count,
    before,
  );
  return page.evaluate(() => (window as unknown as { __stepTimes: number[] }).__stepTimes.at(-1)!);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main(): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  const samples: { from: number; ms: number }[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.addInitScript(instrument);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.origin}/`);
    await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), {
      key: STATE_KEY,
      value: state,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    while (samples.length < SAMPLES) {
      // Each pass walks step 1 → 6 → check answers, as a person would.
      await page.goto(`${server.origin}/prepare/1`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      for (let from = 1; from <= stepIds.length && samples.length < SAMPLES; from += 1) {
        samples.push({ from, ms: await pressContinue(page) });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const all = samples.map((sample) => sample.ms);
  console.log(`Step change, Continue → next heading focused, CPU ${CPU_SLOWDOWN}× slower`);
  for (let from = 1; from <= stepIds.length; from += 1) {
    const times = samples.filter((sample) => sample.from === from).map((sample) => sample.ms);
    const to = from === stepIds.length ? 'check' : String(from + 1);
    console.log(`  step ${from} → ${to.padEnd(5)} ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
  }
  const result = median(all);
  console.log(
    `Median of ${all.length}: ${result.toFixed(1)} ms (goal < ${GOAL_MS} ms: ${result < GOAL_MS ? 'met' : 'NOT met'})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
