import { readFile } from 'node:fs/promises';
import type { Browser, Page, TestInfo } from '@playwright/test';
import {
  builderCopy,
  introCopy,
  keptCopy,
  keyBackupCopy,
  keyListCopy,
  openCopy,
  openKeyCopy,
  resultsLinkCopy,
  sendCopy,
} from '../../src/content/en/therapist.ts';
import { checkCopy } from '../../src/content/en/check.ts';
import { shortKeyId } from '../../src/features/therapist/key-backup.ts';
import { decodeTherapistLink } from '../../src/questionnaire/therapist-link.ts';
import { expect, test } from './support/fixtures.ts';
import { answerStep, beginJourney } from './support/journey.ts';
import {
  clientProfile,
  continueButton,
  createLink,
  fillBuilder,
  newContext,
  therapistName,
} from './therapist-support.ts';

// A practice over time: two keys in one browser, a link and a client for each, the kept
// summaries, and another computer that has only the protected backup of the newer key.

const passphrase = 'harbour lantern quiet orchard';
const concern = 'Low or lost desire for sex';

async function download(page: Page, button: string, savePath: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await file.saveAs(savePath);
  return file.suggestedFilename();
}

/** Downloads a protected backup of the key chosen by default (the newest); returns its file. */
async function backUpKey(
  page: Page,
  savePath: string,
): Promise<{ kid: string; publicKey: object }> {
  await page.getByLabel(keyBackupCopy.passphrase, { exact: true }).fill(passphrase);
  await page.getByLabel(keyBackupCopy.confirm, { exact: true }).fill(passphrase);
  const name = await download(page, keyBackupCopy.download, savePath);
  await expect(page.getByText(keyBackupCopy.downloaded(name))).toBeVisible();
  const file = JSON.parse(await readFile(savePath, 'utf8'));
  expect(name).toBe(keyBackupCopy.backupFileName(shortKeyId(file.kid)));
  return file;
}

/** A client on their own computer answers quickly and saves the locked summary. */
async function clientSends(browser: Browser, testInfo: TestInfo, link: string, savePath: string) {
  const context = await newContext(browser, testInfo);
  const page = await context.newPage();
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
  await page.getByRole('link', { name: checkCopy.continue }).click();
  await page.getByRole('link', { name: resultsLinkCopy.sendButton(therapistName) }).click();
  await expect(page).toHaveURL('/prepare/send');
  await page.getByRole('button', { name: sendCopy.lock }).click();
  await download(page, sendCopy.saveJson, savePath);
  await context.close();
  return JSON.parse(await readFile(savePath, 'utf8')) as { kid: string };
}

