import type { Locator, Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { countryNames } from '../../src/content/en/countries.ts';
import { credentialsGuide as usCredentialsGuide } from '../../src/content/en/guides.ts';
import { helpCopy } from '../../src/content/en/help.ts';
import { directoriesCopy } from '../../src/content/en/place-credentials.ts';
import { otherPlacesCopy, placePanelCopy } from '../../src/content/en/places.ts';
import { resultsCopy } from '../../src/content/en/results.ts';
import { safetyCopy } from '../../src/content/en/safety.ts';
import { countryIds, type CountryId } from '../../src/questionnaire/ids.ts';
import { allNumbersOf, foreignNumbersIn, placeNumbers } from '../support/place-facts.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import {
  beginJourney,
  completeJourney,
  safetyProfile,
  SUMMARY_PATH,
  type JourneyProfile,
} from './support/journey.ts';
import { recordNetwork, offOrigin } from './support/network-recorder.ts';
import { openWithAnswers, safetyAnswers } from './support/state.ts';

// Where the person lives, in a real browser: the lines, checks and directories on the summary,
// its printout and "Need help now?" are that country's only; with no country chosen, the US
// lines come first and every other country's lines sit behind one "Somewhere else?". Numbers
// are read from the checked-in domain brief (tests/support/place-facts.ts), never typed here.

/** Services the brief names for a country, which its pages must name too. */
const serviceNames: Partial<Record<CountryId, string[]>> = {
  uk: ['Samaritans', 'National Domestic Abuse Helpline', 'Men’s Advice Line', 'Rape Crisis'],
  au: ['Lifeline', '1800RESPECT'],
  nz: ['Women’s Refuge', 'Safe to Talk'],
};

/** The countries whose lines sit behind "Somewhere else?": all but the US and "somewhere else". */
const otherListed = countryIds.filter((id) => id !== 'us' && id !== 'other');

const main = (page: Page) => page.getByRole('main');

/**
 * Every text node under the element, one per line, shown or not: a closed fold's words count
 * too. (textContent would run "116 123" and the next line's number together.)
 */
const allTextOf = (scope: Locator) =>
  scope.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue!);
    return parts.join('\n');
  });

/** The text a person sees (or a printer prints) under the current media: innerText. */
const shownTextOf = (scope: Locator) => scope.evaluate((root) => (root as HTMLElement).innerText);

function expectLinesOf(text: string, country: CountryId, where: string): void {
  for (const number of allNumbersOf(country)) {
    expect(text, `${where}: ${countryNames[country]} number ${number}`).toContain(number);
  }
  for (const name of serviceNames[country] ?? []) {
    expect(text, `${where}: ${countryNames[country]} service ${name}`).toContain(name);
  }
}

function expectNoForeignNumbers(text: string, country: CountryId, where: string): void {
  expect(foreignNumbersIn(text, country), `${where}: numbers of other countries`).toEqual([]);
}

const otherPlacesSummary = (page: Page) =>
  main(page).locator('summary').filter({ hasText: otherPlacesCopy.summary });
const otherPlaces = (page: Page) =>
  main(page)
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: otherPlacesCopy.summary }) });

const placePanel = (page: Page) =>
  page.getByRole('region', { name: placePanelCopy.heading, exact: true });

async function openChangeFold(page: Page): Promise<void> {
  // "Choose where you live" before a choice, "Change where you live" after.
  await placePanel(page)
    .locator('summary')
    .filter({ hasText: new RegExp(`^(${placePanelCopy.change}|${placePanelCopy.choose})$`) })
    .click();
  await expect(placePanel(page).getByRole('group', { name: placePanelCopy.legend })).toBeVisible();
}

/** Chooses a country in the place panel's fold and saves it. */
async function changeCountry(page: Page, country: CountryId): Promise<void> {
  await openChangeFold(page);
  const choices = placePanel(page).getByRole('group', { name: placePanelCopy.legend });
  await choices.getByRole('radio', { name: countryNames[country], exact: true }).check();
  await placePanel(page).getByRole('button', { name: placePanelCopy.save, exact: true }).click();
}

async function expectSafetyItems(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: resultsCopy.safetyHeading })).toBeVisible();
  for (const id of ['unsafe-relationship', 'sexual-assault'] as const) {
    await expect(page.getByRole('heading', { name: safetyCopy[id].title })).toBeVisible();
  }
}

