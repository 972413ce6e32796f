// README screenshots of the built app: the start page, a question page and the results, on a
// phone (390 px) and a desktop (1280 px). Writes docs/screenshots/<page>-<device>.png.
// Usage: npx tsx scripts/screenshots.ts   (builds the app first)
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { emptyAnswers } from '../src/questionnaire/answers.ts';
import type { TherapistNote } from '../src/questionnaire/notebook.ts';
import { stepIds } from '../src/questionnaire/steps.ts';
import { serializeState } from '../src/storage/persisted-state.ts';
import { STATE_KEY } from '../src/storage/storage-backend.ts';
import { chromeArgs, chromePath, startPreview } from './preview-server.ts';

const OUT_DIR = 'docs/screenshots';
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4176);

const devices = {
  mobile: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 },
};

// A made-up person, so the pages show real content.
const state = serializeState({
  ageConfirmed: true,
  answered: [...stepIds],
  answers: {
    ...emptyAnswers(),
    concerns: ['low-desire', 'communication'],
    primaryConcern: 'low-desire',
    relationship: 'married',
    partnerTakingPart: 'yes',
    relationshipLength: '5-to-15-years',
    feelsUnsafe: 'no',
    health: ['antidepressants'],
    goals: ['more-desire', 'talk-more-openly'],
  },
});

const pages = [
  { name: 'start', path: '/', seeded: false },
  { name: 'step', path: '/prepare/3', seeded: true },
  { name: 'results', path: '/prepare/summary', seeded: true },
];

// The same person, living in the UK and afraid of a partner: the lines shown are the UK's.
const ukState = serializeState({
  ...(JSON.parse(state) as Parameters<typeof serializeState>[0]),
  answers: {
    ...(JSON.parse(state) as { answers: ReturnType<typeof emptyAnswers> }).answers,
    feelsUnsafe: 'yes',
    country: 'uk',
  },
});

async function open(page: Page, origin: string, path: string, seeded: boolean, saved = state) {
  await page.goto(`${origin}/`);
  if (seeded) {
    await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), {
      key: STATE_KEY,
      value: saved,
    });
  }
  await page.goto(`${origin}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The h1 has focus on arrival; take the picture without a caret or focus ring.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });
  try {
    for (const [device, options] of Object.entries(devices)) {
      const context = await browser.newContext({ ...options, colorScheme: 'light' });
      const page = await context.newPage();
      for (const { name, path, seeded } of pages) {
        await open(page, server.origin, path, seeded);
        const file = `${OUT_DIR}/${name}-${device}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
    await placeShots(browser, server.origin);
    await spanishShots(browser, server.origin);
    await notebookShots(browser, server.origin);
    await couplesShots(browser, server.origin);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Where you live: a UK person's safety lines, and the help page with no country chosen. */
async function placeShots(browser: Browser, origin: string): Promise<void> {
  const context = await browser.newContext({ ...devices.desktop, colorScheme: 'light' });
  const page = await context.newPage();
  await open(page, origin, '/prepare/summary', true, ukState);
  await page.locator('.summary__safety').screenshot({ path: `${OUT_DIR}/places-uk-safety.png` });
  await page.getByText('Change where you live').click();
  await page.locator('.place-panel').screenshot({ path: `${OUT_DIR}/places-change.png` });
  await context.close();
  // A fresh tab: nothing saved, so no country.
  const fresh = await browser.newContext({ ...devices.desktop, colorScheme: 'light' });
  const help = await fresh.newPage();
  await open(help, origin, '/help', false);
  await help.getByText('Somewhere else?').click();
  await help.locator('.place-panel').screenshot({ path: `${OUT_DIR}/places-somewhere-else.png` });
  console.log(`wrote ${OUT_DIR}/places-*.png`);
  await fresh.close();
}

/** Spanish: the first-visit offer, and a summary after switching. */
async function spanishShots(browser: Browser, origin: string): Promise<void> {
  const context = await browser.newContext({
    ...devices.mobile,
    colorScheme: 'light',
    locale: 'es-MX',
  });
  const page = await context.newPage();
  await open(page, origin, '/', false);
  await page.screenshot({ path: `${OUT_DIR}/spanish-offer-mobile.png` });
  await page.getByRole('button', { name: 'Usar español' }).click();
  await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), {
    key: STATE_KEY,
    value: state,
  });
  await page.goto(`${origin}/prepare/summary`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: `${OUT_DIR}/spanish-summary-mobile.png` });
  console.log(`wrote ${OUT_DIR}/spanish-*.png`);
  await context.close();
}

