import type { Page } from '@playwright/test';
import { planCopy } from '../../src/content/en/plan.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { expect, test } from './support/fixtures.ts';
import { SUMMARY_PATH } from './support/journey.ts';
import { openWithAnswers } from './support/state.ts';

// The summary as a plan for a 15-minute call, measured: printed pages (US Letter, half-inch
// margins) and the phone-width height before "More questions" is opened. The figures are
// printed so they can be reported.

const LETTER = { width: 8.5, height: 11, margin: 0.5 };
const CSS_PX_PER_INCH = 96;

const typical: Partial<Answers> = {
  concerns: ['sexual-pain', 'menopause'],
  primaryConcern: 'sexual-pain',
  relationship: 'married',
  partnerTakingPart: 'no',
  feelsUnsafe: 'no',
  health: ['menopause', 'hormonal-medication'],
  goals: ['less-pain', 'feel-closer'],
  betterLooksLike: 'Sex that does not hurt, and feeling close to my husband again.',
};

const heavy: Partial<Answers> = {
  concerns: [
    'low-desire',
    'erectile-difficulty',
    'sexual-anxiety',
    'communication',
    'body-image',
    'shame',
    'aging',
    'kink-interests',
  ],
  primaryConcern: 'erectile-difficulty',
  relationship: 'partnered',
  partnerTakingPart: 'yes',
  feelsUnsafe: 'no',
  health: ['antidepressants', 'blood-pressure-medication'],
  affirming: ['lgbtq', 'kink'],
  budget: ['insurance'],
  sessionFormat: 'video',
};

const oneTopic: Partial<Answers> = {
  concerns: ['erectile-difficulty'],
  primaryConcern: 'erectile-difficulty',
  relationship: 'single',
  partnerTakingPart: 'not-applicable',
  feelsUnsafe: 'no',
};

async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({
    format: 'Letter',
    margin: Object.fromEntries(
      ['top', 'right', 'bottom', 'left'].map((side) => [side, `${LETTER.margin}in`]),
    ),
  });
  // Each page is one "/Type /Page" object; "/Type /Pages" is the page tree.
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Where the shortlist ends when printed: its bottom edge, in printed pages from the top. */
async function shortlistEndsOnPage(page: Page): Promise<number> {
  const width = (LETTER.width - 2 * LETTER.margin) * CSS_PX_PER_INCH;
  const pageHeight = (LETTER.height - 2 * LETTER.margin) * CSS_PX_PER_INCH;
  await page.setViewportSize({ width: Math.round(width), height: Math.round(pageHeight) });
  await page.emulateMedia({ media: 'print' });
  const section = page.getByRole('region', { name: planCopy.startHeading });
  await expect(section).toBeAttached();
  const bottom = await section.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  await page.emulateMedia({ media: null });
  return Math.ceil(bottom / pageHeight);
}

async function openSummary(page: Page, answers: Partial<Answers>) {
  await openWithAnswers(page, SUMMARY_PATH, answers);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: planCopy.startHeading })).toBeVisible();
}

test('a typical summary prints on at most 2 Letter pages, with the shortlist on page 1', async ({
  page,
}) => {
  await openSummary(page, typical);
  expect(await shortlistEndsOnPage(page)).toBe(1);
  const pages = await printedPages(page);
  console.log(`Printed pages, typical summary (two topics): ${pages}`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});

test('a heavy summary (eight topics) prints on at most 4 Letter pages', async ({ page }) => {
  await openSummary(page, heavy);
  expect(await shortlistEndsOnPage(page)).toBe(1);
  const pages = await printedPages(page);
  console.log(`Printed pages, heavy summary (eight topics): ${pages}`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
});

// 6,000 px until "Where you live": its panel (the country, its emergency number, a fold to change
// it and one to see other countries' lines) and "Where to search" add about 370 px at 390 px.
test('at phone width, a one-topic summary is under 6,500 px tall before "More questions" opens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSummary(page, oneTopic);
  const more = page.locator('details.more-questions');
  await expect(more).not.toHaveAttribute('open');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`Summary height at 390 px, one topic, "More questions" closed: ${height} px`);
  expect(height).toBeLessThan(6500);
  // Opening it shows the rest, so the closed figure is not a page that failed to render.
  await more.locator('summary').click();
  const opened = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`… with "More questions" open: ${opened} px`);
  expect(opened).toBeGreaterThan(height);
});
