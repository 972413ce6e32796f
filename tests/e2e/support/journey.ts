import { expect, type Locator, type Page } from '@playwright/test';
import { appCopy } from '../../../src/content/en/app.ts';
import { checkCopy } from '../../../src/content/en/check.ts';
import { concernCopy } from '../../../src/content/en/concerns.ts';
import { countryNames, countryQuestion } from '../../../src/content/en/countries.ts';
import { startCopy } from '../../../src/content/en/start.ts';
import {
  concernsCopy,
  detailsCopy,
  goalsCopy,
  healthCopy,
  preferencesCopy,
  relationshipCopy,
} from '../../../src/content/en/steps.ts';
import type { Answers, ConcernDetail } from '../../../src/questionnaire/answers.ts';
import type { ConcernId, CountryId, GoalId, HealthItem } from '../../../src/questionnaire/ids.ts';
import { stepIds, stepNumber, type StepId } from '../../../src/questionnaire/steps.ts';
import { pointer, type Actor } from './actor.ts';
import { untilNewHeadingFocused } from './focus.ts';

/**
 * A person's answers, as they would give them on the pages. Controls are found by role and by
 * their label, taken from the app's own copy, so a copy change does not break the tests.
 */
export interface JourneyProfile {
  /** Where the person lives, chosen on the start page; left unanswered when absent. */
  country?: CountryId;
  concerns: ConcernId[];
  notSure?: boolean;
  details?: Partial<Record<ConcernId, ConcernDetail>>;
  /** Needed when there is more than one concern. */
  primary?: ConcernId | 'equal';
  relationship: Answers['relationship'];
  partnerTakingPart?: Answers['partnerTakingPart'];
  relationshipLength?: NonNullable<Answers['relationshipLength']>;
  feelsUnsafe?: Answers['feelsUnsafe'];
  /** 'skip' presses "Skip this step". */
  health: HealthItem[] | 'none' | 'skip';
  goals?: GoalId[];
  betterLooksLike?: string;
  therapistShouldKnow?: string;
  sessionFormat?: NonNullable<Answers['sessionFormat']>;
  affirming?: Answers['affirming'];
  therapistGender?: NonNullable<Answers['therapistGender']>;
  budget?: NonNullable<Answers['budget']>;
  location?: string;
  language?: string;
}

/** A typical person: a partner, two concerns, a little of everything. No safety flags. */
export const typicalProfile: JourneyProfile = {
  concerns: ['low-desire', 'communication'],
  details: {
    'low-desire': { duration: '1-to-5-years', scope: 'every-situation', bother: 'a-lot' },
  },
  primary: 'low-desire',
  relationship: 'married',
  partnerTakingPart: 'no',
  relationshipLength: '5-to-15-years',
  feelsUnsafe: 'no',
  health: ['antidepressants'],
  goals: ['more-desire', 'talk-more-openly'],
  betterLooksLike: 'We laugh together again.',
  sessionFormat: 'video',
  affirming: ['lgbtq'],
  therapistGender: 'no-preference',
  budget: ['insurance'],
  location: 'Ohio',
  language: 'English',
};

/** Someone who is not safe and carries trauma: safety resources must come first. */
export const safetyProfile: JourneyProfile = {
  concerns: ['sexual-trauma'],
  relationship: 'separated',
  feelsUnsafe: 'yes',
  health: 'skip',
};

/** The least a person can give: "not sure", single, the safety question, the rest skipped. */
export const minimalProfile: JourneyProfile = {
  concerns: [],
  notSure: true,
  relationship: 'single',
  feelsUnsafe: 'prefer-not-to-say',
  health: 'skip',
};

export const stepPath = (step: StepId) => `/prepare/${stepNumber(step)}`;
export const CHECK_PATH = '/prepare/check';
export const SUMMARY_PATH = '/prepare/summary';

const group = (page: Page, legend: string) =>
  page.getByRole('group', { name: legend, exact: true });
const radio = (scope: Page | Locator, name: string) =>
  scope.getByRole('radio', { name, exact: true });
const checkbox = (scope: Page | Locator, name: string) =>
  scope.getByRole('checkbox', { name, exact: true });