/** The credentials guide, opened: it starts closed on the summary. */
async function openCredentialsGuide(page: Page): Promise<Locator> {
  const guide = page.getByRole('region', { name: usCredentialsGuide.title, exact: true });
  await guide.getByText(usCredentialsGuide.title, { exact: true }).click();
  await expect(guide.getByRole('list').first()).toBeVisible();
  return guide;
}

const usLicenceHeading = usCredentialsGuide.sections[0]!.heading;

/**
 * The summary for a person in `country` with the safety items: its lines only, on screen and
 * in print, the country's credentials and directories, and no "Somewhere else?".
 */
async function expectSummaryFor(page: Page, country: CountryId, training: string): Promise<void> {
  await expectSafetyItems(page);
  await expect(placePanel(page)).toContainText(placeNumbers[country].emergency[0]!);

  const everything = await allTextOf(main(page));
  expectLinesOf(everything, country, 'summary');
  expectNoForeignNumbers(everything, country, 'summary, closed folds included');
  await expect(otherPlacesSummary(page)).toHaveCount(0);

  // "Where to search" starts closed, so the summary stays short on a phone.
  const directories = main(page)
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: directoriesCopy.heading }) });
  await directories.locator('summary').click();
  await expect(directories.getByRole('listitem').filter({ hasText: training })).toBeVisible();
  const guide = await openCredentialsGuide(page);
  await expect(guide).toContainText(training);
  await expect(guide.getByRole('heading', { name: usLicenceHeading })).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const printed = await shownTextOf(main(page));
  expectLinesOf(printed, country, 'printout');
  expectNoForeignNumbers(printed, country, 'printout');
  await page.emulateMedia({ media: 'screen' });
}

const inThe = (country: CountryId): JourneyProfile => ({ ...safetyProfile, country });

test.describe('a person in the United Kingdom', () => {
  test('sees UK lines, COSRT and no other country’s numbers, on screen and in print', async ({
    page,
    context,
    baseURL,
  }) => {
    const network = await recordNetwork(context);
    await completeJourney(page, inThe('uk'));
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('the UK'));
    await expectSummaryFor(page, 'uk', 'COSRT');
    // Tapping through the whole journey fetched nothing from anywhere but the app itself.
    expect(network.requests.length, 'the app loaded at all').toBeGreaterThan(0);
    expect(offOrigin(network, new URL(baseURL!).origin).map((r) => r.url)).toEqual([]);
  });

  test('the summary passes axe, also with "Change where you live" open', async ({ page }) => {
    // Axe in every display mode, twice over: longer than one journey.
    test.slow();
    await openWithAnswers(page, SUMMARY_PATH, safetyAnswers);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await changeCountry(page, 'uk');
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('the UK'));
    await expectAccessibleInAllModes(page, 'summary for the UK');
    await openChangeFold(page);
    const choices = placePanel(page).getByRole('group', { name: placePanelCopy.legend });
    await expect(choices.getByRole('radio', { name: countryNames.uk, exact: true })).toBeChecked();
    await expectAccessibleInAllModes(page, 'summary for the UK, "Change where you live" open');
  });
});

test.describe('a person in Australia', () => {
  test('sees Australian lines and the Society of Australian Sexologists, on screen and in print', async ({
    page,
  }) => {
    await completeJourney(page, inThe('au'));
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('Australia'));
    await expectSummaryFor(page, 'au', 'Society of Australian Sexologists');
    await expect(main(page)).toContainText('AHPRA');
  });

  test('moves to New Zealand on the summary, and the choice survives a reload', async ({
    page,
  }) => {
    await completeJourney(page, inThe('au'));
    await changeCountry(page, 'nz');
    await expect(placePanel(page).getByRole('status')).toHaveText(
      placePanelCopy.saved('New Zealand'),
    );
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('New Zealand'));

    const check = async (where: string) => {
      const text = await allTextOf(main(page));
      expectLinesOf(text, 'nz', where);
      expectNoForeignNumbers(text, 'nz', where);
      for (const number of allNumbersOf('au')) expect(text, where).not.toContain(number);
    };
    await check('after the change');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('New Zealand'));
    await check('after a reload');
    await openChangeFold(page);
    const choices = placePanel(page).getByRole('group', { name: placePanelCopy.legend });
    await expect(choices.getByRole('radio', { name: countryNames.nz, exact: true })).toBeChecked();
  });
});

