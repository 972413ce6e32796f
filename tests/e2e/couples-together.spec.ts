import {
  compareCopy,
  factsCopy,
  finishTurnCopy,
  lookAwayCopy,
  turnCopy,
} from '../../src/content/en/couples.ts';
import { concernCopy, sharedConcernLabel } from '../../src/content/en/concerns.ts';
import { resultsCopy } from '../../src/content/en/results.ts';
import { safetyCopy } from '../../src/content/en/safety.ts';
import { questionCopy } from '../../src/content/en/questions.ts';
import { specialtyCopy } from '../../src/content/en/specialties.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { test } from './support/fixtures.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import { relationshipCopy } from '../../src/content/en/steps.ts';
import { answerStep, continueButton, stepPath, type JourneyProfile } from './support/journey.ts';
import {
  expect,
  answerSafetyStep,
  fillFacts,
  mainText,
  markPrivate,
  startAs,
  takeTurn,
  togetherToComparison,
  type PartnerPlan,
} from './couples-journey.ts';

const alexProfile: JourneyProfile = {
  concerns: ['desire-discrepancy', 'communication', 'body-image'],
  details: { 'desire-discrepancy': { bother: 'a-lot' } },
  primary: 'desire-discrepancy',
  relationship: 'married',
  feelsUnsafe: 'no',
  health: 'none',
  goals: ['feel-closer', 'talk-more-openly'],
};
const samProfile: JourneyProfile = {
  concerns: ['communication', 'interest-mismatch'],
  primary: 'communication',
  relationship: 'married',
  feelsUnsafe: 'no',
  health: ['antidepressants'],
  goals: ['feel-closer', 'more-pleasure'],
};
const alex: PartnerPlan = { name: 'Alex', profile: alexProfile, privateConcerns: ['body-image'] };
const sam: PartnerPlan = { name: 'Sam', profile: samProfile };
const privateLabel = concernCopy['body-image'].label;

// Whole journeys for two people, with axe in four display modes on each new page.
test.describe.configure({ timeout: 240_000 });

test('together on one device: turns, a hand-over, private items and the comparison', async ({
  page,
}) => {
  await startAs(page, 'couple-together');
  await expectAccessibleInAllModes(page, 'shared facts');
  await page.getByRole('button', { name: factsCopy.continue, exact: true }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectAccessibleInAllModes(page, 'shared facts, error');
  await fillFacts(page, ['Alex', 'Sam']);
  await expectAccessibleInAllModes(page, 'first turn');

  await takeTurn(page, alex, async () => {
    // Alex's own view shows everything of Alex's, the private topic included.
    await expect(page.getByRole('heading', { level: 1, name: resultsCopy.title })).toBeVisible();
    await expect(page.getByText(privateLabel, { exact: true }).first()).toBeVisible();
  });

  // The hand-over: Alex's answers are hidden, and Back cannot bring them back.
  await expect(
    page.getByRole('heading', { level: 1, name: turnCopy.passHeading('Sam') }),
  ).toBeVisible();
  await expect(page.getByText(turnCopy.hidden('Alex'))).toBeVisible();
  await expectAccessibleInAllModes(page, 'hand-over');
  for (let i = 0; i < 4; i += 1) {
    await page.goBack();
    await expect(page.getByText(privateLabel)).toHaveCount(0);
    await expect(page).not.toHaveURL(/\/together\/mine|\/prepare\/summary/);
  }
  await page.goto('/together/turn');

  await takeTurn(page, sam, async () => {
    await expect(page.getByText(privateLabel)).toHaveCount(0);
  });
  await expect(page.getByRole('heading', { level: 1, name: turnCopy.bothHeading })).toBeVisible();
  await expectAccessibleInAllModes(page, 'both finished');
  await page.getByRole('button', { name: turnCopy.compare, exact: true }).click();
  await expect(page).toHaveURL('/together/compare');

  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1, name: compareCopy.heading })).toBeVisible();
  await expect(main.getByText(sharedConcernLabel('communication')).first()).toBeVisible();
  await expect(main).not.toContainText(privateLabel);
  await expect(main.getByRole('heading', { name: compareCopy.differHeading })).toBeVisible();
  // Couples work comes first, with the couples consultation questions.
  const suggestions = main.getByRole('region', { name: compareCopy.suggestionsHeading });
  await expect(suggestions.getByRole('heading', { level: 3 }).first()).toHaveText(
    specialtyCopy['couples-sex-therapy'].title,
  );
  for (const id of [
    'couples-individual-sessions',
    'couples-secrets',
    'couples-different-wants',
  ] as const) {
    await expect(main.getByText(questionCopy[id].text)).toBeVisible();
  }
  await expectAccessibleInAllModes(page, 'comparison');

  // The download holds what the page shows, and never the private topic.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: compareCopy.download, exact: true }).click();
  const file = await (await download).path();
  const text = await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'));
  expect(text).toContain(sharedConcernLabel('communication'));
  expect(text).not.toContain(privateLabel);

  // Each partner's own view sits behind a hand-over screen.
  await page.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: lookAwayCopy.heading('Alex') }),
  ).toBeVisible();
  await expect(page.locator('main')).not.toContainText(privateLabel);
  await expectAccessibleInAllModes(page, 'private view, closed');
  await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
  await expect(page.getByText(privateLabel, { exact: true }).first()).toBeVisible();
  await expectAccessibleInAllModes(page, 'private view, open');
  await page.getByRole('button', { name: lookAwayCopy.hide }).click();
  await expect(page).toHaveURL('/together/compare');
});