/** One thing a person does on a page; used both to answer and to check what was kept. */
type Intent =
  { kind: 'check' | 'choose'; target: Locator } | { kind: 'fill'; target: Locator; text: string };

function concernsIntents(page: Page, p: JourneyProfile): Intent[] {
  const intents: Intent[] = p.concerns.map((id) => ({
    kind: 'check',
    target: checkbox(page, concernCopy[id].label),
  }));
  if (p.notSure) intents.push({ kind: 'check', target: checkbox(page, concernsCopy.notSure) });
  return intents;
}

function detailsIntents(page: Page, p: JourneyProfile): Intent[] {
  const intents: Intent[] = [];
  for (const [id, detail] of Object.entries(p.details ?? {}) as [ConcernId, ConcernDetail][]) {
    const card = page.getByRole('region', { name: concernCopy[id].label, exact: true });
    const inCard = (question: string, label: string): Intent => ({
      kind: 'choose',
      target: radio(
        card.getByRole('group', { name: appCopy.withOptional(question), exact: true }),
        label,
      ),
    });
    if (detail.duration)
      intents.push(inCard(detailsCopy.duration, detailsCopy.durationLabels[detail.duration]));
    if (detail.scope)
      intents.push(inCard(detailsCopy.scope, detailsCopy.scopeLabels[detail.scope]));
    if (detail.bother)
      intents.push(inCard(detailsCopy.bother, detailsCopy.botherLabels[detail.bother]));
    const wishes = card.getByRole('group', {
      name: appCopy.withOptional(detailsCopy.wishes),
      exact: true,
    });
    for (const wish of detail.wishes ?? []) {
      intents.push({ kind: 'check', target: checkbox(wishes, detailsCopy.wishLabels[wish]) });
    }
  }
  if (p.primary) {
    const label = p.primary === 'equal' ? detailsCopy.primaryEqual : concernCopy[p.primary].label;
    const primary = group(page, appCopy.withOptional(detailsCopy.primary));
    intents.push({ kind: 'choose', target: radio(primary, label) });
  }
  return intents;
}

function relationshipIntents(page: Page, p: JourneyProfile): Intent[] {
  const copy = relationshipCopy;
  const intents: Intent[] = [
    {
      kind: 'choose',
      target: radio(group(page, copy.status), copy.statusLabels[p.relationship]),
    },
  ];
  if (p.partnerTakingPart) {
    const label = copy.partnerLabels[p.partnerTakingPart];
    const partner = group(page, appCopy.withOptional(copy.partner));
    intents.push({ kind: 'choose', target: radio(partner, label) });
  }
  if (p.relationshipLength) {
    const label = copy.lengthLabels[p.relationshipLength];
    intents.push({ kind: 'choose', target: radio(group(page, copy.length), label) });
  }
  if (p.feelsUnsafe) {
    const label = copy.unsafeLabels[p.feelsUnsafe];
    // A single person is asked about anyone, not only a partner.
    const legend = p.relationship === 'single' ? copy.unsafeSingle : copy.unsafe;
    intents.push({ kind: 'choose', target: radio(group(page, legend), label) });
  }
  return intents;
}

function healthIntents(page: Page, p: JourneyProfile): Intent[] {
  if (p.health === 'skip') return [];
  if (p.health === 'none') return [{ kind: 'check', target: checkbox(page, healthCopy.none) }];
  return p.health.map((item) => ({
    kind: 'check',
    target: checkbox(page, healthCopy.labels[item]),
  }));
}

function goalsIntents(page: Page, p: JourneyProfile): Intent[] {
  const intents: Intent[] = (p.goals ?? []).map((goal) => ({
    kind: 'check',
    target: checkbox(page, goalsCopy.labels[goal]),
  }));
  if (p.betterLooksLike) {
    const target = page.getByRole('textbox', { name: goalsCopy.better, exact: true });
    intents.push({ kind: 'fill', target, text: p.betterLooksLike });
  }
  if (p.therapistShouldKnow) {
    const target = page.getByRole('textbox', { name: goalsCopy.know, exact: true });
    intents.push({ kind: 'fill', target, text: p.therapistShouldKnow });
  }
  return intents;
}

