import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkCopy } from '../../src/content/en/check.ts';
import {
  builderAudienceCopy,
  builderCopy,
  builderKeptCopy,
  clientLinkCopy,
  introCopy,
  keyBackupCopy,
  keyCopy,
  linkErrorCopy,
  linkPasteCopy,
  openCopy,
  keptCopy,
  openKeyCopy,
  openedSectionNames,
  questionsStepCopy,
  resultsLinkCopy,
  sendCopy,
} from '../../src/content/en/therapist.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { bytesToBase64url } from '../../src/lib/base64url.ts';
import { deflate } from '../../src/lib/deflate.ts';
import {
  decodeTherapistLink,
  encodeTherapistLink,
  type TherapistLink,
} from '../../src/questionnaire/therapist-link.ts';
import {
  envelopeToJson,
  sealSummary,
  SUMMARY_FORMAT,
  type SummaryPayload,
} from '../../src/features/therapist/sealed-summary.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { readQrCode } from './support/qr.ts';
import { answerStep, beginJourney, stepPath } from './support/journey.ts';
import {
  builderQuestions,
  clientProfile,
  continueButton,
  createLink,
  fillBuilder,
  newContext,
  therapistName,
} from './therapist-support.ts';

// Two browser contexts stand for two computers: the therapist's (which keeps the key) and the
// client's. Nothing travels between them but the link and the locked file, as in real life.

const backupPassphrase = 'harbour lantern quiet orchard';
const optional = (text: string) => `${text} ${questionsStepCopy.optional}`;

async function downloadFrom(page: Page, button: string, savePath: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await download.saveAs(savePath);
  return download.suggestedFilename();
}