test('two keys in one practice: each summary opens with its key, is kept, and a backup opens only its own', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const therapistContext = await newContext(browser, testInfo);
  const therapist = await therapistContext.newPage();

  // Link 1 and a protected backup of key 1.
  await therapist.goto('/for-therapists');
  await fillBuilder(therapist, 'encrypted', []);
  const link1 = await createLink(therapist);
  const key1 = await backUpKey(therapist, testInfo.outputPath('key-1.json'));

  // A new key, then link 2 with it, and a protected backup of key 2.
  await therapist.locator('summary', { hasText: keyListCopy.newHeading }).click();
  await therapist.getByRole('button', { name: keyListCopy.newStart }).click();
  await therapist.getByRole('button', { name: keyListCopy.confirm }).click();
  const keys = therapist.getByRole('list', { name: keyListCopy.heading }).getByRole('listitem');
  await expect(keys).toHaveCount(2);
  await therapist.getByRole('button', { name: keyListCopy.confirm }).waitFor({ state: 'detached' });
  const key2Short = (await keys.first().innerText()).match(/Key ID: ([0-9a-f]{8})/)?.[1];
  expect(key2Short).toBeTruthy();
  await expect(therapist.getByText(keyListCopy.madeNew(key2Short!))).toBeVisible();
  expect(key2Short).not.toBe(shortKeyId(key1.kid));
  await therapist.getByRole('button', { name: builderCopy.update }).click();
  const field = therapist.getByRole('textbox', { name: builderCopy.linkLabel });
  await expect(field).not.toHaveValue(link1);
  const link2 = await field.inputValue();
  expect(link2).not.toBe(link1);
  const key2Path = testInfo.outputPath('key-2.json');
  const key2 = await backUpKey(therapist, key2Path);
  expect(shortKeyId(key2.kid)).toBe(key2Short);
  const decoded = await decodeTherapistLink(link2.split('#')[1]!);
  expect(decoded.ok && decoded.link.publicKey, 'link 2 carries key 2').toEqual(key2.publicKey);

  // Two clients, on their own computers, each answer one link.
  const summaryA = testInfo.outputPath('client-a.json');
  const summaryB = testInfo.outputPath('client-b.json');
  expect((await clientSends(browser, testInfo, link1, summaryA)).kid).toBe(key1.kid);
  expect((await clientSends(browser, testInfo, link2, summaryB)).kid).toBe(key2.kid);

  // The therapist opens both with the keys in this browser, and keeps them.
  await therapist.goto('/for-therapists/open');
  await expect(therapist.getByText(openCopy.keyStored(2))).toBeVisible();
  for (const file of [summaryA, summaryB]) {
    await therapist.getByLabel(openCopy.file).setInputFiles(file);
    await therapist.getByRole('button', { name: openCopy.open, exact: true }).click();
    await expect(therapist.getByRole('heading', { level: 1 })).toHaveText(openCopy.resultTitle);
    await expect(therapist.getByRole('main')).toContainText(concern);
    await therapist.getByRole('button', { name: keptCopy.keep }).click();
    await expect(
      therapist.getByRole('status').filter({ hasText: keptCopy.keptNow(openCopy.another) }),
    ).toBeVisible();
    await therapist.getByRole('button', { name: openCopy.another }).click();
  }
  await therapist.reload();
  const list = therapist.getByRole('region', { name: keptCopy.listHeading });
  const names = [keptCopy.unnamed(2), keptCopy.unnamed(1)];
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(names);
  await list.getByRole('button', { name: `${keptCopy.remove} ${names[0]}` }).click();
  const confirm = therapist.getByRole('group', { name: names[0] });
  await confirm.getByRole('button', { name: keptCopy.confirmYes }).click();
  await expect(list.getByRole('status')).toHaveText(keptCopy.removed(names[0]!));
  await therapist.reload();
  await expect(list.getByRole('heading', { level: 3 })).toHaveText([names[1]!]);
  await therapistContext.close();

  // Another computer with only key 2's protected backup.
  const otherContext = await newContext(browser, testInfo);
  const other = await otherContext.newPage();
  await other.goto('/for-therapists/open');
  await expect(other.getByText(openCopy.noKeyStored)).toBeVisible();
  await other.getByLabel(openCopy.file).setInputFiles(summaryB);
  await other.getByLabel(openCopy.keyFile, { exact: true }).setInputFiles(key2Path);
  await other.getByRole('button', { name: openCopy.open, exact: true }).click();
  await expect(other.getByRole('alert')).toContainText(openKeyCopy.errors['needs-passphrase']);
  await other.getByLabel(openKeyCopy.filePassphrase).fill(passphrase);
  await other.getByRole('button', { name: openCopy.open, exact: true }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(openCopy.resultTitle);
  await expect(other.getByRole('main')).toContainText(concern);

  // Client A's summary needs key 1: the page names it.
  await other.getByRole('button', { name: openCopy.another }).click();
  await other.getByLabel(openCopy.file).setInputFiles(summaryA);
  await other.getByLabel(openCopy.keyFile, { exact: true }).setInputFiles(key2Path);
  await other.getByLabel(openKeyCopy.filePassphrase).fill(passphrase);
  await other.getByRole('button', { name: openCopy.open, exact: true }).click();
  await expect(other.getByRole('alert')).toContainText(
    openKeyCopy.errors['other-key-file'](shortKeyId(key2.kid), shortKeyId(key1.kid)),
  );
  await otherContext.close();
});
