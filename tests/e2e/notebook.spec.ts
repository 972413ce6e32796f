import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import {
  compareCopy,
  entryCopy,
  notebookHomeCopy,
  notebookLinks,
} from '../../src/content/en/notebook.ts';
import { deleteCopy } from '../../src/content/en/privacy-pages.ts';
import { resultsCopy } from '../../src/content/en/results.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { emptyAnswers, type Answers } from '../../src/questionnaire/answers.ts';
import {
  emptyImpression,
  emptyTherapistNote,
  LONG_NOTE_MAX,
  NOTEBOOK_MAX_THERAPISTS,
  NOTEBOOK_VERSION,
  SHORT_NOTE_MAX,
  type FeltQuestionId,
  type Impression,
  type TherapistNote,
  type WarningSignId,
} from '../../src/questionnaire/notebook.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';
import { serializeState } from '../../src/storage/persisted-state.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { exitLink, NEUTRAL_SITE, stubNeutralSite, watchPageLeaving } from './privacy-support.ts';
import { keyboard } from './support/actor.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { tabTo, untilNewHeadingFocused } from './support/focus.ts';
import { CHECK_PATH, completeJourney, SUMMARY_PATH } from './support/journey.ts';
import { offOrigin, recordNetwork } from './support/network-recorder.ts';
import { calmAnswers, openWithRawState } from './support/state.ts';

// "My notes": the notebook of free calls, in a real browser. One journey goes the whole way
// through the pages (summary → notes → compare → reload → download → print → delete); the
// other tests seed the notebook in sessionStorage and check one thing each.

const NOTES = '/notes';
const NEW_NOTE = '/notes/new';
const COMPARE = '/notes/compare';

test.afterEach(({ guard }) => {
  // The quick exit goes to a neutral site, which the test answers itself (privacy-support.ts).
  guard.offOriginRequests = guard.offOriginRequests.filter((url) => url !== NEUTRAL_SITE);
});

// ---- Finding things, by role and by the app's own words -------------------------------------

const group = (scope: Page | Locator, legend: string) =>
  scope.getByRole('group', { name: legend, exact: true });
const radioIn = (scope: Locator, label: string) =>
  scope.getByRole('radio', { name: label, exact: true });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const arrivedAt = (page: Page, title: string) =>
  expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeFocused();
/** The entry page's h1 reads its caption first: "Notes from your calls Add a therapist". */
const entryTitle = (title: string) => `${entryCopy.caption} ${title}`;
/** "Change" or "Remove", and the words only a screen reader hears: "Remove notes on Sam". */
const whose = (word: string, name: string) => `${word} ${notebookHomeCopy.hiddenName(name).trim()}`;
const savedStatus = (page: Page) => page.getByRole('main').getByRole('status');
const footerLink = (page: Page, name: string) =>
  page.getByRole('contentinfo').getByRole('link', { name, exact: true });
const nameField = (page: Page) =>
  page.getByRole('textbox', { name: entryCopy.about.name, exact: true });
const feesField = (page: Page) =>
  page.getByRole('textbox', { name: entryCopy.offer.fees, exact: true });
const noteField = (page: Page) => page.getByRole('textbox', { name: entryCopy.note, exact: true });
const saveButton = (page: Page) => page.getByRole('button', { name: entryCopy.save, exact: true });
const warningBox = (page: Page, sign: WarningSignId) =>
  group(page, entryCopy.warnings.legend).getByRole('checkbox', {
    name: entryCopy.warnings.items[sign],
    exact: true,
  });
const keepLookingHeading = (page: Page) =>
  page.getByRole('heading', { name: entryCopy.warnings.keepLookingHeading, exact: true });
const addLink = (page: Page, label: string) => page.getByRole('link', { name: label, exact: true });
const compareLink = (page: Page) =>
  page.getByRole('link', { name: notebookHomeCopy.compare, exact: true });
const table = (page: Page) => page.getByRole('table', { name: compareCopy.caption });
const cards = (page: Page) =>
  page.getByRole('list', { name: compareCopy.cards, exact: true, includeHidden: true });
