import { expect, type Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import {
  compareCopy,
  finishTurnCopy,
  lookAwayCopy,
  markCopy,
  passcodeCopy,
  replyCopy,
} from '../../src/content/en/couples.ts';
import { offerFor, sessionSecret, storedOffer } from '../../src/features/couples/apart-match.ts';
import { lockPartner } from '../../src/features/couples/partner-seal.ts';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import { BOTH_ITEMS_MAX, emptyBothItems } from '../../src/questionnaire/both-items.ts';
import { concernIds } from '../../src/questionnaire/ids.ts';
import {
  emptyMarks,
  shareableAnswers,
  type PrivacyMarks,
} from '../../src/questionnaire/privacy-marks.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import {
  COUPLE_KEY,
  emptyCoupleState,
  serializeCouple,
  type CoupleState,
  type PartnerRecord,
} from '../../src/storage/couple-store.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import type { PageState } from './support/page-states.ts';
import { openWithoutApp, safetyAnswers } from './support/state.ts';

// Couples, the states the journey specs do not reach quickly: on one device, the passcode offer
// with an error, and a partner's own view after the hand-over, locked and not; apart, the
// reply codes before and after an error, the shared view waiting for them, and more "only if
// we both" choices than the match takes. The session is written straight into the tab, as the
// app keeps it.

const PASSCODE = 'blue door 7';
// A low PBKDF2 count keeps the sweeps quick; the app itself uses 600,000.
const FAST = 1_000;

const alexAnswers: Answers = {
  ...emptyAnswers('couple-together'),
  ...safetyAnswers,
  relationship: 'married',
  partnerTakingPart: 'yes',
  goals: ['feel-closer'],
};
const alex: PartnerRecord = { answers: alexAnswers, marks: emptyMarks() };

async function openCouple(
  page: Page,
  path: string,
  couple: Partial<CoupleState>,
  answers: Answers = emptyAnswers('couple-together'),
): Promise<void> {
  const facts = { relationship: 'married' as const };
  const session = { ...emptyCoupleState(), mode: 'together', names: { a: 'Alex', b: 'Sam' } };
  const values = {
    [STATE_KEY]: serializeState({
      ageConfirmed: true,
      answered: couple.stage === 'answering' ? [...stepIds] : [],
      answers: { ...answers, relationship: 'married', partnerTakingPart: 'yes' },
    }),
    [COUPLE_KEY]: JSON.stringify({
      format: 'consult-prep.couple',
      version: 1,
      ...session,
      facts,
      ...couple,
    }),
  };
  await openWithoutApp(page);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
  }, values);
  await page.goto(path);
}

async function throughGate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: lookAwayCopy.confirm(name), exact: true }).click();
}

async function lockedView(page: Page): Promise<void> {
  const locked = await lockPartner(alex, PASSCODE, FAST);
  await openCouple(page, '/together/view/a', {
    stage: 'compare',
    turn: 'b',
    partners: { a: locked, b: alex },
  });
  await throughGate(page, 'Alex');
  await expect(
    page.getByRole('heading', { level: 1, name: passcodeCopy.heading('Alex') }),
  ).toBeFocused();
}