test('a therapist builds a link; the client answers and sends it locked; the therapist opens it', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const therapistContext = await newContext(browser, testInfo);
  const therapist = await therapistContext.newPage();

  // The therapist builds an encrypted-return link, with three questions of their own.
  await therapist.goto('/for-therapists');
  await expect(therapist.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessibleInAllModes(therapist, 'builder');
  await fillBuilder(therapist, 'encrypted');
  await therapist.getByRole('checkbox', { name: /^Relationship/ }).check();
  const link = await createLink(therapist);
  expect(link.length, 'short enough for a QR code').toBeLessThan(1000);
  const qr = therapist.getByRole('img', { name: builderCopy.qrAlt });
  await expect(qr).toBeVisible();
  expect(await readQrCode(qr), 'the QR code holds the link itself').toBe(link);
  await expect(therapist.getByRole('heading', { name: keyCopy.lossHeading })).toBeVisible();
  // The backup key file is protected with a passphrase typed twice, and named for its key.
  const keyPath = testInfo.outputPath('key.json');
  await therapist.getByLabel(keyBackupCopy.passphrase, { exact: true }).fill(backupPassphrase);
  await therapist.getByLabel(keyBackupCopy.confirm, { exact: true }).fill(backupPassphrase);
  const keyFileName = await downloadFrom(therapist, keyBackupCopy.download, keyPath);
  expect(keyFileName).toMatch(/^therapist-key-[0-9a-f]{8}\.json$/);
  await expect(therapist.getByText(keyBackupCopy.downloaded(keyFileName))).toBeVisible();
  const keyFile = JSON.parse(await readFile(keyPath, 'utf8'));
  expect(keyFile).toMatchObject({ version: 2, sealed: { iterations: 600_000 } });
  expect(keyFile).not.toHaveProperty('privateKey');
  expect(keyFileName).toBe(`therapist-key-${keyFile.kid.slice(0, 8)}.json`);
  await expectAccessibleInAllModes(therapist, 'builder with its link');

  // The client opens it: the details, the honest line, and the fragment gone from the address.
  await page.goto(link);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(introCopy.preparedFor(therapistName));
  await expect(page.getByText(introCopy.honesty(therapistName))).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://bayview.example.com' })).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );
  await expect(page).toHaveURL(/\/from$/);
  await expectAccessibleInAllModes(page, 'client view of the link');

  // The usual journey, then the therapist's questions as step 7 of 7.
  await beginJourney(page);
  for (const step of ['concerns', 'details', 'relationship', 'health', 'goals'] as const) {
    await answerStep(page, step, clientProfile);
  }
  await expect(page).toHaveURL(stepPath('preferences'));
  await expect(page.getByText('Step 6 of 7')).toBeVisible();
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/7');
  await expect(heading).toContainText('Step 7 of 7');
  await page.getByRole('textbox', { name: optional(builderQuestions[0]!.text) }).fill('Sam');
  await page
    .getByRole('group', { name: optional(builderQuestions[1]!.text) })
    .getByRole('radio', { name: questionsStepCopy.no })
    .check();
  await page.getByRole('radio', { name: 'By video' }).check();
  await expectAccessibleInAllModes(page, 'the therapist’s questions step');
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/check');
  await page.getByRole('link', { name: checkCopy.continue }).click();

  // The results name the therapist, show their questions with the answers, and offer sending.
  await expect(page.getByText(introCopy.preparedFor(therapistName))).toBeVisible();
  const questions = page.getByRole('region', {
    name: resultsLinkCopy.questionsHeading(therapistName),
  });
  await expect(questions).toContainText('Sam');
  await expect(questions).toContainText('By video');
  await page.getByRole('link', { name: resultsLinkCopy.sendButton(therapistName) }).click();
  await expect(page).toHaveURL('/prepare/send');
  await expect(heading).toHaveText(sendCopy.heading(therapistName));

  // The client keeps their relationship to themselves, adds their goals, and locks it.
  const relationship = page.getByRole('checkbox', { name: sendCopy.sectionNames.relationship });
  const goals = page.getByRole('checkbox', { name: sendCopy.sectionNames.goals });
  await expect(relationship).toBeChecked();
  await expect(goals).not.toBeChecked();
  await relationship.uncheck();
  await goals.check();
  await expectAccessibleInAllModes(page, 'send page');
  await page.getByRole('button', { name: sendCopy.lock }).click();
  await expect(page.getByRole('heading', { name: sendCopy.lockedHeading })).toBeFocused();
  const text = await page.getByRole('textbox', { name: sendCopy.textLabel }).inputValue();
  expect(text).not.toContain('Sam');
  expect(text).not.toContain('nervous');
  const summaryPath = testInfo.outputPath('summary-locked.json');
  expect(await downloadFrom(page, sendCopy.saveJson, summaryPath)).toBe('summary-locked.json');
  await expectAccessibleInAllModes(page, 'send page with the locked summary');
  expect(page.url(), 'no client data in the address').toMatch(/\/prepare\/send$/);

  // The therapist opens the file with the key in their browser, and sees the answers.
  await therapist.goto('/for-therapists/open');
  await expect(therapist.getByText(openCopy.keyStored(1))).toBeVisible();
  await expectAccessibleInAllModes(therapist, 'open page');
  await therapist.getByLabel(openCopy.file).setInputFiles(summaryPath);
  await therapist.getByRole('button', { name: openCopy.open }).click();
  await expect(therapist.getByRole('heading', { level: 1 })).toHaveText(openCopy.resultTitle);
  const opened = therapist.getByRole('main');
  await expect(opened).toContainText('Sam');
  await expect(opened).toContainText('By video');
  await expect(opened).toContainText('I get nervous talking about this.');
  await expect(opened).not.toContainText('Married');
  // It speaks to the therapist, without the footer written for clients.
  await expect(therapist.getByRole('heading', { name: openedSectionNames.concerns })).toBeVisible();
  await expect(therapist.getByRole('contentinfo')).toBeHidden();
  await expectAccessibleInAllModes(therapist, 'opened summary');

  // Another computer without the key: a clear message, then the backup key file opens it.
  const otherContext = await newContext(browser, testInfo);
  const other = await otherContext.newPage();
  await other.goto('/for-therapists/open');
  await expect(other.getByText(openCopy.noKeyStored)).toBeVisible();
  await other.getByRole('textbox', { name: openCopy.paste }).fill(text);
  await other.getByRole('button', { name: openCopy.open }).click();
  await expect(other.getByRole('alert')).toContainText(openCopy.errors['no-key']);
  await other.getByLabel(openCopy.keyFile, { exact: true }).setInputFiles(keyPath);
  await other.getByRole('button', { name: openCopy.open }).click();
  await expect(other.getByRole('alert')).toContainText(openKeyCopy.errors['needs-passphrase']);
  await other.getByLabel(openKeyCopy.filePassphrase).fill(backupPassphrase);
  await other.getByRole('button', { name: openCopy.open }).click();
  await expect(other.getByRole('main')).toContainText('Sam');
  await otherContext.close();
  await therapistContext.close();
});

