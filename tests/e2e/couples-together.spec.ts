import {
  compareCopy,
  factsCopy,
  finishTurnCopy,
  lookAwayCopy,
  passcodeCopy,
  privateViewCopy,
  turnCopy,
} from '../../src/content/en/couples.ts';
import { planCopy } from '../../src/content/en/plan.ts';
import { concernCopy, sharedConcernLabel } from '../../src/content/en/concerns.ts';
import { resultsCopy } from '../../src/content/en/results.ts';
import { safetyCopy } from '../../src/content/en/safety.ts';
import { questionCopy } from '../../src/content/en/questions.ts';
import { specialtyCopy } from '../../src/content/en/specialties.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { test } from './support/fixtures.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import { relationshipCopy } from '../../src/content/en/steps.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { answerStep, continueButton, stepPath, type JourneyProfile } from './support/journey.ts';
import {
  expect,
  answerSafetyStep,
  fillFacts,
  mainText,
  markPrivate,
  screenMarkup,
  startAs,
  takeTurn,
  togetherSharedScreens,
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
    await expect(page.getByRole('region', { name: planCopy.bringHeading })).toContainText(
      privateLabel,
    );
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
  await expect(page.getByRole('region', { name: planCopy.bringHeading })).toContainText(
    privateLabel,
  );
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

test('each partner’s question pages say whose answers they are, and the hand-overs do not', async ({
  page,
}) => {
  const heading = page.getByRole('heading', { level: 1 });
  const tag = (name: string) => turnCopy.whoseAnswers(name);
  // The focused heading's name starts with whose answers these are: it is heard first.
  const expectTagged = async (name: string) => {
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAccessibleName(new RegExp(`^${tag(name)} \\S`));
  };
  // A hand-over screen's heading is only its own words, though its text may say that
  // "Alex’s answers are now hidden".
  const expectUntagged = async (name: string) => {
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAccessibleName(name);
  };
  await startAs(page, 'couple-together');
  await fillFacts(page, ['Alex', 'Sam']);
  for (const plan of [alex, sam]) {
    await expectUntagged(
      plan === alex ? turnCopy.firstHeading('Alex') : turnCopy.passHeading('Sam'),
    );
    await page.getByRole('button', { name: turnCopy.start(plan.name), exact: true }).click();
    for (const step of stepIds) {
      await expect(page).toHaveURL(stepPath(step));
      await expectTagged(plan.name);
      if (step === 'relationship') await answerSafetyStep(page, plan.profile);
      else await answerStep(page, step, plan.profile);
    }
    await expect(page).toHaveURL('/prepare/check');
    await expectTagged(plan.name);
    await page.getByRole('link', { name: checkCopy.continue, exact: true }).click();
    await expect(page).toHaveURL('/together/mark');
    await expectTagged(plan.name);
    await markPrivate(page, plan.privateConcerns);
    // The screen in front of the own view is for the other partner to see, too.
    await expectUntagged(lookAwayCopy.heading(plan.name));
    await page.getByRole('button', { name: lookAwayCopy.confirm(plan.name), exact: true }).click();
    await expectTagged(plan.name);
    await page.getByRole('button', { name: finishTurnCopy.button, exact: true }).click();
    await expect(page).toHaveURL('/together/turn');
  }
  await expectUntagged(turnCopy.bothHeading);
});

const passcode = 'blue door 7';
const hotline = '1-800-799-7233';

/** Nothing on the page that follows from the answer about feeling safe. */
async function expectNoSafetyContent(browserPage: import('@playwright/test').Page) {
  const main = browserPage.locator('main');
  await expect(
    main.getByRole('heading', { name: safetyCopy['unsafe-relationship'].title }),
  ).toHaveCount(0);
  await expect(main).not.toContainText(hotline);
  await expect(main).not.toContainText(questionCopy['individual-safety-first'].text);
}

const afraid = (plan: PartnerPlan, extra: Partial<PartnerPlan> = {}): PartnerPlan => ({
  ...plan,
  ...extra,
  profile: { ...plan.profile, feelsUnsafe: 'yes' },
});

test('with a passcode, the other partner cannot open an own view, and its owner can', async ({
  page,
}) => {
  await startAs(page, 'couple-together');
  await fillFacts(page, ['Alex', 'Sam']);
  await takeTurn(page, afraid(alex), async () => {
    // The offer, on the finish screen of every turn.
    await expect(page.getByRole('heading', { name: finishTurnCopy.passcodeHeading })).toBeVisible();
    await page.getByLabel(finishTurnCopy.passcode, { exact: true }).fill('abc');
    await page.getByRole('button', { name: finishTurnCopy.button, exact: true }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText(finishTurnCopy.errors['too-short']);
    await expectAccessibleInAllModes(page, 'finish turn, passcode error');
    await page.getByLabel(finishTurnCopy.passcode, { exact: true }).fill(passcode);
    await page.getByLabel(finishTurnCopy.confirm, { exact: true }).fill(passcode);
  });
  // Nothing of Alex's is readable in the tab's storage any more.
  const stored = await page.evaluate(() => ({ ...sessionStorage }));
  const all = JSON.stringify(stored);
  expect(all).not.toContain('body-image');
  expect(all).not.toContain('antidepressants');
  expect(stored['consult-prep.couple']).toContain('"sealed"');
  expect(stored['consult-prep.couple']).not.toContain('feelsUnsafe');
  await takeTurn(page, sam);
  await page.getByRole('button', { name: turnCopy.compare, exact: true }).click();

  // Sam taps through to Alex's view: a passcode, and nothing private or about safety.
  await page.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
  await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: passcodeCopy.heading('Alex') }),
  ).toBeFocused();
  await expect(page.locator('main')).not.toContainText(privateLabel);
  await expectNoSafetyContent(page);
  await expectAccessibleInAllModes(page, 'private view, passcode');
  await page.getByLabel(passcodeCopy.label, { exact: true }).fill('blue door 8');
  await page.getByRole('button', { name: passcodeCopy.button, exact: true }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText(passcodeCopy['wrong-passcode']);
  await expect(page.locator('main')).not.toContainText(privateLabel);
  await expectNoSafetyContent(page);
  await expectAccessibleInAllModes(page, 'private view, wrong passcode');

  // A forgotten passcode still leaves the shared view.
  await page.getByRole('link', { name: privateViewCopy.back, exact: true }).click();
  await expect(page).toHaveURL('/together/compare');

  // Alex, with the passcode, sees everything: the private topic and the safety advice.
  await page.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
  await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
  await page.getByLabel(passcodeCopy.label, { exact: true }).fill(passcode);
  await page.getByRole('button', { name: passcodeCopy.button, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: privateViewCopy.heading('Alex') }),
  ).toBeFocused();
  await expect(page.getByRole('region', { name: planCopy.bringHeading })).toContainText(
    privateLabel,
  );
  await expect(
    page.getByRole('heading', { name: safetyCopy['unsafe-relationship'].title }),
  ).toBeVisible();
  // Hidden again, it needs the passcode again.
  await page.getByRole('button', { name: lookAwayCopy.hide }).click();
  await page.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
  await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: passcodeCopy.heading('Alex') }),
  ).toBeVisible();
});