test('the pages of one turn pass axe: safety question, its error, marks and own view', async ({
  page,
}) => {
  await startAs(page, 'couple-together');
  await fillFacts(page, ['Alex', 'Sam']);
  await page.getByRole('button', { name: turnCopy.start('Alex') }).click();
  // A deep link past the first open step goes back to it.
  await page.goto(stepPath('relationship'));
  await expect(page).toHaveURL(stepPath('concerns'));
  await answerStep(page, 'concerns', alexProfile);
  await answerStep(page, 'details', alexProfile);
  // Step 3 asks only the safety question; the shared facts are shown, not asked again.
  await expect(page.getByRole('radio')).toHaveCount(3);
  await expect(page.getByText(relationshipCopy.statusLabels.married)).toBeVisible();
  await expectAccessibleInAllModes(page, 'safety question');
  await continueButton(page).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expectAccessibleInAllModes(page, 'safety question, error');
  await answerSafetyStep(page, alexProfile);
  for (const step of ['health', 'goals', 'preferences'] as const) {
    await answerStep(page, step, alexProfile);
  }
  await page.getByRole('link', { name: checkCopy.continue, exact: true }).click();
  await expect(page).toHaveURL('/together/mark');
  await expectAccessibleInAllModes(page, 'only for me');
  await markPrivate(page, ['body-image']);
  await expect(page).toHaveURL('/together/mine');
  await expectAccessibleInAllModes(page, 'own view, closed');
  await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
  await expect(page.getByRole('heading', { name: finishTurnCopy.heading })).toBeVisible();
  await expect(page.getByText(finishTurnCopy.privateCount(1))).toBeVisible();
  await expectAccessibleInAllModes(page, 'own view, open');
});

async function sharedViewText(browserPage: import('@playwright/test').Page, unsafe: 'yes' | 'no') {
  await togetherToComparison(
    browserPage,
    { ...alex, profile: { ...alexProfile, feelsUnsafe: unsafe } },
    sam,
  );
  return mainText(browserPage);
}

test('the unsafe answer changes nothing in the shared view', async ({ browser }) => {
  const calm = await (await browser.newContext()).newPage();
  const unsafe = await (await browser.newContext()).newPage();
  const [calmText, unsafeText] = await Promise.all([
    sharedViewText(calm, 'no'),
    sharedViewText(unsafe, 'yes'),
  ]);
  expect(unsafeText).toBe(calmText);
  await expect(
    unsafe.getByRole('heading', { name: safetyCopy['unsafe-relationship'].title }),
  ).toHaveCount(0);
  expect(unsafeText).not.toContain('1-800-799-7233');
  expect(unsafeText).not.toContain(questionCopy['individual-safety-first'].text);

  // Only Alex's own view shows the safety resources and the advice to get help alone first.
  await unsafe.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
  await unsafe.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
  await expect(
    unsafe.getByRole('heading', { name: safetyCopy['unsafe-relationship'].title }),
  ).toBeVisible();
  await unsafe.getByRole('button', { name: lookAwayCopy.hide }).click();
  await unsafe.getByRole('link', { name: compareCopy.privateViewLink('Sam') }).click();
  await unsafe.getByRole('button', { name: lookAwayCopy.confirm('Sam') }).click();
  await expect(
    unsafe.getByRole('heading', { name: safetyCopy['unsafe-relationship'].title }),
  ).toHaveCount(0);
});