test('a link for one client: the builder keeps its form across a reload, the client sees their name, the therapist sees it with the date', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const therapistContext = await newContext(browser, testInfo);
  const therapist = await therapistContext.newPage();
  const client = 'A.B.';

  // The therapist starts a link for one client, then the page reloads half-way.
  await therapist.goto('/for-therapists');
  await therapist.getByRole('radio', { name: builderAudienceCopy.labels.one }).check();
  const clientField = therapist.getByRole('textbox', { name: builderAudienceCopy.client });
  await clientField.fill(client);
  await therapist.getByLabel(builderCopy.date).fill('2026-12-03');
  await fillBuilder(therapist, 'encrypted', [builderQuestions[0]!]);
  await therapist.reload();
  await expect(therapist.getByRole('textbox', { name: builderCopy.name })).toHaveValue(
    therapistName,
  );
  await expect(clientField).toHaveValue(client);
  await expect(therapist.getByLabel(builderCopy.date)).toHaveValue('2026-12-03');
  await expect(therapist.getByRole('textbox', { name: builderCopy.questionText })).toHaveValue(
    builderQuestions[0]!.text,
  );
  await expect(
    therapist.getByRole('radio', { name: builderCopy.returnLabels.encrypted }),
  ).toBeChecked();
  await expect(therapist.getByRole('status')).toHaveCount(0);
  await expectAccessibleInAllModes(therapist, 'builder for one client, after a reload');
  const link = await createLink(therapist);

  // The client sees the link was made for them, answers, and sends the summary locked.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    introCopy.preparedFor(therapistName),
  );
  await expect(page.getByText(clientLinkCopy.madeFor(therapistName, client))).toBeVisible();
  await expectAccessibleInAllModes(page, 'client view of a one-client link');
  await beginJourney(page);
  for (const step of ['concerns', 'details', 'relationship', 'health', 'goals'] as const) {
    await answerStep(page, step, clientProfile);
  }
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/7');
  await page.getByRole('textbox', { name: optional(builderQuestions[0]!.text) }).fill('Sam');
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/check');
  await page.getByRole('link', { name: checkCopy.continue }).click();
  await expect(page.getByText(clientLinkCopy.summaryFor(client))).toBeVisible();
  await page.getByRole('link', { name: resultsLinkCopy.sendButton(therapistName) }).click();
  await page.getByRole('button', { name: sendCopy.lock }).click();
  const summaryPath = testInfo.outputPath('summary-one-client.json');
  await downloadFrom(page, sendCopy.saveJson, summaryPath);

  // The therapist opens it and sees who it is from, and for which consultation.
  await therapist.goto('/for-therapists/open');
  await therapist.getByLabel(openCopy.file).setInputFiles(summaryPath);
  await therapist.getByRole('button', { name: openCopy.open }).click();
  await expect(therapist.getByRole('heading', { level: 1 })).toHaveText(openCopy.resultTitle);
  const top = therapist.locator('.summary-list').first();
  await expect(top).toContainText(keptCopy.client);
  await expect(top).toContainText(client);
  await expect(top).toContainText(keptCopy.consultation);
  await expect(top).toContainText('December 3, 2026');
  await expectAccessibleInAllModes(therapist, 'opened summary from one client');

  // In a new tab, the builder offers the last link, without this client's name or date.
  const fresh = await therapistContext.newPage();
  await fresh.goto('/for-therapists');
  const offer = fresh.getByRole('region', { name: builderKeptCopy.lastHeading });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: builderKeptCopy.use }).click();
  // The builder's own notice: the key panel below has a status line of its own.
  await expect(fresh.getByRole('status').filter({ hasText: builderKeptCopy.used })).toBeFocused();
  await expect(fresh.getByRole('textbox', { name: builderCopy.name })).toHaveValue(therapistName);
  await expect(fresh.getByRole('textbox', { name: builderAudienceCopy.client })).toHaveValue('');
  await expect(fresh.getByLabel(builderCopy.date)).toHaveValue('');
  await therapistContext.close();
});

