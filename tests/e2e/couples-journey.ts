import { expect as baseExpect, type Browser, type Page } from '@playwright/test';
import { checkCopy } from '../../src/content/en/check.ts';
import { concernCopy } from '../../src/content/en/concerns.ts';
import {
  apartNextCopy,
  compareCopy,
  factsCopy,
  finishTurnCopy,
  importCopy,
  lookAwayCopy,
  markCopy,
  replyCopy,
  shareCopy,
  turnCopy,
} from '../../src/content/en/couples.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { relationshipCopy } from '../../src/content/en/steps.ts';
import type { ConcernId } from '../../src/questionnaire/ids.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { answerStep, continueButton, stepPath, type JourneyProfile } from './support/journey.ts';

// Couples journeys for the e2e specs: controls are found by role and label, from the app's copy.

/** Lazy pages on a busy machine can take a while to arrive: wait longer than the default. */
export const expect = baseExpect.configure({ timeout: 15_000 });

export interface PartnerPlan {
  name: string;
  profile: JourneyProfile;
  /** Concerns this partner marks "only for me". */
  privateConcerns?: ConcernId[];
  /** Topics shown to the partner only if they named them too. */
  ifBothConcerns?: ConcernId[];
  /** A passcode for their own view, set at the end of their turn. */
  passcode?: string;
}

const radio = (page: Page, legend: string, label: string) =>
  page
    .getByRole('group', { name: legend, exact: true })
    .getByRole('radio', { name: label, exact: true });

/** Start page: who is filling this in, 18 or older, Start. */
export async function startAs(page: Page, who: 'couple-together' | 'couple-apart') {
  await page.goto('/');
  await radio(page, startCopy.who.legend, startCopy.who.options[who].label).check();
  await radio(page, startCopy.age.legend, startCopy.age.yes).check();
  await page.getByRole('button', { name: startCopy.startButton, exact: true }).click();
}

export async function fillFacts(page: Page, names: [string, string]) {
  await expect(page).toHaveURL('/together');
  await page.getByRole('textbox', { name: factsCopy.nameA }).fill(names[0]);
  await page.getByRole('textbox', { name: factsCopy.nameB }).fill(names[1]);
  await radio(page, factsCopy.status, relationshipCopy.statusLabels.married).check();
  await radio(page, factsCopy.length, relationshipCopy.lengthLabels['5-to-15-years']).check();
  await page.getByRole('button', { name: factsCopy.continue, exact: true }).click();
  await expect(page).toHaveURL('/together/turn');
}

/** Step 3 on one device: only the safety question, asked of this partner alone. */
export async function answerSafetyStep(page: Page, profile: JourneyProfile) {
  await expect(page).toHaveURL(stepPath('relationship'));
  const answer = profile.feelsUnsafe ?? 'no';
  await radio(page, relationshipCopy.unsafe, relationshipCopy.unsafeLabels[answer]).check();
  await continueButton(page).click();
}

/** Every step; in together mode step 3 is the partner's own safety question. */
export async function answerSteps(page: Page, profile: JourneyProfile, together: boolean) {
  for (const step of stepIds) {
    if (together && step === 'relationship') await answerSafetyStep(page, profile);
    else await answerStep(page, step, profile);
  }
  await expect(page).toHaveURL('/prepare/check');
  await page.getByRole('link', { name: checkCopy.continue, exact: true }).click();
}

/** The "what to share" page: topics kept only for me, and topics shown only if both named them. */
export async function markPrivate(
  page: Page,
  concerns: ConcernId[] = [],
  ifBoth: ConcernId[] = [],
) {
  await expect(page.getByRole('heading', { level: 1, name: markCopy.heading })).toBeVisible();
  const topics = page.getByRole('region', { name: markCopy.concerns, exact: true });
  const choose = async (id: ConcernId, choice: string) =>
    topics
      .getByRole('group', { name: concernCopy[id].label, exact: true })
      .getByRole('radio', { name: choice, exact: true })
      .check();
  for (const id of concerns) await choose(id, markCopy.choices.private);
  for (const id of ifBoth) await choose(id, markCopy.choices['if-both']);
  await page.getByRole('button', { name: markCopy.continue, exact: true }).click();
}

/** One partner's whole turn on the shared device, from the hand-over screen to the next one. */
export async function takeTurn(page: Page, plan: PartnerPlan, onOwnView?: () => Promise<void>) {
  await expect(page).toHaveURL('/together/turn');
  await page.getByRole('button', { name: turnCopy.start(plan.name), exact: true }).click();
  await expect(page).toHaveURL(stepPath('concerns'));
  await answerSteps(page, plan.profile, true);
  await expect(page).toHaveURL('/together/mark');
  await markPrivate(page, plan.privateConcerns, plan.ifBothConcerns);
  await expect(page).toHaveURL('/together/mine');
  await expect(
    page.getByRole('heading', { level: 1, name: lookAwayCopy.heading(plan.name) }),
  ).toBeVisible();
  await page.getByRole('button', { name: lookAwayCopy.confirm(plan.name), exact: true }).click();
  await onOwnView?.();
  if (plan.passcode) {
    await page.getByLabel(finishTurnCopy.passcode, { exact: true }).fill(plan.passcode);
    await page.getByLabel(finishTurnCopy.confirm, { exact: true }).fill(plan.passcode);
  }
  await page.getByRole('button', { name: finishTurnCopy.button, exact: true }).click();
  await expect(page).toHaveURL('/together/turn');
}