const rowNamed = (page: Page, label: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader').filter({ hasText: label }) });
const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ hasText: appCopy.errorSummaryTitle });
const chooser = (page: Page) => group(page, compareCopy.chooseLegend);
const therapistHeadings = (page: Page) => page.getByRole('main').getByRole('heading', { level: 3 });

// ---- Seeding ---------------------------------------------------------------------------------

type FeltAnswers = Partial<Record<FeltQuestionId, NonNullable<Impression['heard']>>>;

/** A therapist's notes as a test writes them: only what matters to the test. */
function therapist(
  n: number,
  name: string,
  details: Partial<Omit<TherapistNote, 'impressions'>> = {},
  impression: Partial<Impression> = { gut: 'maybe' },
): TherapistNote {
  return {
    ...emptyTherapistNote(`t-${n}`),
    name,
    ...details,
    impressions: { self: { ...emptyImpression(), ...impression } },
  };
}

const ada = therapist(
  1,
  'Ada Reyes',
  { fees: '$150 a session', licenceChecked: true, date: '2025-03-14' },
  { gut: 'book', heard: 'yes', judged: 'no' },
);
const sam = therapist(
  2,
  'Sam Okafor',
  { fees: '$90 a session' },
  { gut: 'maybe', warnings: ['quick-cure'] },
);
const jo = therapist(3, 'Jo Lindqvist', {}, { gut: 'not-for-me', heard: 'no' });

/**
 * Opens `path` with the notebook already holding `therapists`, and the summary finished (so the
 * entry page lists the plan's questions), as if the person had got there through the pages.
 */
async function openWithNotes(
  page: Page,
  path: string,
  therapists: TherapistNote[],
  answers: Partial<Answers> = calmAnswers,
): Promise<void> {
  const raw = serializeState({
    ageConfirmed: true,
    answered: [...stepIds],
    answers: { ...emptyAnswers(), ...answers },
    notebook: { version: NOTEBOOK_VERSION, therapists },
  });
  await openWithRawState(page, path, raw);
  await expect(h1(page)).toBeFocused();
}

