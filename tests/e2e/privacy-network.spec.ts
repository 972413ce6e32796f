import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { sendCopy } from '../../src/content/en/therapist.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import {
  apartToCode,
  enterPartnerCode,
  enterReplyCode,
  ownReplyCode,
  togetherToComparison,
  type PartnerPlan,
} from './couples-journey.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answerStep,
  beginJourney,
  completeJourney,
  stepPath,
  SUMMARY_PATH,
  typicalProfile,
} from './support/journey.ts';
import {
  carrying,
  offOrigin,
  recordNetwork,
  type NetworkRecord,
} from './support/network-recorder.ts';
import { clientProfile, continueButton, createLink, fillBuilder } from './therapist-support.ts';
import { lockOnStartPage, startFromStartPage } from './privacy-support.ts';
import { unlockCopy } from '../../src/content/en/privacy-pages.ts';
import { stepIds } from '../../src/questionnaire/steps.ts';

// "Nothing leaves the device", measured: every request and every CSP violation during whole
// journeys. Free-text answers carry unusual marker words, so any request holding an answer
// would be found. The counts are attached to each test as annotations for the report.

const MARKERS = ['Quokka7731', 'Zanzibar9902', 'Klingon4417', 'Marmalade5150'];
const SECRETS = [...MARKERS, 'low-desire', 'more-desire', 'antidepressants'];

const individual = {
  ...typicalProfile,
  betterLooksLike: `We laugh together again ${MARKERS[0]}`,
  location: MARKERS[1],
  language: MARKERS[2],
};

async function recorded(context: BrowserContext): Promise<NetworkRecord> {
  return recordNetwork(context);
}

function report(testInfo: TestInfo, journey: string, records: NetworkRecord[], origin: string) {
  const requests = records.flatMap((r) => r.requests);
  const merged: NetworkRecord = {
    requests,
    cspViolations: records.flatMap((r) => r.cspViolations),
  };
  const counts = {
    requests: requests.length,
    sameOriginGets: requests.filter((r) => r.method === 'GET' && !offOrigin(merged, origin).includes(r)).length,
    offOrigin: offOrigin(merged, origin).length,
    carryingAnswers: carrying(merged, SECRETS).length,
    withBody: requests.filter((r) => r.body !== null).length,
    cspViolations: merged.cspViolations.length,
  }; // prettier-ignore
  testInfo.annotations.push({ type: `network: ${journey}`, description: JSON.stringify(counts) });
  console.log(`[privacy] ${journey}: ${JSON.stringify(counts)}`);
  expect(offOrigin(merged, origin), 'requests to other origins').toEqual([]);
  expect(carrying(merged, SECRETS), 'requests that carry answers').toEqual([]);
  expect(
    requests.filter((r) => r.method !== 'GET' || r.body !== null),
    'uploads',
  ).toEqual([]);
  expect(merged.cspViolations, 'CSP violations').toEqual([]);
  expect(requests.length, 'the recorder saw the page load').toBeGreaterThan(0);
}

const originOf = (testInfo: TestInfo) => new URL(testInfo.project.use.baseURL!).origin;

test('individual journey: no request leaves the device, none carries an answer', async ({
  page,
  context,
}, testInfo) => {
  const record = await recorded(context);
  await completeJourney(page, individual);
  // Everything else a person might do: save a copy, read the privacy pages, change storage.
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /download/i })
    .first()
    .click();
  await download;
  for (const path of ['/privacy', '/staying-safe', '/help', '/prepare/check']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  await page.reload();
  await expect(page.getByText(MARKERS[0]!)).toBeVisible();
  report(testInfo, 'individual', [record], originOf(testInfo));
});

test('individual journey with answers locked on this device', async ({
  page,
  context,
}, testInfo) => {
  const record = await recorded(context);
  await page.goto('/');
  await lockOnStartPage(page, 'a long passphrase');
  await startFromStartPage(page);
  for (const step of stepIds) await answerStep(page, step, individual);
  await page.getByRole('link', { name: checkCopy.continue, exact: true }).click();
  await expect(page).toHaveURL(SUMMARY_PATH);
  await page.reload();
  await page.getByLabel(unlockCopy.label, { exact: true }).fill('a long passphrase');
  await page.getByRole('button', { name: unlockCopy.button }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(SUMMARY_PATH);
  report(testInfo, 'individual, locked on device', [record], originOf(testInfo));
});

const alex: PartnerPlan = {
  name: 'Alex',
  profile: { ...typicalProfile, betterLooksLike: MARKERS[0], location: MARKERS[1] },
  privateConcerns: ['low-desire'],
};
const sam: PartnerPlan = {
  name: 'Sam',
  profile: { ...typicalProfile, concerns: ['communication'], primary: undefined, details: {}, betterLooksLike: MARKERS[3] },
  // Kept "only if we both", so the apart journey makes and reads a real match.
  ifBothConcerns: ['communication'],
}; // prettier-ignore

test('couples on one device: no request leaves the device', async ({ page, context }, testInfo) => {
  test.setTimeout(240_000);
  const record = await recorded(context);
  await togetherToComparison(page, alex, sam);
  report(testInfo, 'couples together', [record], originOf(testInfo));
});

test('couples on two devices: codes travel by hand, never by network', async ({
  page,
  context,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const record = await recorded(context);
  const otherContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const otherRecord = await recorded(otherContext);
  const samPage = await otherContext.newPage();
  const alexCode = await apartToCode(page, alex, 'blue kettle 42');
  const samCode = await apartToCode(samPage, sam);
  // Both swaps: partner codes, then reply codes (the match for "only if we both").
  await enterPartnerCode(samPage, alexCode, 'blue kettle 42');
  await enterPartnerCode(page, samCode);
  const samReply = await ownReplyCode(samPage);
  const alexReply = await ownReplyCode(page);
  await enterReplyCode(samPage, 'Alex', alexReply);
  await enterReplyCode(page, 'Sam', samReply);
  report(testInfo, 'couples apart', [record, otherRecord], originOf(testInfo));
  await otherContext.close();
});

async function clientAnswersLink(page: Page, link: string) {
  await page.goto(link);
  // The link is read (and the code dropped from the address) before the journey begins.
  await expect(page).toHaveURL(/\/from$/);
  await beginJourney(page);
  for (const step of ['concerns', 'details', 'relationship', 'health', 'goals'] as const) {
    await answerStep(page, step, { ...clientProfile, therapistShouldKnow: MARKERS[2] });
  }
  await expect(page).toHaveURL(stepPath('preferences'));
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/7');
  await page.getByRole('textbox').first().fill(MARKERS[3]!);
  await continueButton(page).click();
  await page.getByRole('link', { name: checkCopy.continue }).click();
}

test('therapist link: built, answered and sent locked, with no request leaving', async ({
  page,
  context,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const record = await recorded(context);
  const therapistContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const therapistRecord = await recorded(therapistContext);
  const therapist = await therapistContext.newPage();
  await therapist.goto('/for-therapists');
  await fillBuilder(therapist, 'encrypted');
  const link = await createLink(therapist);

  await clientAnswersLink(page, link);
  await page.getByRole('link', { name: /^Send/ }).click();
  await expect(page).toHaveURL('/prepare/send');
  await page.getByRole('button', { name: sendCopy.lock }).click();
  await expect(page.getByRole('heading', { name: sendCopy.lockedHeading })).toBeVisible();
  report(testInfo, 'therapist link', [record, therapistRecord], originOf(testInfo));
  await therapistContext.close();
});
