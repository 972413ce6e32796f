import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { appCopy } from '../../src/content/en/app.ts';
import { concernCopy, sharedConcernLabel } from '../../src/content/en/concerns.ts';
import {
  apartNextCopy,
  compareCopy,
  markCopy,
  replyCopy,
  shareCopy,
} from '../../src/content/en/couples.ts';
import type { PartnerReplyError } from '../../src/questionnaire/partner-reply.ts';
import { BOTH_ITEMS_MAX } from '../../src/questionnaire/both-items.ts';
import { concernIds, type ConcernId } from '../../src/questionnaire/ids.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { test } from './support/fixtures.ts';
import type { JourneyProfile } from './support/journey.ts';
import { carrying, offOrigin, recordNetwork } from './support/network-recorder.ts';
import { readQrCode } from './support/qr.ts';
import {
  expect,
  apartToCode,
  enterPartnerCode,
  enterReplyCode,
  markPrivate,
  ownReplyCode,
  togetherSharedScreens,
  type PartnerPlan,
} from './couples-journey.ts';
import { openApart, tooManyIfBoth } from './couples-page-states.ts';

// "Only if we both named it", end to end: an item kept that way reaches the shared view only
// when the other partner named it too, on one device and on two; one that does not match
// leaves no trace in the page, the printout or the file.

test.describe.configure({ timeout: 240_000 });

const profile = (concerns: ConcernId[], goals: JourneyProfile['goals']): JourneyProfile => ({
  concerns,
  primary: 'communication',
  relationship: 'married',
  partnerTakingPart: 'yes',
  relationshipLength: '5-to-15-years',
  feelsUnsafe: 'no',
  health: 'none',
  goals,
});

/** Words that would give an unmatched topic away: its labels, and what it leads to. */
const traces: Partial<Record<ConcernId, RegExp>> = {
  'kink-interests': /kink|bdsm/i,
  'sexual-pain': /\bpain\b|pelvic/i,
};

function expectNoTrace(text: string, id: ConcernId, where: string) {
  const lower = text.toLowerCase();
  for (const words of [concernCopy[id].label, sharedConcernLabel(id), concernCopy[id].short]) {
    expect(lower, `${where}: “${words}”`).not.toContain(words.toLowerCase());
  }
  expect(text, `${where}: what ${id} leads to`).not.toMatch(traces[id]!);
}

function expectNamed(text: string, id: ConcernId, where: string) {
  expect(text, `${where}: ${id}`).toContain(sharedConcernLabel(id));
}