/** A call's date as a cell may show it: "April 2, 2025", or as stored, "2025-04-02". */
const dateShown = (iso: string) => {
  const long = new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${iso}T12:00:00`));
  return new RegExp(`^(${long}|${iso})$`);
};

const storedState = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), STATE_KEY);

// ---- Filling in the entry page with the pointer ----------------------------------------------

interface CallNotes {
  name: string;
  date?: string;
  fees?: string;
  licence?: boolean;
  /** What they said to the first question of the plan. */
  firstQuestion?: keyof typeof entryCopy.questions.said;
  felt?: FeltAnswers;
  gut: keyof Omit<typeof entryCopy.gut, 'legend' | 'hint'>;
  warnings?: WarningSignId[];
  note?: string;
}

/** The first of the plan's questions on the entry page, and its words. */
async function firstPlanQuestion(page: Page): Promise<{ group: Locator; text: string }> {
  const questions = group(page, entryCopy.questions.legend);
  const first = questions.getByRole('group').first();
  await expect(first).toBeVisible();
  return { group: first, text: (await first.locator('legend').innerText()).trim() };
}

async function fillNotes(page: Page, notes: CallNotes): Promise<void> {
  await nameField(page).fill(notes.name);
  if (notes.date) await page.getByLabel(entryCopy.about.date, { exact: true }).fill(notes.date);
  if (notes.fees) await feesField(page).fill(notes.fees);
  if (notes.licence) {
    await page.getByRole('checkbox', { name: entryCopy.licence.label, exact: true }).check();
  }
  if (notes.firstQuestion) {
    const { group: question } = await firstPlanQuestion(page);
    await radioIn(question, entryCopy.questions.said[notes.firstQuestion]).check();
  }
  for (const [id, value] of Object.entries(notes.felt ?? {}) as [
    FeltQuestionId,
    keyof typeof entryCopy.feltChoices,
  ][]) {
    await radioIn(group(page, entryCopy.felt[id]), entryCopy.feltChoices[value]).check();
  }
  await radioIn(group(page, entryCopy.gut.legend), entryCopy.gut[notes.gut]).check();
  for (const sign of notes.warnings ?? []) await warningBox(page, sign).check();
  if (notes.note) await noteField(page).fill(notes.note);
}

/** From the notes page: add someone, fill in their notes, save, and be back on the list. */
async function addTherapist(page: Page, addLabel: string, notes: CallNotes): Promise<void> {
  await addLink(page, addLabel).click();
  await expect(page).toHaveURL(NEW_NOTE);
  await arrivedAt(page, entryTitle(entryCopy.newTitle));
  await fillNotes(page, notes);
  if (notes.warnings?.length) {
    await expect(keepLookingHeading(page)).toBeVisible();
    await expect(page.getByText(entryCopy.warnings.keepLooking, { exact: true })).toBeVisible();
  } else {
    await expect(keepLookingHeading(page)).toHaveCount(0);
  }
  await saveButton(page).click();
  await expect(page).toHaveURL(NOTES);
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(savedStatus(page)).toHaveText(notebookHomeCopy.saved(notes.name));
}

const therapistsOnFile = [
  {
    name: 'Dr Ada Reyes',
    date: '2025-03-14',
    fees: '$150 a session',
    licence: true,
    firstQuestion: 'yes',
    felt: { heard: 'yes', judged: 'no', clear: 'yes', approach: 'yes' },
    gut: 'book',
    note: 'Warm, and explained how sessions work.',
  },
  {
    name: 'Sam Okafor',
    fees: '$90 a session',
    felt: { heard: 'partly', judged: 'partly' },
    gut: 'maybe',
    warnings: ['quick-cure'],
  },
  {
    name: 'Jo Lindqvist',
    felt: { heard: 'no', judged: 'yes' },
    gut: 'not-for-me',
  },
] satisfies CallNotes[];
const names = therapistsOnFile.map((notes) => notes.name);

async function expectColumns(page: Page, expected: readonly string[]): Promise<void> {
  await expect(table(page).getByRole('columnheader')).toHaveText([compareCopy.aspect, ...expected]);
}

// ---- 1. The whole way through ----------------------------------------------------------------

test('from the summary: three calls noted, compared, kept on reload, downloaded, printed, deleted', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const network = await recordNetwork(context);
  await completeJourney(page);

  // The last of the summary's next steps leads on to the notebook.
  const panel = page.getByRole('region', { name: resultsCopy.nextStepsHeading, exact: true });
  await expect(panel).toBeVisible();
  await panel.getByRole('link', { name: notebookLinks.summaryLink, exact: true }).click();
  await expect(page).toHaveURL(NOTES);
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(page.getByText(notebookHomeCopy.empty, { exact: true })).toBeVisible();
  await expect(compareLink(page)).toHaveCount(0);

  // The first call, then two more: the add link's words change once someone is there.
  let questionText = '';
  for (const [n, notes] of therapistsOnFile.entries()) {
    if (n === 0) {
      await addLink(page, notebookHomeCopy.add).click();
      await arrivedAt(page, entryTitle(entryCopy.newTitle));
      questionText = (await firstPlanQuestion(page)).text;
      expect(questionText, 'the plan’s questions are offered').not.toBe('');
      await page.getByRole('link', { name: notebookHomeCopy.backToNotes, exact: true }).click();
      await arrivedAt(page, notebookHomeCopy.title);
      await expect(addLink(page, notebookHomeCopy.add)).toBeVisible();
      await addTherapist(page, notebookHomeCopy.add, notes);
    } else {
      await addTherapist(page, notebookHomeCopy.addAnother, notes);
    }
    await expect(therapistHeadings(page)).toHaveText(names.slice(0, n + 1));
  }
  // The list says what each call came to.
  const samItem = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Sam Okafor' }) });
  await expect(samItem).toContainText(notebookHomeCopy.warningCount(1));
  await expect(
    page.getByRole('link', {
      name: whose(notebookHomeCopy.change, 'Jo Lindqvist'),
      exact: true,
    }),
  ).toBeVisible();

  await compareLink(page).click();
  await expect(page).toHaveURL(COMPARE);
  await arrivedAt(page, compareCopy.title);

  const checkComparison = async (when: string) => {
    await expectColumns(page, names);
    const firstRow = table(page).getByRole('row').nth(1);
    await expect(firstRow.getByRole('rowheader'), `${when}: warning signs come first`).toHaveText(
      new RegExp(`^${compareCopy.warnings}`),
    );
    await expect(firstRow.getByRole('cell')).toHaveText([
      compareCopy.noWarnings,
      entryCopy.warnings.items['quick-cure'],
      compareCopy.noWarnings,
    ]);
    // Rows where the calls differ carry a visible tag; a row where they agree does not.
    const gutRow = rowNamed(page, compareCopy.gut);
    await expect(gutRow.getByRole('cell')).toHaveText([
      entryCopy.gut.book,
      entryCopy.gut.maybe,
      entryCopy.gut['not-for-me'],
    ]);
    await expect(gutRow.getByText(compareCopy.differs, { exact: true })).toBeVisible();
    await expect(firstRow.getByText(compareCopy.differs, { exact: true })).toBeVisible();
    const timesRow = rowNamed(page, compareCopy.times);
    await expect(timesRow.getByRole('cell')).toHaveText([
      compareCopy.empty,
      compareCopy.empty,
      compareCopy.empty,
    ]);
    await expect(timesRow.getByText(compareCopy.differs, { exact: true })).toHaveCount(0);
    // The plan's question, as asked of the first therapist only.
    await expect(rowNamed(page, questionText).getByRole('cell')).toHaveText([
      entryCopy.questions.said.yes,
      compareCopy.notAsked,
      compareCopy.notAsked,
    ]);
    await expect(
      page.getByText(compareCopy.keepLooking(['Sam Okafor']), { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByText(compareCopy.leaning(['Dr Ada Reyes']), { exact: true }),
    ).toBeVisible();
    // Three is few enough to compare without choosing.
    await expect(chooser(page)).toHaveCount(0);
  };
  await checkComparison('after adding');

  await page.reload();
  await arrivedAt(page, compareCopy.title);
  await checkComparison('after a reload');
  await footerLink(page, appCopy.footerLinks.notes).click();
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(therapistHeadings(page)).toHaveText(names);
  await page.reload();
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(therapistHeadings(page)).toHaveText(names);
  await compareLink(page).click();
  await arrivedAt(page, compareCopy.title);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: compareCopy.download, exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(compareCopy.fileName);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith(`# ${compareCopy.title}\n`)).toBe(true);
  for (const name of names) expect(text, `the file names ${name}`).toContain(`- ${name}: `);
  expect(text).toContain(compareCopy.keepLooking(['Sam Okafor']));
  expect(text).toContain(`## ${compareCopy.warnings} (${compareCopy.differs})`);

  // On paper: the table, and neither the phone cards nor the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(table(page)).toBeVisible();
  await expectColumns(page, names);
  await expect(cards(page)).toBeAttached();
  await expect(cards(page)).toBeHidden();
  for (const label of [compareCopy.print, compareCopy.download]) {
    const button = page.getByRole('button', { name: label, exact: true, includeHidden: true });
    await expect(button).toBeAttached();
    await expect(button).toBeHidden();
  }
  await page.emulateMedia({ media: 'screen' });

  expect(network.requests.length, 'the app loaded at all').toBeGreaterThan(0);
  expect(offOrigin(network, new URL(baseURL!).origin).map((r) => r.url)).toEqual([]);

  // "Delete everything" takes the notes too.
  expect(await storedState(page)).toContain('Sam Okafor');
  await footerLink(page, appCopy.footerLinks.deleteAnswers).click();
  await page.getByRole('button', { name: deleteCopy.confirm, exact: true }).click();
  await expect(h1(page)).toHaveText(deleteCopy.doneTitle);
  await footerLink(page, appCopy.footerLinks.notes).click();
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(page.getByText(notebookHomeCopy.empty, { exact: true })).toBeVisible();
  await expect(therapistHeadings(page)).toHaveCount(0);
  const left = await storedState(page);
  for (const name of names) expect(left ?? '', 'nothing of the notes is left').not.toContain(name);
  const notebook = left
    ? (JSON.parse(left) as { notebook?: { therapists: unknown[] } }).notebook
    : undefined;
  expect(notebook?.therapists ?? []).toEqual([]);
  await page.reload();
  await expect(page.getByText(notebookHomeCopy.empty, { exact: true })).toBeVisible();
});

