import { expect, type Page } from '@playwright/test';
import { finishTurnCopy, lookAwayCopy, passcodeCopy } from '../../src/content/en/couples.ts';
import { lockPartner } from '../../src/features/couples/partner-seal.ts';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import { emptyMarks } from '../../src/questionnaire/privacy-marks.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import {
  COUPLE_KEY,
  emptyCoupleState,
  type CoupleState,
  type PartnerRecord,
} from '../../src/storage/couple-store.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import type { PageState } from './support/page-states.ts';
import { safetyAnswers } from './support/state.ts';

// Couples on one device, the states the journey specs do not reach quickly: the passcode offer
// with an error, and a partner's own view after the hand-over, locked and not. The session is
// written straight into the tab, as the app keeps it.

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
  await page.goto('/');
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
