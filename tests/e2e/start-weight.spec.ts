import type { Page } from '@playwright/test';
import { storageNoticeCopy } from '../../src/content/en/privacy-notices.ts';
import { startCopy } from '../../src/content/en/start.ts';
import { STATE_KEY } from '../../src/storage/storage-backend.ts';
import { expect, test } from './support/fixtures.ts';
import {
  answerStep,
  beginJourney,
  expectStepRestored,
  stepPath,
  typicalProfile,
} from './support/journey.ts';
import { recordNetwork } from './support/network-recorder.ts';

// The zod readers of stored state load only when something is kept (src/storage/
// stored-readers.ts). A first visit does without them; a returning one has them before the app
// reads what it kept; and if they cannot arrive, nothing kept is touched.

const notOpened = storageNoticeCopy['not-opened'];
const readersChunk = /\/assets\/readers-[\w-]+\.js$/;
const noticesChunk = /\/assets\/notices-[\w-]+\.js$/;
const fetchedReaders = (urls: string[]) => urls.filter((url) => readersChunk.test(url));
const startButton = (page: Page) =>
  page.getByRole('button', { name: startCopy.startButton, exact: true });
const savedState = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), STATE_KEY);

test('a first visit does not fetch the stored-state readers; a reload with answers does', async ({
  page,
  context,
}) => {
  const record = await recordNetwork(context);
  await page.goto('/');
  await expect(startButton(page)).toBeEnabled();
  const urls = () => record.requests.map((request) => request.url);
  expect(
    urls().some((url) => url.endsWith('.js')),
    'the recorder saw the scripts',
  ).toBe(true);
  expect(fetchedReaders(urls())).toEqual([]);
  // Nor the notices about saved things that could not be read: there is nothing to say.
  expect(urls().filter((url) => noticesChunk.test(url))).toEqual([]);

  await beginJourney(page);
  await answerStep(page, 'concerns', typicalProfile);
  const before = record.requests.length;
  await page.goto(stepPath('concerns'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectStepRestored(page, 'concerns', typicalProfile);
  expect(fetchedReaders(urls().slice(before))).toHaveLength(1);
});

test.describe('when the readers cannot arrive', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('the app opens fresh, keeps what is stored, and has it back once they can', async ({
    page,
  }) => {
    await beginJourney(page);
    await answerStep(page, 'concerns', typicalProfile);
    const kept = await savedState(page);
    expect(kept).toContain('low-desire');

    await page.route(readersChunk, (route) => route.abort());
    await page.goto('/');
    await expect(startButton(page)).toBeEnabled();
    await expect(page.getByRole('status').filter({ hasText: notOpened })).toBeVisible();
    expect(await savedState(page)).toBe(kept);

    await page.unroute(readersChunk);
    await page.goto(stepPath('concerns'));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectStepRestored(page, 'concerns', typicalProfile);
  });
});