function preferencesIntents(page: Page, p: JourneyProfile): Intent[] {
  const copy = preferencesCopy;
  const intents: Intent[] = [];
  if (p.sessionFormat) {
    const label = copy.formatLabels[p.sessionFormat];
    intents.push({ kind: 'choose', target: radio(group(page, copy.format), label) });
  }
  for (const need of p.affirming ?? []) {
    intents.push({ kind: 'check', target: checkbox(page, copy.affirmingLabels[need]) });
  }
  if (p.therapistGender) {
    const label = copy.genderLabels[p.therapistGender];
    intents.push({ kind: 'choose', target: radio(group(page, copy.gender), label) });
  }
  for (const way of p.budget ?? []) {
    intents.push({ kind: 'check', target: checkbox(page, copy.budgetLabels[way]) });
  }
  for (const [label, text] of [
    [copy.location, p.location],
    [copy.language, p.language],
  ] as const) {
    if (text) {
      const target = page.getByRole('textbox', { name: label, exact: true });
      intents.push({ kind: 'fill', target, text });
    }
  }
  return intents;
}

const intentsFor: Record<StepId, (page: Page, p: JourneyProfile) => Intent[]> = {
  concerns: concernsIntents,
  details: detailsIntents,
  relationship: relationshipIntents,
  health: healthIntents,
  goals: goalsIntents,
  preferences: preferencesIntents,
};

export const continueButton = (page: Page) =>
  page.getByRole('button', { name: appCopy.continue, exact: true });

/**
 * Fills in the start page (who, where they live if given, 18+) and presses Start. Leaves the
 * person on step 1.
 */
export async function beginJourney(
  page: Page,
  actor: Actor = pointer,
  country?: CountryId,
): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await actor.choose(
    radio(group(page, startCopy.who.legend), startCopy.who.options.individual.label),
  );
  if (country) {
    await actor.choose(radio(group(page, countryQuestion.legend), countryNames[country]));
  }
  await actor.choose(radio(group(page, startCopy.age.legend), startCopy.age.yes));
  const start = page.getByRole('button', { name: startCopy.startButton, exact: true });
  await untilNewHeadingFocused(page, () => actor.activate(start));
  await expect(page).toHaveURL(stepPath('concerns'));
}

/** Answers one step as the profile says and moves on (Continue, or "Skip this step"). */
export async function answerStep(
  page: Page,
  step: StepId,
  profile: JourneyProfile,
  actor: Actor = pointer,
): Promise<void> {
  await expect(page).toHaveURL(stepPath(step));
  for (const intent of intentsFor[step](page, profile)) {
    if (intent.kind === 'fill') await actor.fill(intent.target, intent.text);
    else if (intent.kind === 'check') await actor.check(intent.target);
    else await actor.choose(intent.target);
  }
  const submit =
    step === 'health' && profile.health === 'skip'
      ? page.getByRole('button', { name: healthCopy.skip, exact: true })
      : continueButton(page);
  await untilNewHeadingFocused(page, () => actor.activate(submit));
  const next = stepIds[stepIds.indexOf(step) + 1];
  await expect(page).toHaveURL(next ? stepPath(next) : CHECK_PATH);
}

/** The step shows the profile's answers again (after a reload, Back, or a Change link). */
export async function expectStepRestored(
  page: Page,
  step: StepId,
  profile: JourneyProfile,
): Promise<void> {
  for (const intent of intentsFor[step](page, profile)) {
    if (intent.kind === 'fill') await expect(intent.target).toHaveValue(intent.text);
    else await expect(intent.target).toBeChecked();
  }
}

/** From the start page to the check-answers page. */
export async function answerAllSteps(
  page: Page,
  profile: JourneyProfile,
  actor: Actor = pointer,
): Promise<void> {
  await beginJourney(page, actor, profile.country);
  for (const step of stepIds) await answerStep(page, step, profile, actor);
}

/** The whole journey: start, six steps, check answers, then the results page. */
export async function completeJourney(
  page: Page,
  profile: JourneyProfile = typicalProfile,
  actor: Actor = pointer,
): Promise<void> {
  await answerAllSteps(page, profile, actor);
  const toSummary = page.getByRole('link', { name: checkCopy.continue, exact: true });
  await untilNewHeadingFocused(page, () => actor.activate(toSummary));
  await expect(page).toHaveURL(SUMMARY_PATH);
}