// ---- 2. With the keyboard alone ---------------------------------------------------------------

test('keyboard alone: add a therapist, radios are one tab stop, save, compare and download', async ({
  page,
}) => {
  test.slow();
  await openWithNotes(page, NOTES, [ada]);
  const keys = keyboard(page);

  await untilNewHeadingFocused(page, () =>
    keys.activate(addLink(page, notebookHomeCopy.addAnother)),
  );
  await expect(page).toHaveURL(NEW_NOTE);
  await keys.fill(nameField(page), 'Noor Haddad');

  // The date, typed into Chromium's date field (month, day, year in en-US).
  const date = page.getByLabel(entryCopy.about.date, { exact: true });
  await tabTo(page, date);
  await page.keyboard.type('04022025');
  await expect(date).toHaveValue('2025-04-02');
  // Chromium's date field has one more stop inside it, its calendar button. The field keeps
  // the app's strong focus style there too, where :focus-visible no longer matches.
  await page.keyboard.press('Tab');
  await expect(date).toBeFocused();
  expect(await date.evaluate((field) => getComputedStyle(field).outlineWidth)).toBe('3px');

  // A radio group is one stop: Tab lands on it, arrows move inside it, Tab leaves it.
  const foundVia = group(page, entryCopy.about.foundVia).getByRole('radio');
  await tabTo(page, foundVia);
  await expect(foundVia.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(foundVia.nth(1)).toBeFocused();
  await expect(foundVia.nth(1)).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(foundVia.nth(2)).toBeChecked();
  await expect(foundVia.nth(1)).not.toBeChecked();
  await page.keyboard.press('Tab');
  const stillInGroup = await foundVia.evaluateAll((radios) =>
    radios.includes(document.activeElement as HTMLInputElement),
  );
  expect(stillInGroup, 'Tab leaves the radio group').toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(foundVia.nth(2), 'Shift+Tab comes back to the chosen radio').toBeFocused();

  const offers = group(page, entryCopy.offer.offers);
  await keys.choose(radioIn(offers, entryCopy.offers.video));
  await keys.fill(feesField(page), '£80');
  await keys.check(
    page.getByRole('checkbox', { name: entryCopy.cover['sliding-scale'], exact: true }),
  );
  await keys.check(page.getByRole('checkbox', { name: entryCopy.licence.label, exact: true }));
  const { group: question } = await firstPlanQuestion(page);
  await keys.choose(radioIn(question, entryCopy.questions.said['not-sure']));
  await keys.choose(radioIn(group(page, entryCopy.felt.heard), entryCopy.feltChoices.yes));
  await keys.choose(radioIn(group(page, entryCopy.felt.judged), entryCopy.feltChoices.no));
  await keys.choose(radioIn(group(page, entryCopy.gut.legend), entryCopy.gut.book));
  await keys.check(warningBox(page, 'no-answers'));
  await expect(keepLookingHeading(page)).toBeVisible();
  await keys.fill(noteField(page), 'Asked about fees twice.');

  await untilNewHeadingFocused(page, () => keys.activate(saveButton(page)));
  await expect(page).toHaveURL(NOTES);
  await expect(savedStatus(page)).toHaveText(notebookHomeCopy.saved('Noor Haddad'));
  await expect(therapistHeadings(page)).toHaveText(['Ada Reyes', 'Noor Haddad']);

  // Remove, then think better of it: the question takes focus, and "No" keeps the notes.
  await keys.activate(
    page.getByRole('button', {
      name: whose(notebookHomeCopy.remove, 'Noor Haddad'),
      exact: true,
    }),
  );
  await expect(group(page, 'Noor Haddad')).toBeFocused();
  await keys.activate(page.getByRole('button', { name: notebookHomeCopy.confirmNo, exact: true }));
  await expect(therapistHeadings(page)).toHaveText(['Ada Reyes', 'Noor Haddad']);

  await untilNewHeadingFocused(page, () => keys.activate(compareLink(page)));
  await expect(page).toHaveURL(COMPARE);
  await expectColumns(page, ['Ada Reyes', 'Noor Haddad']);
  await expect(rowNamed(page, compareCopy.cover).getByRole('cell')).toHaveText([
    compareCopy.empty,
    entryCopy.cover['sliding-scale'],
  ]);
  // The typed date arrived (shown as written, or spelled out as on the list).
  await expect(rowNamed(page, compareCopy.date).getByRole('cell')).toHaveText([
    dateShown('2025-03-14'),
    dateShown('2025-04-02'),
  ]);
  // The table's frame scrolls sideways, so it is a stop too; then the buttons.
  await tabTo(page, page.getByRole('region', { name: compareCopy.caption }));
  const downloading = page.waitForEvent('download');
  await keys.activate(page.getByRole('button', { name: compareCopy.download, exact: true }));
  const text = await readFile(await (await downloading).path(), 'utf8');
  expect(text).toContain('- Noor Haddad: ');
});

// ---- 3. Errors --------------------------------------------------------------------------------

test('notes too long: an error summary, links to the fields, "Error:" in the title; passes axe', async ({
  page,
}) => {
  test.slow();
  await openWithNotes(page, NEW_NOTE, [], { ...calmAnswers, country: 'uk' });
  await expect(page).not.toHaveTitle(/^Error:/);
  // The licence hint follows where the person lives.
  await expect(group(page, entryCopy.licence.legend)).toHaveAccessibleDescription(
    entryCopy.licence.how.uk,
  );
  await expect(group(page, entryCopy.licence.legend)).toContainText('COSRT');

  await nameField(page).fill('Lee');
  await feesField(page).fill('x'.repeat(SHORT_NOTE_MAX + 1));
  await noteField(page).fill('y'.repeat(LONG_NOTE_MAX + 1));
  await saveButton(page).click();

  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveURL(NEW_NOTE);
  await expect(page).toHaveTitle(new RegExp(`^${appCopy.errorPrefix} `));
  const links = errorSummary(page).getByRole('link');
  await expect(links).toHaveText([
    entryCopy.tooLong('Fees', SHORT_NOTE_MAX, SHORT_NOTE_MAX + 1),
    entryCopy.tooLong('Anything else you want to remember', LONG_NOTE_MAX, LONG_NOTE_MAX + 1),
  ]);
  await expect(feesField(page)).toHaveAttribute('aria-invalid', 'true');
  await links.first().click();
  await expect(feesField(page)).toBeFocused();
  await links.nth(1).click();
  await expect(noteField(page)).toBeFocused();

  await expectAccessibleInAllModes(page, '/notes/new with the error summary');

  // Put right, the notes save.
  await feesField(page).fill('£60');
  await noteField(page).fill('Short again.');
  await saveButton(page).click();
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(savedStatus(page)).toHaveText(notebookHomeCopy.saved('Lee'));
  await expect(page).not.toHaveTitle(/^Error:/);
});

// ---- 4. On a phone ----------------------------------------------------------------------------

test('on a phone: a card per therapist, no table; with six, a chooser that needs at least two', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const six = [
    ada,
    sam,
    jo,
    therapist(4, 'Ravi Menon'),
    therapist(5, 'Kim Sato'),
    therapist(6, '', {}, { gut: 'book' }),
  ];
  await openWithNotes(page, COMPARE, six);
  await arrivedAt(page, compareCopy.title);

  const choices = chooser(page);
  await expect(choices).toBeVisible();
  // The most recent five are compared until the person chooses; an unnamed one gets a number.
  const latest = ['Sam Okafor', 'Jo Lindqvist', 'Ravi Menon', 'Kim Sato', 'Therapist 6'];
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(5);
  await expect(choices.getByRole('checkbox', { name: 'Ada Reyes', exact: true })).not.toBeChecked();

  await expect(cards(page)).toBeVisible();
  const cardItems = cards(page).getByRole('listitem');
  await expect(cardItems.getByRole('heading', { level: 2 })).toHaveText(latest);
  const samCard = cardItems.filter({ has: page.getByRole('heading', { name: 'Sam Okafor' }) });
  await expect(samCard.locator('dt').first()).toHaveText(new RegExp(`^${compareCopy.warnings}`));
  await expect(samCard.locator('dd').first()).toHaveText(entryCopy.warnings.items['quick-cure']);
  const frame = page.getByRole('region', { name: compareCopy.caption, includeHidden: true });
  await expect(frame).toBeAttached();
  await expect(frame).toBeHidden();

  // Down to one: nothing to compare, and the chooser says so.
  for (const name of latest.slice(1)) {
    await choices.getByRole('checkbox', { name, exact: true }).uncheck();
  }
  await expect(choices).toContainText(compareCopy.chooseTooFew);
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: compareCopy.print })).toHaveCount(0);

  // Back to two: the cards return.
  await choices.getByRole('checkbox', { name: 'Ada Reyes', exact: true }).check();
  await expect(choices).not.toContainText(compareCopy.chooseTooFew);
  await expect(cardItems.getByRole('heading', { level: 2 })).toHaveText([
    'Ada Reyes',
    'Sam Okafor',
  ]);
});