test('a changed or cut-short summary gets a clear message', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const therapistContext = await newContext(browser, testInfo);
  const therapist = await therapistContext.newPage();
  await therapist.goto('/for-therapists');
  await fillBuilder(therapist, 'encrypted', []);
  const link = await createLink(therapist);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    introCopy.preparedFor(therapistName),
  );
  await beginJourney(page);
  for (const step of ['concerns', 'details', 'relationship', 'health', 'goals'] as const) {
    await answerStep(page, step, clientProfile);
  }
  await continueButton(page).click();
  await expect(page).toHaveURL('/prepare/check');
  await page.goto('/prepare/send');
  await page.getByRole('button', { name: sendCopy.lock }).click();
  const text = await page.getByRole('textbox', { name: sendCopy.textLabel }).inputValue();

  await therapist.goto('/for-therapists/open');
  const lines = text.split('\n');
  const body = lines.findIndex((line) => line.startsWith('-----BEGIN')) + 3;
  const flipped = lines.map((line, i) =>
    i === body ? line.slice(0, 10) + (line[10] === 'A' ? 'B' : 'A') + line.slice(11) : line,
  );
  const cases = [
    { name: 'changed', text: flipped.join('\n'), error: openCopy.errors.damaged },
    { name: 'cut short', text: text.slice(0, text.length / 2), error: openCopy.errors.damaged },
    { name: 'not a summary', text: 'hello', error: openCopy.errors['not-a-summary'] },
  ];
  for (const item of cases) {
    await therapist.getByRole('textbox', { name: openCopy.paste }).fill(item.text);
    await therapist.getByRole('button', { name: openCopy.open }).click();
    await expect(therapist.getByRole('alert'), item.name).toContainText(item.error);
  }
  await expectAccessibleInAllModes(therapist, 'open page with an error');
  await therapistContext.close();
});