/** The shared view three ways: on screen, printed, and the downloaded file. */
async function sharedTexts(page: Page): Promise<Record<'page' | 'print' | 'file', string>> {
  const body = page.locator('body');
  const screen = await body.innerText();
  await page.emulateMedia({ media: 'print' });
  const print = await body.innerText();
  await page.emulateMedia({ media: 'screen' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: compareCopy.download, exact: true }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  return { page: screen, print, file };
}

async function expectShared(page: Page, matched: ConcernId[], unmatched: ConcernId[]) {
  const texts = await sharedTexts(page);
  for (const [where, text] of Object.entries(texts)) {
    for (const id of matched) expectNamed(text, id, where);
    for (const id of unmatched) expectNoTrace(text, id, where);
  }
  return texts;
}

const bothTopicsHeading = `${compareCopy.bothHeading.replace('…', '')} ${compareCopy.bothConcerns}`;
/** The list under "You both named these topics". */
const bothTopics = (page: Page) =>
  page
    .getByRole('region', { name: compareCopy.bothHeading, exact: true })
    .locator('div')
    .filter({ has: page.getByRole('heading', { level: 3, name: bothTopicsHeading }) })
    .getByRole('listitem');
const labelsOf = (ids: ConcernId[]) =>
  concernIds.filter((id) => ids.includes(id)).map(sharedConcernLabel);

test('together: an item kept “only if we both” shows only when the other named it, without a trace', async ({
  browser,
}) => {
  // Alex keeps "aging" that way and Sam shares it; Sam keeps "menopause" that way and Alex
  // shares it. Alex's "kink-interests" and Sam's "sexual-pain" are kept that way unmatched.
  const alex: PartnerPlan = {
    name: 'Alex',
    profile: profile(['communication', 'aging', 'kink-interests', 'menopause'], ['feel-closer']),
    ifBothConcerns: ['aging', 'kink-interests'],
  };
  const sam: PartnerPlan = {
    name: 'Sam',
    profile: profile(
      ['communication', 'aging', 'menopause', 'sexual-pain'],
      ['feel-closer', 'more-pleasure'],
    ),
    ifBothConcerns: ['menopause', 'sexual-pain'],
  };
  // The same, with the unmatched items "only for me" instead.
  const alexPrivate: PartnerPlan = {
    ...alex,
    privateConcerns: ['kink-interests'],
    ifBothConcerns: ['aging'],
  };
  const samPrivate: PartnerPlan = {
    ...sam,
    privateConcerns: ['sexual-pain'],
    ifBothConcerns: ['menopause'],
  };
  const [ifBothPage, privatePage] = await Promise.all(
    [0, 1].map(async () => (await browser.newContext()).newPage()),
  );
  const [ifBothScreens, privateScreens] = await Promise.all([
    togetherSharedScreens(ifBothPage!, alex, sam),
    togetherSharedScreens(privatePage!, alexPrivate, samPrivate),
  ]);

  await expect(bothTopics(ifBothPage!)).toHaveText(
    labelsOf(['communication', 'aging', 'menopause']),
  );
  const texts = await expectShared(
    ifBothPage!,
    ['aging', 'menopause'],
    ['kink-interests', 'sexual-pain'],
  );

  // No trace: every screen both can see is the same, to the last element, as when the
  // unmatched items were never offered at all; so are the printout and the file.
  expect(Object.keys(ifBothScreens)).toHaveLength(7);
  for (const [screen, markup] of Object.entries(privateScreens)) {
    expect(ifBothScreens[screen], `${screen}: “only if we both” vs “only for me”`).toBe(markup);
  }
  const privateTexts = await sharedTexts(privatePage!);
  expect(texts.print).toBe(privateTexts.print);
  expect(texts.file).toBe(privateTexts.file);
});

const PASSPHRASE = 'blue kettle 42';
// Apart, each has a match the other kept that way too ("reconnection": the private set
// intersection finds it), a match the other shared openly ("aging" for Alex, "menopause" for
// Sam), and one that does not match at all.
const alexApart: PartnerPlan = {
  name: 'Alex',
  profile: profile(
    ['communication', 'aging', 'reconnection', 'kink-interests', 'menopause'],
    ['feel-closer'],
  ),
  ifBothConcerns: ['aging', 'reconnection', 'kink-interests'],
};
const samApart: PartnerPlan = {
  name: 'Sam',
  profile: profile(
    ['communication', 'aging', 'reconnection', 'sexual-pain', 'menopause'],
    ['feel-closer', 'more-pleasure'],
  ),
  ifBothConcerns: ['reconnection', 'sexual-pain', 'menopause'],
};
const bothNamed: ConcernId[] = ['communication', 'reconnection', 'menopause', 'aging'];
const unmatched: ConcernId[] = ['kink-interests', 'sexual-pain'];

async function expectReplyError(page: Page, from: string, text: string, error: PartnerReplyError) {
  const box = page.getByRole('textbox', { name: replyCopy.code(from), exact: true });
  await box.fill(text);
  await page.getByRole('button', { name: replyCopy.submit, exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(replyCopy.errors[error]);
  await expect(page).toHaveURL('/apart/reply');
  await expect(page).toHaveTitle(new RegExp(`^${appCopy.errorPrefix} `));
  // What was pasted stays, to be checked or sent again.
  await expect(box).toHaveValue(text);
}

async function expectQrHolds(page: Page, code: string) {
  const qr = page.getByRole('img', { name: replyCopy.qrAlt, exact: true });
  await expect(qr).toBeVisible();
  expect(await readQrCode(qr), 'the reply QR code holds the reply code itself').toBe(code);
}

test('apart: reply codes match what both named, the same on both devices, and nothing else', async ({
  page: alexPage,
  context: alexContext,
  browser,
}, testInfo) => {
  const samContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const records = await Promise.all([recordNetwork(alexContext), recordNetwork(samContext)]);
  const samPage = await samContext.newPage();
  const [alexCode, samCode] = await Promise.all([
    apartToCode(alexPage, alexApart, PASSPHRASE, async (name) => {
      if (name === 'only for me, apart')
        await expectAccessibleInAllModes(alexPage, 'what to share');
    }),
    apartToCode(samPage, samApart),
  ]);
  // From here on, the exchange: every request is counted.
  const start = records.map((record) => record.requests.length);

  await enterPartnerCode(samPage, alexCode, PASSPHRASE);
  await enterPartnerCode(alexPage, samCode);
  const samReply = await ownReplyCode(samPage);
  let alexReply = await ownReplyCode(alexPage);
  await expectQrHolds(samPage, samReply);
  await expectQrHolds(alexPage, alexReply);
  await expectAccessibleInAllModes(samPage, 'swap reply codes');

  // Before the replies, the shared view holds what each shared openly, and says what is to come.
  await alexPage.getByRole('link', { name: replyCopy.skip, exact: true }).click();
  await expect(alexPage).toHaveURL('/apart/compare');
  await expect(alexPage.getByText(compareCopy.replyPending)).toBeVisible();
  await expect(bothTopics(alexPage)).toHaveText(labelsOf(['communication']));
  await expect(alexPage.locator('main')).not.toContainText(sharedConcernLabel('reconnection'));
  for (const id of unmatched)
    expectNoTrace(await alexPage.locator('body').innerText(), id, 'pending');
  await expectAccessibleInAllModes(alexPage, 'what you share, reply pending');
  await alexPage.getByRole('link', { name: compareCopy.replyLink, exact: true }).click();
  await expect(alexPage).toHaveURL('/apart/reply');
  alexReply = await ownReplyCode(alexPage);

  // Each wrong thing in the reply box says what it is.
  await expectReplyError(samPage, 'Alex', alexCode, 'partner-code-instead');
  await expectReplyError(samPage, 'Alex', samReply, 'own-reply');
  await expectReplyError(samPage, 'Alex', alexReply.slice(0, -12), 'damaged');
  await expectAccessibleInAllModes(samPage, 'swap reply codes, error');

  await enterReplyCode(samPage, 'Alex', alexReply);
  await enterReplyCode(alexPage, 'Sam', samReply);
  const shown: Record<string, string> = {};
  for (const [name, page] of [
    ['Alex', alexPage],
    ['Sam', samPage],
  ] as const) {
    await expect(bothTopics(page), name).toHaveText(labelsOf(bothNamed));
    await expect(page.getByText(compareCopy.replyPending)).toHaveCount(0);
    await expectShared(page, bothNamed, unmatched);
    shown[name] = await page
      .getByRole('region', { name: compareCopy.bothHeading, exact: true })
      .innerText();
  }
  expect(shown.Alex, 'both devices list the same things in common').toBe(shown.Sam);

  // Alex changes what to share and makes a new partner code: the replies swapped for the old
  // one say so, each in its own words, and the shared view waits for new ones.
  await alexPage.getByRole('link', { name: compareCopy.ownView }).click();
  await alexPage.getByRole('link', { name: apartNextCopy.share, exact: true }).click();
  await alexPage.getByRole('link', { name: shareCopy.changeMarks, exact: true }).click();
  await markPrivate(alexPage, ['kink-interests']);
  await alexPage.getByRole('link', { name: apartNextCopy.share, exact: true }).click();
  await alexPage.getByRole('button', { name: shareCopy.create, exact: true }).click();
  const codeBox = alexPage.getByRole('textbox', { name: shareCopy.codeLabel, exact: true });
  await expect(codeBox).toHaveValue(/^CP2-/, { timeout: 15_000 });
  const newAlexCode = await codeBox.inputValue();
  await alexPage.getByRole('link', { name: shareCopy.ownView, exact: true }).click();
  await alexPage.getByRole('link', { name: apartNextCopy.compare, exact: true }).click();
  await expect(alexPage.getByText(compareCopy.replyPending)).toBeVisible();
  await alexPage.getByRole('link', { name: compareCopy.replyLink, exact: true }).click();
  const newAlexReply = await ownReplyCode(alexPage);
  await expectReplyError(alexPage, 'Sam', samReply, 'for-older-code');
  await samPage.goBack();
  await expect(samPage).toHaveURL('/apart/reply');
  await expectReplyError(samPage, 'Alex', newAlexReply, 'from-newer-code');

  // Doing what the messages say brings the match back.
  await samPage.getByRole('link', { name: appCopy.back, exact: true }).click();
  await enterPartnerCode(samPage, newAlexCode);
  const newSamReply = await ownReplyCode(samPage);
  await enterReplyCode(samPage, 'Alex', newAlexReply);
  await enterReplyCode(alexPage, 'Sam', newSamReply);
  for (const page of [alexPage, samPage]) {
    await expect(bothTopics(page)).toHaveText(labelsOf(bothNamed));
    for (const id of unmatched) expectNoTrace(await page.locator('body').innerText(), id, 'again');
  }

  // The whole exchange stayed on the devices: no request left the app's origin, none sent
  // anything, none carried a code or an item.
  const exchange = records.map((record, i) => ({
    requests: record.requests.slice(start[i]),
    cspViolations: record.cspViolations,
  }));
  const origin = new URL(testInfo.project.use.baseURL!).origin;
  const secrets = [alexCode, samCode, samReply, alexReply].map((code) => code.slice(4, 44));
  const counts = exchange.map((record) => ({
    requests: record.requests.length,
    offOrigin: offOrigin(record, origin).length,
    uploads: record.requests.filter((r) => r.method !== 'GET' || r.body !== null).length,
    carrying: carrying(record, [...secrets, ...unmatched]).length,
    cspViolations: record.cspViolations.length,
  }));
  testInfo.annotations.push({
    type: 'network: reply exchange',
    description: JSON.stringify(counts),
  });
  console.log(`[privacy] reply exchange (Alex, Sam): ${JSON.stringify(counts)}`);
  expect(counts).toEqual(
    counts.map((count) => ({ ...count, offOrigin: 0, uploads: 0, carrying: 0, cspViolations: 0 })),
  );
  await samContext.close();
});

test('what to share: more “only if we both” than the match takes is an error that leads to the item', async ({
  page,
}) => {
  await tooManyIfBoth(page);
  await expectAccessibleInAllModes(page, 'what to share, too many');
  const over = concernIds[BOTH_ITEMS_MAX]!;
  await page.getByRole('alert').getByRole('link').click();
  const overChoice = (choice: keyof typeof markCopy.choices) =>
    page
      .getByRole('group', { name: concernCopy[over].label })
      .getByRole('radio', { name: markCopy.choices[choice], exact: true });
  await expect(overChoice('if-both')).toBeFocused();
  await overChoice('share').check();
  await page.getByRole('button', { name: markCopy.continue, exact: true }).click();
  await expect(page).toHaveURL('/prepare/summary');
});

test('what to share: the choices can be made with the keyboard alone', async ({ page }) => {
  await openApart(page, '/apart/mark', { draftMarks: null, partner: null });
  await expect(page.getByRole('heading', { level: 1, name: markCopy.heading })).toBeFocused();
  const topics = page.getByRole('region', { name: markCopy.concerns, exact: true });
  const choice = (id: ConcernId, value: keyof typeof markCopy.choices) =>
    topics
      .getByRole('group', { name: concernCopy[id].label, exact: true })
      .getByRole('radio', { name: markCopy.choices[value], exact: true });
  const isFocused = (locator: Locator) =>
    locator.evaluate((element) => element === document.activeElement);
  const tabUntil = async (locator: Locator) => {
    for (let presses = 0; presses < 12 && !(await isFocused(locator)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(locator).toBeFocused();
  };

  // Tab reaches each group at its chosen radio; the arrow keys change the choice.
  await tabUntil(choice('communication', 'share'));
  await page.keyboard.press('ArrowDown');
  await expect(choice('communication', 'if-both')).toBeFocused();
  await expect(choice('communication', 'if-both')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(choice('aging', 'share')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(choice('aging', 'private')).toBeChecked();
  await tabUntil(page.getByRole('button', { name: markCopy.continue, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/prepare/summary');

  // The choices were kept.
  await page.goto('/apart/mark');
  await expect(choice('communication', 'if-both')).toBeChecked();
  await expect(choice('aging', 'private')).toBeChecked();
});