test('a full notebook of ten: the add link gives way to a message', async ({ page }) => {
  const ten = Array.from({ length: NOTEBOOK_MAX_THERAPISTS }, (_, n) =>
    therapist(n + 1, `Person ${n + 1}`),
  );
  await openWithNotes(page, NOTES, ten);
  await expect(therapistHeadings(page)).toHaveCount(NOTEBOOK_MAX_THERAPISTS);
  await expect(page.getByText(notebookHomeCopy.full(NOTEBOOK_MAX_THERAPISTS))).toBeVisible();
  await expect(addLink(page, notebookHomeCopy.addAnother)).toHaveCount(0);
  // One removed, there is room again.
  await page
    .getByRole('button', {
      name: whose(notebookHomeCopy.remove, 'Person 10'),
      exact: true,
    })
    .click();
  await page.getByRole('button', { name: notebookHomeCopy.confirmYes, exact: true }).click();
  await expect(addLink(page, notebookHomeCopy.addAnother)).toBeVisible();
});

// ---- 5. In the answers file -------------------------------------------------------------------

test('"Download my answers" carries the notes, and opening the file in a new tab brings them back', async ({
  page,
  context,
}) => {
  await openWithNotes(page, SUMMARY_PATH, [ada, sam]);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: resultsCopy.downloadAnswers, exact: true }).click();
  const file = await (await downloading).path();
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    notebook?: { therapists: { name: string }[] };
  };
  expect(saved.notebook?.therapists.map((entry) => entry.name)).toEqual([
    'Ada Reyes',
    'Sam Okafor',
  ]);

  // A new tab starts with nothing of this one's.
  const fresh = await context.newPage();
  await fresh.goto(NOTES);
  await arrivedAt(fresh, notebookHomeCopy.title);
  await expect(fresh.getByText(notebookHomeCopy.empty, { exact: true })).toBeVisible();

  await fresh.goto('/');
  await expect(h1(fresh)).toBeFocused();
  await fresh.getByLabel(startCopy.importLabel).setInputFiles(file);
  await expect(fresh).toHaveURL(CHECK_PATH);
  await footerLink(fresh, appCopy.footerLinks.notes).click();
  await arrivedAt(fresh, notebookHomeCopy.title);
  await expect(therapistHeadings(fresh)).toHaveText(['Ada Reyes', 'Sam Okafor']);
  await expect(fresh.getByRole('listitem').filter({ hasText: 'Sam Okafor' })).toContainText(
    notebookHomeCopy.warningCount(1),
  );
  expect(await storedState(fresh)).toContain('Sam Okafor');
});