/** Both partners take turns on one device and open what they share. */
export async function togetherToComparison(page: Page, a: PartnerPlan, b: PartnerPlan) {
  await startAs(page, 'couple-together');
  await fillFacts(page, [a.name, b.name]);
  await takeTurn(page, a);
  await takeTurn(page, b);
  await page.getByRole('button', { name: turnCopy.compare, exact: true }).click();
  await expect(page).toHaveURL('/together/compare');
}

/** One partner on their own device: journey, marks, then a partner code. Returns the code. */
export async function apartToCode(
  page: Page,
  plan: PartnerPlan,
  passphrase = '',
  onPage: (name: string) => Promise<void> = async () => undefined,
) {
  await startAs(page, 'couple-apart');
  await answerSteps(page, plan.profile, false);
  await expect(page).toHaveURL('/apart/mark');
  await onPage('only for me, apart');
  await markPrivate(page, plan.privateConcerns, plan.ifBothConcerns);
  await expect(page).toHaveURL('/prepare/summary');
  await expect(page.getByRole('heading', { name: apartNextCopy.heading })).toBeVisible();
  await onPage('own summary, apart');
  await page.getByRole('link', { name: apartNextCopy.share, exact: true }).click();
  await expect(page).toHaveURL('/apart/share');
  await onPage('create a partner code');
  await page.getByRole('textbox', { name: shareCopy.name }).fill(plan.name);
  if (passphrase) await page.getByLabel(shareCopy.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: shareCopy.create, exact: true }).click();
  const output = page.getByRole('textbox', { name: shareCopy.codeLabel, exact: true });
  await expect(output).toHaveValue(/^CP2S?-/, { timeout: 15_000 });
  return output.inputValue();
}

/** From the share page (or the enter page): enter the partner's code, land on the replies. */
export async function enterPartnerCode(page: Page, code: string, passphrase = '') {
  if (new URL(page.url()).pathname !== '/apart/enter') {
    await page.getByRole('link', { name: shareCopy.next, exact: true }).click();
  }
  await expect(page).toHaveURL('/apart/enter');
  await page.getByRole('textbox', { name: importCopy.code, exact: true }).fill(code);
  if (passphrase) await page.getByLabel(importCopy.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: importCopy.submit, exact: true }).click();
  await expect(page).toHaveURL('/apart/reply');
}

/** The reply code this device made, once it is there: the text a person would copy. */
export async function ownReplyCode(page: Page): Promise<string> {
  const box = page.getByRole('textbox', { name: replyCopy.yourReply, exact: true });
  await expect(box).toHaveValue(/^CR1-/, { timeout: 20_000 });
  return box.inputValue();
}

/** Enters the partner's reply code and lands on the shared view. */
export async function enterReplyCode(page: Page, partnerName: string, code: string) {
  await page.getByRole('textbox', { name: replyCopy.code(partnerName), exact: true }).fill(code);
  await page.getByRole('button', { name: replyCopy.submit, exact: true }).click();
  await expect(page).toHaveURL('/apart/compare', { timeout: 20_000 });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A screen as a whole (its title and every element), for comparing two runs. */
export async function screenMarkup(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  return page.evaluate(() => `${document.title}\n${document.body.innerHTML}`);
}

/**
 * Both turns on one device, keeping every screen that both partners can see: the hand-overs,
 * the shared view, and the look-away screens in front of each own view.
 */
export async function togetherSharedScreens(page: Page, a: PartnerPlan, b: PartnerPlan) {
  const screens: Record<string, string> = {};
  await startAs(page, 'couple-together');
  await fillFacts(page, [a.name, b.name]);
  screens['first turn'] = await screenMarkup(page);
  await takeTurn(page, a);
  screens['hand-over'] = await screenMarkup(page);
  await takeTurn(page, b);
  screens['both finished'] = await screenMarkup(page);
  await page.getByRole('button', { name: turnCopy.compare, exact: true }).click();
  await expect(page).toHaveURL('/together/compare');
  screens['what you share'] = await screenMarkup(page);
  for (const plan of [a, b]) {
    await page.getByRole('link', { name: compareCopy.privateViewLink(plan.name) }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: lookAwayCopy.heading(plan.name) }),
    ).toBeVisible();
    screens[`look away for ${plan.name}`] = await screenMarkup(page);
    await page.goBack();
    await expect(page).toHaveURL('/together/compare');
  }
  screens['what you share, again'] = await screenMarkup(page);
  return screens;
}

/** The shared view's words, for comparing two runs. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
}