export const couplesPageStates: PageState[] = [
  {
    name: 'couples: own view, passcode offer with an error',
    open: async (page) => {
      // A short summary above the offer: the sweep checks the offer, not the whole summary.
      await openCouple(
        page,
        '/together/mine',
        { stage: 'answering', turn: 'a', draftMarks: emptyMarks() },
        { ...emptyAnswers('couple-together'), concerns: ['communication'], feelsUnsafe: 'no' },
      );
      await throughGate(page, 'Alex');
      await page.getByLabel(finishTurnCopy.passcode, { exact: true }).fill(PASSCODE);
      await page.getByLabel(finishTurnCopy.confirm, { exact: true }).fill('blue door');
      await page.getByRole('button', { name: finishTurnCopy.button, exact: true }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'couples: own view after the hand-over, asking for the passcode',
    open: lockedView,
  },
  {
    name: 'couples: own view after the hand-over, wrong passcode',
    open: async (page) => {
      await lockedView(page);
      await page.getByLabel(passcodeCopy.label, { exact: true }).fill('red door');
      await page.getByRole('button', { name: passcodeCopy.button, exact: true }).click();
      await expect(page.getByRole('alert')).toBeFocused();
    },
  },
  {
    name: 'couples: own view after the hand-over, without a passcode',
    open: async (page) => {
      await openCouple(page, '/together/view/a', {
        stage: 'compare',
        turn: 'b',
        partners: { a: alex, b: alex },
      });
      await throughGate(page, 'Alex');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    },
  },
];

// Apart: this device's answers, and a partner's code already entered (its offer made here).
const apartAnswers: Answers = {
  ...emptyAnswers('couple-apart'),
  concerns: ['communication', 'aging'],
  primaryConcern: 'communication',
  relationship: 'married',
  partnerTakingPart: 'yes',
  feelsUnsafe: 'no',
  goals: ['feel-closer'],
};
const apartMarks: PrivacyMarks = {
  ...emptyMarks(),
  ifBoth: { ...emptyBothItems(), concerns: ['aging'] },
};

export async function openApart(
  page: Page,
  path: string,
  couple: Partial<CoupleState>,
  answers: Answers = apartAnswers,
): Promise<void> {
  const own = sessionSecret('');
  const partnerSecret = sessionSecret('').secret;
  const session: CoupleState = {
    ...emptyCoupleState(),
    mode: 'apart',
    draftMarks: apartMarks,
    psiSecret: own.stored,
    partner: {
      name: 'Sam',
      answers: shareableAnswers(apartAnswers, emptyMarks()),
      offer: storedOffer(
        offerFor(partnerSecret, { ...emptyBothItems(), concerns: ['aging', 'reconnection'] }),
      ),
    },
    ...couple,
  };
  const values = {
    [STATE_KEY]: serializeState({ ageConfirmed: true, answered: [...stepIds], answers }),
    [COUPLE_KEY]: serializeCouple(session),
  };
  await openWithoutApp(page);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
  }, values);
  await page.goto(path);
}

async function replyPage(page: Page): Promise<void> {
  await openApart(page, '/apart/reply', {});
  await expect(page.getByRole('heading', { level: 1, name: replyCopy.heading })).toBeFocused();
  // The reply code is made on arrival: the state is its finished look.
  await expect(page.getByRole('textbox', { name: replyCopy.yourReply, exact: true })).toHaveValue(
    /^CR1-/,
    { timeout: 15_000 },
  );
  await expect(page.getByRole('img', { name: replyCopy.qrAlt })).toBeVisible();
}

/** "What to share" with one more topic kept "only if we both" than the match takes, sent. */
export async function tooManyIfBoth(page: Page): Promise<void> {
  const concerns = concernIds.slice(0, BOTH_ITEMS_MAX + 1);
  const answers = { ...apartAnswers, concerns: [...concerns], primaryConcern: concerns[0]! };
  const marks = { ...emptyMarks(), ifBoth: { ...emptyBothItems(), concerns: [...concerns] } };
  await openApart(page, '/apart/mark', { draftMarks: marks, partner: null }, answers);
  await expect(page.getByRole('heading', { level: 1, name: markCopy.heading })).toBeFocused();
  await page.getByRole('button', { name: markCopy.continue, exact: true }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText(markCopy.tooManyIfBoth(BOTH_ITEMS_MAX));
}

export const apartPageStates: PageState[] = [
  {
    name: 'couples apart: swap reply codes',
    open: replyPage,
  },
  {
    name: 'couples apart: reply codes, a partner code entered instead',
    open: async (page) => {
      await replyPage(page);
      await page
        .getByRole('textbox', { name: replyCopy.code('Sam'), exact: true })
        .fill('CP2-AAAAAAAAAAAA');
      await page.getByRole('button', { name: replyCopy.submit, exact: true }).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expect(page.getByRole('alert')).toContainText(replyCopy.errors['partner-code-instead']);
      await expect(page).toHaveTitle(new RegExp(`^${appCopy.errorPrefix} `));
    },
  },
  {
    name: 'couples apart: what you share, before the reply codes',
    open: async (page) => {
      await openApart(page, '/apart/compare', {});
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.getByRole('link', { name: compareCopy.replyLink })).toBeVisible();
    },
  },
  {
    name: 'couples apart: what to share, more "only if we both" than the match takes',
    open: tooManyIfBoth,
  },
];