// ---- 6. The quick exit ------------------------------------------------------------------------

test('the quick exit wipes the notes kept in this tab', async ({ page }) => {
  await openWithNotes(page, NOTES, [ada, sam]);
  await expect(therapistHeadings(page)).toHaveText(['Ada Reyes', 'Sam Okafor']);
  expect(await storedState(page)).toContain('Ada Reyes');
  const visits = await stubNeutralSite(page);
  const leftBehind = await watchPageLeaving(page);
  await exitLink(page).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  expect(visits).toEqual([NEUTRAL_SITE]);
  await expect.poll(() => leftBehind[0]).toMatchObject({ hidden: true, sessionKeys: [] });

  // Back on the app in the same tab: no notes.
  await page.goto(NOTES);
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(page.getByText(notebookHomeCopy.empty, { exact: true })).toBeVisible();
  expect((await storedState(page)) ?? '').not.toContain('Ada Reyes');
});

// ---- 7. Accessibility of each state -----------------------------------------------------------

test('/notes passes axe empty, with entries, and while asking to remove one', async ({ page }) => {
  test.slow();
  await page.goto(NOTES);
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(page.getByText(notebookHomeCopy.empty, { exact: true })).toBeVisible();
  await expect(page.getByText(notebookHomeCopy.compareNeedsTwo, { exact: true })).toBeVisible();
  await expectAccessibleInAllModes(page, 'empty /notes');

  await openWithNotes(page, NOTES, [ada, sam, jo]);
  await expect(therapistHeadings(page)).toHaveText(['Ada Reyes', 'Sam Okafor', 'Jo Lindqvist']);
  await expect(compareLink(page)).toBeVisible();
  await expectAccessibleInAllModes(page, '/notes with three therapists');

  await page
    .getByRole('button', {
      name: whose(notebookHomeCopy.remove, 'Sam Okafor'),
      exact: true,
    })
    .click();
  const confirm = group(page, 'Sam Okafor');
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(notebookHomeCopy.confirmRemove('Sam Okafor'));
  await expectAccessibleInAllModes(page, '/notes asking to remove one');

  await confirm.getByRole('button', { name: notebookHomeCopy.confirmYes, exact: true }).click();
  await expect(savedStatus(page)).toHaveText(notebookHomeCopy.removed('Sam Okafor'));
  await expect(therapistHeadings(page)).toHaveText(['Ada Reyes', 'Jo Lindqvist']);
  await page.reload();
  await expect(therapistHeadings(page)).toHaveText(['Ada Reyes', 'Jo Lindqvist']);
});

