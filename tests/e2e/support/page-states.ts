import { expect, type Page } from '@playwright/test';
import { appCopy } from '../../../src/content/en/app.ts';
import { noticeCopy } from '../../../src/content/en/notices.ts';
import { errorCopy } from '../../../src/content/en/errors.ts';
import { deleteCopy } from '../../../src/content/en/privacy-pages.ts';
import { checklistCopy, resultsCopy } from '../../../src/content/en/results.ts';
import { planCopy } from '../../../src/content/en/plan.ts';
import { safetyCopy } from '../../../src/content/en/safety.ts';
import { searchCopy } from '../../../src/content/en/specialties.ts';
import { startCopy } from '../../../src/content/en/start.ts';
import {
  concernsCopy,
  detailsCopy,
  goalsCopy,
  healthCopy,
  preferencesCopy,
  relationshipCopy,
} from '../../../src/content/en/steps.ts';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../src/questionnaire/answers.ts';
import { stepIds, type StepId } from '../../../src/questionnaire/steps.ts';
import { CHECK_PATH, continueButton, stepPath, SUMMARY_PATH } from './journey.ts';
import { calmAnswers, openWithAnswers, openWithRawState, safetyAnswers } from './state.ts';
import { therapistPageStates } from '../therapist-page-states.ts';
import { apartPageStates, couplesPageStates } from '../couples-page-states.ts';

/**
 * Every page and notable state of the app, for the sweeps that must cover them all (axe,
 * layout, target sizes). A state opens the page, brings it to the state, and waits for proof
 * that it got there, so a sweep cannot pass on a page that never rendered.
 *
 * Features that add pages add their states here (one entry each), and the sweeps pick them up.
 */
export interface PageState {
  name: string;
  open(page: Page): Promise<void>;
  /** Console errors this state causes on purpose (see fixtures.ts). */
  allowedConsoleErrors?: RegExp[];
}

const errorSummary = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: appCopy.errorSummaryTitle }) });