/** The same person after three free calls: their notes, and the comparison. */
const notesState = serializeState({
  ...(JSON.parse(state) as Parameters<typeof serializeState>[0]),
  notebook: {
    version: 1,
    therapists: [
      call('t-1', 'Dr Ana Reyes', 'book', [], '$140, or $90 on a sliding scale', true),
      call('t-2', 'M.K.', 'maybe', [], '$120', false),
      call('t-3', 'Lee Park', 'not-for-me', ['quick-cure'], '$200', false),
    ],
  },
});

function call(
  id: string,
  name: string,
  gut: 'book' | 'maybe' | 'not-for-me',
  warnings: 'quick-cure'[],
  fees: string,
  licenceChecked: boolean,
): TherapistNote {
  const felt = gut === 'book' ? 'yes' : gut === 'maybe' ? 'partly' : 'no';
  return {
    id,
    name,
    practice: '',
    date: `2026-11-${20 + Number(id.slice(2))}`,
    offers: 'video',
    fees,
    cover: gut === 'book' ? ['sliding-scale'] : [],
    times: gut === 'book' ? 'Tuesday evenings' : 'Weekday mornings',
    licenceChecked,
    impressions: {
      self: {
        asked: [
          {
            id: 'training',
            text: 'What training do you have in sex therapy?',
            said: gut === 'not-for-me' ? 'not-sure' : 'yes',
            note: gut === 'book' ? 'Certified (CST) since 2016' : '',
          },
        ],
        heard: felt,
        judged: gut === 'not-for-me' ? 'partly' : 'no',
        clear: felt,
        approach: felt,
        gut,
        warnings,
        note: '',
      },
    },
  };
}

async function notebookShots(browser: Browser, origin: string): Promise<void> {
  for (const [device, options] of Object.entries(devices)) {
    const context = await browser.newContext({ ...options, colorScheme: 'light' });
    const page = await context.newPage();
    await open(page, origin, '/notes/compare', true, notesState);
    await page.screenshot({ path: `${OUT_DIR}/notes-compare-${device}.png`, fullPage: true });
    await context.close();
  }
  const context = await browser.newContext({ ...devices.desktop, colorScheme: 'light' });
  const page = await context.newPage();
  await open(page, origin, '/notes/t-3', true, notesState);
  // The warning signs, with "Keep looking" showing, where the page scrolls to them.
  await page
    .locator('.notebook__keep-looking')
    .evaluate((box) => box.scrollIntoView({ block: 'end' }));
  await page.evaluate(() => window.scrollBy(0, 40));
  await page.screenshot({ path: `${OUT_DIR}/notes-call.png` });
  console.log(`wrote ${OUT_DIR}/notes-*.png`);
  await context.close();
}

/** Couples apart: "what to share", with one topic kept "only if we both named it". */
async function couplesShots(browser: Browser, origin: string): Promise<void> {
  const apart = serializeState({
    ...(JSON.parse(state) as Parameters<typeof serializeState>[0]),
    answers: {
      ...(JSON.parse(state) as { answers: ReturnType<typeof emptyAnswers> }).answers,
      who: 'couple-apart',
      goals: ['more-desire'],
    },
  });
  const context = await browser.newContext({ ...devices.desktop, colorScheme: 'light' });
  const page = await context.newPage();
  await open(page, origin, '/apart/mark', true, apart);
  await page
    .getByRole('group', { name: 'Low or lost desire for sex' })
    .getByRole('radio', { name: 'Only if we both named it' })
    .check();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: `${OUT_DIR}/couples-what-to-share.png`, fullPage: true });
  console.log(`wrote ${OUT_DIR}/couples-what-to-share.png`);
  await context.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
