// The speed gate: Lighthouse 12 (mobile preset: simulated slow 4G and 4× CPU) on the built app.
// Pages: the start page, a middle step, and the results of imported answers.
// Fails below performance 95, accessibility 100, best practices 100, SEO 90.
//
// How the deeper pages get their answers: the app keeps answers in the tab's sessionStorage,
// so this script drives one Chromium tab with Puppeteer, imports an answers file through the
// start page's own "open a saved answers file" control, then lets Lighthouse load each page in
// that same tab. Lighthouse still clears the HTTP cache before each page (a cold load); its
// default storage reset leaves sessionStorage alone. Nothing test-only ships in the app.
//
// Usage: npm run lighthouse   (builds the app first; reports in .lighthouse/)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { navigation } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { emptyAnswers, type Answers } from '../src/questionnaire/answers.ts';
import { answersToJson } from '../src/storage/answers-file.ts';
import { chromeArgs, chromePath, startPreview } from './preview-server.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4174);
const OUT_DIR = '.lighthouse';

export const thresholds = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 90,
} as const;
type Category = keyof typeof thresholds;

/** Answers that exercise most of the results page, safety resources included. */
const importedAnswers: Answers = {
  ...emptyAnswers(),
  concerns: ['low-desire', 'communication', 'sexual-pain'],
  primaryConcern: 'sexual-pain',
  relationship: 'married',
  partnerTakingPart: 'yes',
  feelsUnsafe: 'no',
  health: ['menopause', 'antidepressants'],
  affirming: ['lgbtq'],
  goals: ['less-pain', 'talk-more-openly'],
  location: 'Ohio',
};

interface PageScores {
  name: string;
  path: string;
  scores: Record<Category, number>;
}

async function importAnswers(page: Page, origin: string): Promise<void> {
  const file = join(OUT_DIR, 'imported-answers.json');
  writeFileSync(file, answersToJson(importedAnswers));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
  const input = await page.waitForSelector('input[type="file"]');
  await input!.uploadFile(file);
  await page.waitForFunction(() => location.pathname.endsWith('/prepare/check'));
}

async function audit(page: Page, origin: string, name: string, path: string): Promise<PageScores> {
  const result = await navigation(page, `${origin}${path}`, {
    config: {
      extends: 'lighthouse:default',
      settings: { onlyCategories: Object.keys(thresholds), output: 'html' },
    },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr, report } = result;
  if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  if (finalPath !== path) throw new Error(`${path} ended on ${finalPath}: answers were lost`);
  writeFileSync(join(OUT_DIR, `${name}.html`), Array.isArray(report) ? report[0]! : report);
  writeFileSync(join(OUT_DIR, `${name}.json`), JSON.stringify(lhr));
  const scores = Object.fromEntries(
    (Object.keys(thresholds) as Category[]).map((id) => [
      id,
      Math.round((lhr.categories[id]?.score ?? 0) * 100),
    ]),
  ) as Record<Category, number>;
  // Name what cost points, so a failure is easy to act on.
  for (const id of Object.keys(thresholds) as Category[]) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const item = lhr.audits[ref.id];
      if (ref.weight > 0 && item && item.score !== null && item.score < 1) {
        console.log(
          `    ${name}: ${id} – ${item.id}: ${item.title} (${item.displayValue ?? item.score})`,
        );
      }
    }
  }
  return { name, path, scores };
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startPreview(PORT);
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: chromeArgs,
  });
  const results: PageScores[] = [];
  try {
    const page = await browser.newPage();
    results.push(await audit(page, server.origin, 'start', '/'));
    await importAnswers(page, server.origin);
    results.push(await audit(page, server.origin, 'step-3', '/prepare/3'));
    results.push(await audit(page, server.origin, 'results', '/prepare/summary'));
  } finally {
    await browser.close();
    server.close();
  }

  const failures: string[] = [];
  console.log('\nLighthouse 12 (mobile)   perf  a11y  best   seo');
  for (const { name, path, scores } of results) {
    const cells = (Object.keys(thresholds) as Category[]).map((id) => {
      if (scores[id] < thresholds[id])
        failures.push(`${path} ${id} ${scores[id]} < ${thresholds[id]}`);
      return String(scores[id]).padStart(5);
    });
    console.log(`  ${`${name} (${path})`.padEnd(22)} ${cells.join(' ')}`);
  }
  console.log(`Reports: ${OUT_DIR}/*.html`);
  if (failures.length > 0) {
    console.error(`Below threshold:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