test('a therapist keeps two clients’ summaries, finds them after a reload, prints, downloads and deletes', async ({
  page: therapist,
}, testInfo) => {
  test.setTimeout(180_000);
  await therapist.goto('/for-therapists');
  await fillBuilder(therapist, 'encrypted', []);
  const link = await createLink(therapist);

  // Two clients each lock a summary for the key in the link, as their own browsers would.
  const decoded = await decodeTherapistLink(link.split('#')[1]);
  const publicKey = decoded.ok ? decoded.link.publicKey : undefined;
  if (!publicKey) throw new Error('the link carries no key');
  const summary = (client: string | undefined, answer: string): SummaryPayload => ({
    format: SUMMARY_FORMAT,
    version: 1,
    therapistName,
    created: '2026-11-27',
    ...(client ? { client, consultation: '2026-12-09' } : {}),
    sections: [{ heading: sendCopy.sectionNames.goals, rows: [{ label: 'Goals', value: answer }] }],
  });
  const files = [
    { path: testInfo.outputPath('jordan.json'), payload: summary('Jordan', 'Feel closer again') },
    { path: testInfo.outputPath('second.json'), payload: summary(undefined, 'Less worry') },
  ];
  for (const file of files) {
    writeFileSync(file.path, envelopeToJson(await sealSummary(file.payload, publicKey)));
  }

  // The therapist opens each and keeps it in this browser.
  await therapist.goto('/for-therapists/open');
  for (const file of files) {
    await therapist.getByLabel(openCopy.file).setInputFiles(file.path);
    await therapist.getByRole('button', { name: openCopy.open }).click();
    await expect(therapist.getByRole('heading', { level: 1 })).toHaveText(openCopy.resultTitle);
    await expect(therapist.getByText(keptCopy.explain)).toBeVisible();
    await therapist.getByRole('button', { name: keptCopy.keep }).click();
    await expect(
      therapist.getByRole('status').filter({ hasText: keptCopy.keptNow(openCopy.another) }),
    ).toBeVisible();
    await therapist.getByRole('button', { name: openCopy.another }).click();
  }

  // After a reload both are listed, newest first, opened with the key in this browser.
  await therapist.reload();
  const list = therapist.getByRole('region', { name: keptCopy.listHeading });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText([keptCopy.unnamed(2), 'Jordan']);
  const jordan = list.getByRole('listitem').filter({ hasText: 'Jordan' });
  await expect(jordan).toContainText('December 9, 2026');
  await expect(list.getByRole('listitem').filter({ hasText: keptCopy.unnamed(2) })).toContainText(
    keptCopy.notGiven,
  );
  const stored = await therapist.evaluate(() =>
    localStorage.getItem('consult-prep.therapist-summaries'),
  );
  expect(stored, 'kept locked, never as plain text').not.toContain('Jordan');
  expect(stored).not.toContain('Feel closer again');
  await expectAccessibleInAllModes(therapist, 'open page with kept summaries');

  // One opened from the list prints the summary alone, without the page's controls.
  await jordan.getByRole('button', { name: `${keptCopy.open} Jordan` }).click();
  const opened = therapist.getByRole('main');
  await expect(opened).toContainText('Feel closer again');
  await therapist.emulateMedia({ media: 'print' });
  await expect(therapist.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(opened.getByText('Feel closer again')).toBeVisible();
  await expect(opened.getByText('Jordan')).toBeVisible();
  for (const control of [openCopy.print, keptCopy.download, keptCopy.remove, keptCopy.back]) {
    await expect(therapist.getByRole('button', { name: control }), control).toBeHidden();
  }
  await expect(therapist.locator('.site-header')).toBeHidden();
  await therapist.emulateMedia({ media: 'screen' });
  await expect(therapist.getByRole('button', { name: openCopy.print })).toBeVisible();

  // Downloaded as text under a neutral name.
  const textPath = testInfo.outputPath('kept.md');
  expect(await downloadFrom(therapist, keptCopy.download, textPath)).toBe(
    keptCopy.fileName('2026-11-27'),
  );
  expect(readFileSync(textPath, 'utf8')).toContain('- Goals: Feel closer again');
  await therapist.getByRole('button', { name: keptCopy.back }).click();

  // Deleting one asks first; the other stays, after a reload too.
  const second = list.getByRole('listitem').filter({ hasText: keptCopy.unnamed(2) });
  await second.getByRole('button', { name: `${keptCopy.remove} ${keptCopy.unnamed(2)}` }).click();
  const confirm = therapist.getByRole('group', { name: keptCopy.unnamed(2) });
  await expect(confirm).toBeFocused();
  await expectAccessibleInAllModes(therapist, 'open page, asking before a delete');
  await confirm.getByRole('button', { name: keptCopy.confirmYes }).click();
  await expect(list.getByRole('status')).toHaveText(keptCopy.removed(keptCopy.unnamed(2)));
  await therapist.reload();
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['Jordan']);
});

