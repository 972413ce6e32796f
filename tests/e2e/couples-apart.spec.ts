import { compareCopy, importCopy, replyCopy, shareCopy } from '../../src/content/en/couples.ts';
import { planCopy } from '../../src/content/en/plan.ts';
import { concernCopy, sharedConcernLabel } from '../../src/content/en/concerns.ts';
import { expectAccessibleInAllModes } from './support/axe.ts';
import { test } from './support/fixtures.ts';
import { readQrCode } from './support/qr.ts';
import type { JourneyProfile } from './support/journey.ts';
import { expect, apartToCode, type PartnerPlan } from './couples-journey.ts';

const alexProfile: JourneyProfile = {
  concerns: ['desire-discrepancy', 'communication', 'shame'],
  primary: 'desire-discrepancy',
  relationship: 'married',
  partnerTakingPart: 'yes',
  relationshipLength: '5-to-15-years',
  feelsUnsafe: 'no',
  health: 'none',
  goals: ['feel-closer'],
};
const samProfile: JourneyProfile = {
  concerns: ['communication', 'reconnection'],
  primary: 'communication',
  relationship: 'married',
  partnerTakingPart: 'yes',
  relationshipLength: '5-to-15-years',
  feelsUnsafe: 'no',
  health: 'skip',
  goals: ['feel-closer', 'more-pleasure'],
};
const alex: PartnerPlan = { name: 'Alex', profile: alexProfile, privateConcerns: ['shame'] };
const sam: PartnerPlan = { name: 'Sam', profile: samProfile };
const privateLabel = concernCopy.shame.label;
const PASSPHRASE = 'blue kettle 42';

test.describe.configure({ timeout: 240_000 });

test('apart, on two devices: A’s code opened by B shows what they share', async ({
  page: alexPage,
  browser,
}) => {
  const samPage = await (await browser.newContext()).newPage();
  const alexCode = await apartToCode(alexPage, alex, PASSPHRASE, (name) =>
    expectAccessibleInAllModes(alexPage, name),
  );
  const qr = alexPage.getByRole('img', { name: shareCopy.qrAlt });
  await expect(qr).toBeVisible();
  expect(await readQrCode(qr), 'the QR code holds the code itself').toBe(alexCode);
  await expectAccessibleInAllModes(alexPage, 'partner code made');
  const samCode = await apartToCode(samPage, sam);

  await samPage.getByRole('link', { name: shareCopy.next }).click();
  await expect(samPage).toHaveURL('/apart/enter');
  await expectAccessibleInAllModes(samPage, 'enter a code');
  const codeBox = samPage.getByRole('textbox', { name: importCopy.code });
  const passphrase = samPage.getByLabel(importCopy.passphrase, { exact: true });
  const submit = samPage.getByRole('button', { name: importCopy.submit });
  const expectError = async (message: string) => {
    await expect(samPage.getByRole('alert')).toContainText(message);
    await expect(samPage).toHaveURL('/apart/enter');
  };

  // Each problem has its own message, and what was typed stays.
  await codeBox.fill(samCode);
  await submit.click();
  await expectError(importCopy.errors['own-code']);
  await codeBox.fill(alexCode.slice(0, -12));
  await submit.click();
  await expectError(importCopy.errors.damaged);
  await expect(codeBox).toHaveValue(alexCode.slice(0, -12));
  await expectAccessibleInAllModes(samPage, 'enter a code, error');
  await codeBox.fill(alexCode.replace('CP2S-', 'CP9S-'));
  await submit.click();
  await expectError(importCopy.errors['other-version']);
  // A code wrapped over lines by a messaging app still works.
  await codeBox.fill(`${alexCode.slice(0, 40)}\n${alexCode.slice(40)}`);
  await submit.click();
  await expectError(importCopy.errors['needs-passphrase']);
  await passphrase.fill('blue kettle 24');
  await submit.click();
  await expectError(importCopy.errors['wrong-passphrase']);
  await expect(passphrase).toHaveValue('blue kettle 24');
  await passphrase.fill(PASSPHRASE);
  await submit.click();

  // Next come the reply codes; without them, the shared view has what each shared openly.
  await expect(samPage).toHaveURL('/apart/reply');
  await samPage.getByRole('link', { name: replyCopy.skip, exact: true }).click();
  await expect(samPage).toHaveURL('/apart/compare');
  const main = samPage.locator('main');
  await expect(main.getByRole('heading', { level: 1, name: compareCopy.heading })).toBeVisible();
  await expect(main.getByText(sharedConcernLabel('communication')).first()).toBeVisible();
  await expect(main).toContainText('Alex');
  await expect(main).not.toContainText(privateLabel);
  await expectAccessibleInAllModes(samPage, 'comparison, apart');

  // Alex opens Sam's code in turn, pasted from a quoted email reply that wrapped it over lines
  // and added a label, a zero-width space and a full stop; Sam's own answers were never lost.
  const lines = ['Here is my code:', ...(samCode.match(/.{1,40}/g) ?? [])];
  const quotedReply = `${lines.map((line) => `> ${line}`).join('\n')}.`.replace('CP', 'C\u200BP');
  await alexPage.getByRole('link', { name: shareCopy.next }).click();
  await alexPage.getByRole('textbox', { name: importCopy.code }).fill(quotedReply);
  await alexPage.getByRole('button', { name: importCopy.submit }).click();
  await expect(alexPage).toHaveURL('/apart/reply');
  await alexPage.getByRole('link', { name: replyCopy.skip, exact: true }).click();
  await expect(alexPage).toHaveURL('/apart/compare');
  await expect(alexPage.locator('main')).toContainText('Sam');
  // Alex's own device still holds Alex's private topic, in Alex's own summary only.
  await expect(alexPage.locator('main')).not.toContainText(privateLabel);
  await alexPage.getByRole('link', { name: compareCopy.ownView }).click();
  await expect(alexPage.getByRole('region', { name: planCopy.bringHeading })).toContainText(
    privateLabel,
  );
});

test('passphrase fields take a paste and tell password managers what they are for', async ({
  page,
}) => {
  await apartToCode(page, alex, PASSPHRASE);
  const made = page.getByLabel(shareCopy.passphrase, { exact: true });
  await expect(made).toHaveAttribute('type', 'password');
  await expect(made).toHaveAttribute('autocomplete', 'new-password');
  await expect(made).not.toHaveAttribute('onpaste', /.*/);
  await page.getByRole('link', { name: shareCopy.next }).click();
  const entered = page.getByLabel(importCopy.passphrase, { exact: true });
  await expect(entered).toHaveAttribute('type', 'password');
  await expect(entered).toHaveAttribute('autocomplete', 'current-password');
  await entered.focus();
  // Nothing cancels a paste: the event goes through, then the text lands as a paste would.
  const pasteAllowed = await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    return document.activeElement?.dispatchEvent(event) ?? false;
  }, PASSPHRASE);
  expect(pasteAllowed).toBe(true);
  await page.keyboard.insertText(PASSPHRASE);
  await expect(entered).toHaveValue(PASSPHRASE);
});