test('every shared screen is the same with a passcode or without, after a "yes" or a "no"', async ({
  browser,
}) => {
  const runs = [
    { name: 'passcode, yes', a: afraid(alex, { passcode }) },
    { name: 'passcode, no', a: { ...alex, passcode } },
    { name: 'no passcode, yes', a: afraid(alex) },
    { name: 'no passcode, no', a: alex },
  ];
  const pages = await Promise.all(runs.map(async () => (await browser.newContext()).newPage()));
  const screens = await Promise.all(
    runs.map((run, i) => togetherSharedScreens(pages[i]!, run.a, sam)),
  );
  const [first, ...rest] = screens;
  expect(Object.keys(first!)).toHaveLength(7);
  for (const [i, other] of rest.entries()) {
    for (const [screen, markup] of Object.entries(first!)) {
      expect(other[screen], `${screen}: ${runs[i + 1]!.name} vs ${runs[0]!.name}`).toBe(markup);
    }
  }
  const shared = await mainText(pages[0]!);
  expect(shared).not.toContain(hotline);

  // Without a passcode, Alex's own view leaves out the safety answer, and looks the same.
  const ownViews: string[] = [];
  for (const i of [2, 3]) {
    const page = pages[i]!;
    await page.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
    await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
    await expect(page.getByRole('region', { name: planCopy.bringHeading })).toContainText(
      privateLabel,
    );
    await expectNoSafetyContent(page);
    ownViews.push(await screenMarkup(page));
  }
  expect(ownViews[0]).toBe(ownViews[1]);
  await expectAccessibleInAllModes(pages[2]!, 'private view without a passcode');

  // With one, the passcode screen is the same after a "yes" or a "no".
  const locks: string[] = [];
  for (const i of [0, 1]) {
    const page = pages[i]!;
    await page.getByRole('link', { name: compareCopy.privateViewLink('Alex') }).click();
    await page.getByRole('button', { name: lookAwayCopy.confirm('Alex') }).click();
    locks.push(await screenMarkup(page));
  }
  expect(locks[0]).toBe(locks[1]);
});