test('/notes/new passes axe with the "Keep looking" box, and autosaved notes survive a reload', async ({
  page,
}) => {
  await openWithNotes(page, NEW_NOTE, []);
  await nameField(page).fill('Alex Moreau');
  await expect(keepLookingHeading(page)).toHaveCount(0);
  await warningBox(page, 'touch-or-sex').check();
  await expect(keepLookingHeading(page)).toBeVisible();
  await expect(page.getByText(entryCopy.warnings.keepLooking, { exact: true })).toBeVisible();
  await expectAccessibleInAllModes(page, '/notes/new with "Keep looking"');

  // Never saved with the button: kept as typed.
  await page.reload();
  await expect(h1(page)).toBeFocused();
  await footerLink(page, appCopy.footerLinks.notes).click();
  await arrivedAt(page, notebookHomeCopy.title);
  await expect(therapistHeadings(page)).toHaveText(['Alex Moreau']);
  await page
    .getByRole('link', {
      name: whose(notebookHomeCopy.change, 'Alex Moreau'),
      exact: true,
    })
    .click();
  await arrivedAt(page, entryTitle(entryCopy.editTitle('Alex Moreau')));
  await expect(nameField(page)).toHaveValue('Alex Moreau');
  await expect(warningBox(page, 'touch-or-sex')).toBeChecked();
  await expect(keepLookingHeading(page)).toBeVisible();
});

test('/notes/compare passes axe (the table at 1280 px, the cards at 320 px)', async ({ page }) => {
  await openWithNotes(page, COMPARE, [ada, sam, jo]);
  await expectColumns(page, ['Ada Reyes', 'Sam Okafor', 'Jo Lindqvist']);
  await expect(
    page.getByText(compareCopy.keepLooking(['Sam Okafor']), { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(compareCopy.leaning(['Ada Reyes']), { exact: true })).toBeVisible();
  await expectAccessibleInAllModes(page, '/notes/compare');
});