test.describe('a person who has not said where they live', () => {
  test('sees US lines first and one "Somewhere else?" with every other country', async ({
    page,
  }) => {
    await completeJourney(page, safetyProfile);
    await expectSafetyItems(page);
    await expect(placePanel(page)).toContainText(placePanelCopy.notSaid);
    await expect(otherPlacesSummary(page)).toHaveCount(1);
    await expect(otherPlaces(page)).not.toHaveAttribute('open');

    // With the fold shut, the page shows the US lines and nobody else's.
    const shown = await shownTextOf(main(page));
    expectLinesOf(shown, 'us', 'summary, fold shut');
    expectNoForeignNumbers(shown, 'us', 'summary, fold shut');

    await otherPlacesSummary(page).click();
    await expect(otherPlaces(page)).toHaveAttribute('open');
    for (const country of otherListed) {
      const section = otherPlaces(page).getByRole('region', { name: countryNames[country] });
      await expect(section).toBeVisible();
      const text = await shownTextOf(section);
      for (const number of allNumbersOf(country)) {
        expect(text, `${countryNames[country]} under "Somewhere else?"`).toContain(number);
      }
      expectNoForeignNumbers(text, country, `${countryNames[country]} under "Somewhere else?"`);
    }
    await expectAccessibleInAllModes(page, 'summary with no country, "Somewhere else?" open');
  });

  test('the printout keeps the US lines and leaves the fold out, so it stays short', async ({
    page,
  }) => {
    await openWithAnswers(page, SUMMARY_PATH, safetyAnswers);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(otherPlaces(page)).not.toHaveAttribute('open');
    const firstNumber = placeNumbers.uk.crisis[0]!;
    // Shut on screen: the lines are there but not shown.
    await expect(otherPlaces(page).getByText(firstNumber).first()).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(otherPlaces(page)).toBeHidden();
    const printed = await shownTextOf(main(page));
    expectLinesOf(printed, 'us', 'printout');
    expectNoForeignNumbers(printed, 'us', 'printout');
    expect(printed, 'the printout says what to do elsewhere').toContain(
      placePanelCopy.notSaid.split('.')[0]!,
    );
  });
});

test.describe('Need help now?', () => {
  // Each country's lines and emergency number, and only those, a row per country.
  for (const country of countryIds) {
    test(`for ${countryNames[country]}: that country’s lines only`, async ({ page }) => {
      await page.goto('/help');
      await expect(page.getByRole('heading', { level: 1, name: helpCopy.title })).toBeFocused();
      await changeCountry(page, country);
      await expect(placePanel(page).getByRole('status')).not.toBeEmpty();
      const text = await allTextOf(main(page));
      expectLinesOf(text, country, 'help page');
      expectNoForeignNumbers(text, country, 'help page');
      await expect(otherPlacesSummary(page)).toHaveCount(0);
    });
  }

  test('with a country chosen on the start page, and with none: US lines and "Somewhere else?"', async ({
    page,
  }) => {
    await page.goto('/help');
    await expect(page.getByRole('heading', { level: 1, name: helpCopy.title })).toBeFocused();
    const shown = await shownTextOf(main(page));
    expectLinesOf(shown, 'us', 'help page, no country');
    expectNoForeignNumbers(shown, 'us', 'help page, no country');
    await expect(otherPlacesSummary(page)).toHaveCount(1);

    await beginJourney(page, undefined, 'ie');
    await page.getByRole('link', { name: appCopy.needHelpNow, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: helpCopy.title })).toBeFocused();
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('Ireland'));
    const text = await allTextOf(main(page));
    expectLinesOf(text, 'ie', 'help page, Ireland');
    expectNoForeignNumbers(text, 'ie', 'help page, Ireland');
    await expect(otherPlacesSummary(page)).toHaveCount(0);
  });

  test('for Australia, with "Change where you live" open, passes axe', async ({ page }) => {
    // Axe in every display mode, twice over: longer than one journey.
    test.slow();
    await page.goto('/help');
    await expect(page.getByRole('heading', { level: 1, name: helpCopy.title })).toBeFocused();
    await changeCountry(page, 'au');
    await expect(placePanel(page)).toContainText(placePanelCopy.showingFor('Australia'));
    await expectAccessibleInAllModes(page, 'help for Australia');
    await openChangeFold(page);
    await expectAccessibleInAllModes(page, 'help for Australia, "Change where you live" open');
  });
});