test('a link that cannot be read gets a kind page that goes on without it', async ({ page }) => {
  for (const [hash, reason] of [
    ['v1.not-a-real-link', linkErrorCopy.reasons.damaged],
    ['v9.AAAA', linkErrorCopy.reasons['unknown-version']],
    [`v1.${'A'.repeat(7000)}`, linkErrorCopy.reasons['too-long']],
  ] as const) {
    await page.goto(`/from#${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(linkErrorCopy.title);
    await expect(page.getByText(reason)).toBeVisible();
  }
  await expectAccessibleInAllModes(page, 'link error page');
  await page.getByRole('button', { name: linkErrorCopy.continue }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(startCopy.title);
});

test('a link with one changed character is damaged; pasted whole it opens; an old link asks to check', async ({
  page,
}) => {
  const link: TherapistLink = {
    name: therapistName,
    licences: [],
    states: ['CA'],
    aasect: false,
    practice: 'Harborlight Counseling',
    website: 'https://harborlight.example.org',
    sections: [],
    questions: [],
    returnMode: 'bring',
  };
  const encoded = await encodeTherapistLink(link);
  if (!encoded.ok) throw new Error(encoded.error);
  const code = encoded.code;
  const at = Math.floor(code.length / 2);
  await page.goto(`/from#${code.slice(0, at)}${code[at] === 'y' ? 'x' : 'y'}${code.slice(at + 1)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(linkErrorCopy.title);
  await expect(page.getByText(linkErrorCopy.reasons.damaged)).toBeVisible();

  // Pasting a wrong link names the problem at the field, with the page's error summary.
  const field = page.getByRole('textbox', { name: linkPasteCopy.label });
  await field.fill('Link: https://example.org/from');
  await page.getByRole('button', { name: linkPasteCopy.submit }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText(linkPasteCopy.errors.damaged);
  await expectAccessibleInAllModes(page, 'link error page, pasted link refused');

  // The whole link, pasted from a quoted reply that broke it over lines, opens.
  const address = new URL(`/from#${code}`, page.url()).href;
  const lines = ['Here is the link:', ...(address.match(/.{1,45}/g) ?? [])];
  await field.fill(`${lines.map((line) => `> ${line}`).join('\n')}.`);
  await page.getByRole('button', { name: linkPasteCopy.submit }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(introCopy.preparedFor(therapistName));
  await expect(heading).toBeFocused();
  await expect(page.getByText(introCopy.integrity)).toBeVisible();
  await expect(page.getByText('harborlight.example.org', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/from$/);

  // A link made before the check still opens, and asks the client to check the details.
  const json = new TextEncoder().encode(JSON.stringify({ ...link, name: 'Sam Rivera' }));
  await page.goto(`/from#v1.${bytesToBase64url(await deflate(json))}`);
  await expect(heading).toHaveText(introCopy.preparedFor('Sam Rivera'));
  await expect(page.getByText(introCopy.legacy('Sam Rivera'))).toBeVisible();
  await expect(page.getByText(introCopy.honesty('Sam Rivera'))).toBeVisible();
  await expectAccessibleInAllModes(page, 'client view of an older link');
});

test('therapist text is shown as text, never run as code', async ({ page, browser }, testInfo) => {
  const therapistContext = await newContext(browser, testInfo);
  const therapist = await therapistContext.newPage();
  await therapist.goto('/for-therapists');
  const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  await fillBuilder(therapist, 'bring', [{ text: attack, kind: 'yes-no' }]);
  await therapist.getByRole('textbox', { name: builderCopy.name }).fill(`Dr. ${attack}`);
  await therapist.getByRole('textbox', { name: builderCopy.practice }).fill(attack);
  await therapist.getByRole('textbox', { name: builderCopy.welcome }).fill(attack);
  const link = await createLink(therapist);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    introCopy.preparedFor(`Dr. ${attack}`),
  );
  await expect(page.getByText(attack, { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img, main script').count()).toBe(0);
  await therapistContext.close();
});