async function arrived(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

async function showErrors(page: Page): Promise<void> {
  await continueButton(page).click();
  await expect(errorSummary(page)).toBeFocused();
}

const stepsBefore = (step: StepId) => stepIds.slice(0, stepIds.indexOf(step));

/** Opens a step with the steps before it answered. */
async function openStep(page: Page, step: StepId, answers = calmAnswers): Promise<void> {
  await openWithAnswers(page, stepPath(step), answers, stepsBefore(step));
  await arrived(page);
}

/** Text longer than a field allows. The maxlength attribute stops typing at the limit, so
 * the test removes it to reach the error state an old browser or a paste could produce. */
async function overfill(page: Page, label: string, max: number): Promise<void> {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.evaluate((el) => el.removeAttribute('maxlength'));
  await field.fill('a'.repeat(max + 1));
}

export const pageStates: PageState[] = [
  {
    name: 'start',
    open: async (page) => {
      await page.goto('/');
      await arrived(page);
    },
  },
  {
    name: 'start with errors',
    open: async (page) => {
      await page.goto('/');
      await arrived(page);
      await page.getByRole('button', { name: startCopy.startButton, exact: true }).click();
      await expect(errorSummary(page)).toBeFocused();
    },
  },
  {
    name: 'start with answers in progress and a bad import file',
    open: async (page) => {
      await openWithAnswers(page, '/', calmAnswers, ['concerns']);
      await arrived(page);
      await page.getByLabel(startCopy.importLabel).setInputFiles({
        name: 'answers.json',
        mimeType: 'application/json',
        buffer: Buffer.from('not json'),
      });
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'start with a damaged-state notice',
    open: async (page) => {
      await openWithRawState(page, '/', '{ broken');
      await expect(page.getByRole('status')).toContainText(noticeCopy.loadNotice.unreadable);
    },
  },
  ...stepIds.map((step): PageState => ({
    name: `step ${step}`,
    open: (page) => openStep(page, step),
  })),
  {
    name: 'step concerns with errors',
    open: async (page) => {
      await openStep(page, 'concerns', { concerns: [] });
      await showErrors(page);
    },
  },
  {
    name: 'step concerns with "something else" open',
    open: async (page) => {
      await openStep(page, 'concerns');
      await page.getByRole('checkbox', { name: concernsCopy.other, exact: true }).check();
      await expect(page.getByRole('textbox', { name: concernsCopy.otherLabel })).toBeVisible();
    },
  },
  {
    name: 'step details with a topic someone explores',
    open: async (page) => {
      await openStep(page, 'details', {
        ...calmAnswers,
        concerns: ['sexual-orientation', 'low-desire'],
        primaryConcern: null,
      });
      const wishes = appCopy.withOptional(detailsCopy.wishes);
      await expect(page.getByRole('group', { name: wishes, exact: true })).toBeVisible();
    },
  },
  {
    name: 'step relationship with errors',
    open: async (page) => {
      await openStep(page, 'relationship');
      await showErrors(page);
    },
  },
  {
    name: 'step relationship, single, with the safety message',
    open: async (page) => {
      await openStep(page, 'relationship');
      const status = page.getByRole('group', { name: relationshipCopy.status, exact: true });
      await status.getByRole('radio', { name: relationshipCopy.statusLabels.single }).check();
      const unsafe = page.getByRole('group', { name: relationshipCopy.unsafeSingle, exact: true });
      await unsafe.getByRole('radio', { name: relationshipCopy.unsafeLabels.yes }).check();
      await expect(page.getByText(relationshipCopy.unsafeSupport)).toBeVisible();
    },
  },
  {
    name: 'step relationship with the safety message',
    open: async (page) => {
      await openStep(page, 'relationship');
      const status = page.getByRole('group', { name: relationshipCopy.status, exact: true });
      await status.getByRole('radio', { name: relationshipCopy.statusLabels.separated }).check();
      const unsafe = page.getByRole('group', { name: relationshipCopy.unsafe, exact: true });
      await unsafe.getByRole('radio', { name: relationshipCopy.unsafeLabels.yes }).check();
      await expect(page.getByText(relationshipCopy.unsafeSupport)).toBeVisible();
    },
  },
  {
    name: 'step health with errors',
    open: async (page) => {
      await openStep(page, 'health', { ...calmAnswers, health: [] });
      await page.getByRole('checkbox', { name: healthCopy.labels.alcohol }).check();
      await page.getByRole('checkbox', { name: healthCopy.none, exact: true }).check();
      await showErrors(page);
    },
  },
  {
    name: 'step goals with errors',
    open: async (page) => {
      await openStep(page, 'goals');
      await overfill(page, goalsCopy.better, LONG_TEXT_MAX);
      await showErrors(page);
    },
  },
  {
    name: 'step preferences with errors',
    open: async (page) => {
      await openStep(page, 'preferences');
      await overfill(page, preferencesCopy.location, SHORT_TEXT_MAX);
      await showErrors(page);
    },
  },
  {
    name: 'check answers',
    open: async (page) => {
      await openWithAnswers(page, CHECK_PATH, calmAnswers);
      await arrived(page);
    },
  },
  {
    name: 'results without safety flags',
    open: async (page) => {
      await openWithAnswers(page, SUMMARY_PATH, calmAnswers);
      await arrived(page);
      await expect(page.getByRole('heading', { name: resultsCopy.safetyHeading })).toHaveCount(0);
    },
  },
  {
    name: 'results with safety resources',
    open: async (page) => {
      await openWithAnswers(page, SUMMARY_PATH, safetyAnswers);
      await arrived(page);
      await expect(page.getByRole('heading', { name: resultsCopy.safetyHeading })).toBeVisible();
      await expect(
        page.getByRole('heading', { name: safetyCopy['unsafe-relationship'].title }),
      ).toBeVisible();
    },
  },
  {
    name: 'results plan with more questions open, a question moved and own opening words',
    open: async (page) => {
      await openWithAnswers(page, SUMMARY_PATH, calmAnswers);
      await arrived(page);
      await page.getByText(/^Show \d+ more questions$/).click();
      await page
        .getByRole('button', { name: new RegExp(`^${planCopy.moveOut}`) })
        .first()
        .click();
      await page.getByRole('textbox', { name: planCopy.openingLabel }).fill('Hello.');
      await expect(page.getByRole('button', { name: planCopy.openingReset })).toBeVisible();
    },
  },
  {
    name: 'results with reasons open, a question in edit and an add error',
    open: async (page) => {
      await openWithAnswers(page, SUMMARY_PATH, calmAnswers);
      await arrived(page);
      await page.getByText(resultsCopy.whyToggle).first().click();
      await page.getByText(/^Show \d+ more questions$/).click();
      const edit = new RegExp(`^${checklistCopy.edit}\\b`);
      await page.getByRole('button', { name: edit }).first().click();
      await expect(page.getByRole('textbox', { name: checklistCopy.editLabel })).toBeFocused();
      await page.getByRole('button', { name: checklistCopy.addButton, exact: true }).click();
      await expect(page.getByText(checklistCopy.emptyError)).toBeVisible();
    },
  },
  {
    name: 'results with sessions in Spanish, its reasons open',
    open: async (page) => {
      await openWithAnswers(page, SUMMARY_PATH, { ...calmAnswers, language: 'Spanish or English' });
      await arrived(page);
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: searchCopy['language-spanish'].title }) });
      await card.getByText(resultsCopy.whyToggle).click();
      await expect(card.getByText(/You would like your sessions in Spanish/)).toBeVisible();
    },
  },
  {
    name: 'help',
    open: async (page) => {
      await page.goto('/help');
      await arrived(page);
    },
  },
  {
    name: 'delete, asking to confirm',
    open: async (page) => {
      await openWithAnswers(page, '/delete', calmAnswers);
      await arrived(page);
    },
  },
  {
    name: 'delete, done',
    open: async (page) => {
      await openWithAnswers(page, '/delete', calmAnswers);
      await arrived(page);
      await page.getByRole('button', { name: deleteCopy.confirm, exact: true }).click();
      await arrived(page);
    },
  },
  {
    name: 'adults only',
    open: async (page) => {
      await page.goto('/prepare/adults-only');
      await arrived(page);
    },
  },
  {
    name: 'not found',
    open: async (page) => {
      await page.goto('/no-such-page');
      await arrived(page);
    },
  },
  {
    name: 'error page',
    // A page's code fails to load (a flaky connection after a deploy): the error page shows.
    allowedConsoleErrors: [/Failed to load resource|dynamically imported module/i],
    open: async (page) => {
      await openWithAnswers(page, '/', calmAnswers);
      await arrived(page);
      // From here on no more code can load, so the next page's code fails.
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.getByRole('link', { name: appCopy.needHelpNow, exact: true }).click();
      await expect(page.getByRole('button', { name: errorCopy.retry, exact: true })).toBeVisible();
      await arrived(page);
    },
  },
  // Other journeys' pages.
  ...therapistPageStates,
  ...couplesPageStates,
  ...apartPageStates,
];
