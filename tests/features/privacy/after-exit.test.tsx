import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageTitle } from '../../../src/content/en/app.ts';
import { storageFormCopy } from '../../../src/content/en/privacy.ts';
import { unlockCopy } from '../../../src/content/en/privacy-pages.ts';
import { startCopy } from '../../../src/content/en/start.ts';
import { deleteCopy } from '../../../src/content/en/privacy-pages.ts';
import { markOpensAtStart, VIEW_KEY } from '../../../src/storage/exit-mark.ts';
import { serializeState } from '../../../src/storage/persisted-state.ts';
import { createLock, sealText } from '../../../src/storage/sealed-state.ts';
import { SETTINGS_KEY, STATE_KEY } from '../../../src/storage/storage-backend.ts';
import { deviceSettings } from '../../../src/storage/storage-settings.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import { stepIds } from '../../../src/questionnaire/steps.ts';
import { loadFresh } from '../../support/load-fresh.ts';
import { bootApp } from '../../support/boot-app.tsx';

// After a quick exit with answers saved on this device, the next visit opens at the start
// page with the answers closed, whatever address it opens, until "Continue where you left off".

const MARKER = 'Pelican3318';
const PASSPHRASE = 'a kettle by the window';
const answers = {
  ...emptyAnswers(),
  who: 'individual' as const,
  concerns: ['low-desire' as const],
  otherConcern: MARKER,
};
const saved = serializeState({ ageConfirmed: true, answered: [...stepIds], answers });

async function savedThenExited(locked = false) {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(7, locked, Date.now())));
  const lock = locked ? await createLock(PASSPHRASE, 1000) : null;
  localStorage.setItem(STATE_KEY, lock ? await sealText(saved, lock) : saved);
  markOpensAtStart(localStorage);
}

const startHeading = () => screen.findByRole('heading', { level: 1, name: startCopy.title });
const continueButton = () => screen.getByRole('button', { name: startCopy.saved.continue });

/** Nothing of the answers anywhere on the page: not the person's words, nor a concern. */
function expectNoAnswers() {
  const text = `${document.title} ${document.body.innerHTML}`;
  expect(text).not.toContain(MARKER);
  expect(text).not.toMatch(/desire/i);
  expect(screen.queryByRole('radio', { checked: true })).toBeNull();
  expect(screen.queryByRole('checkbox', { checked: true })).toBeNull();
}

beforeEach(() => {
  // jsdom says so on the console when a test leaves for another site; not needed here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('after a quick exit, with answers saved on this device', () => {
  it.each([
    '/',
    '/prepare/check',
    '/prepare/check/',
    '/prepare/summary',
    '/prepare/2',
    '/results',
    '/together/compare',
    '/prepare/send',
    '/continue',
  ])('%s opens the start page, with the answers closed', async (path) => {
    await savedThenExited();
    const app = await bootApp(path);
    await startHeading();
    expect(document.title).toBe(pageTitle('Start'));
    expect(continueButton()).toBeVisible();
    // Only open or delete: starting afresh or changing storage would overwrite the saved copy.
    expect(screen.queryByRole('button', { name: startCopy.startButton })).toBeNull();
    expect(screen.queryByText(storageFormCopy.change)).toBeNull();
    expectNoAnswers();
    expect(app.useAnswersStore.getState().ageConfirmed).toBe(false);
    expect(localStorage.getItem(STATE_KEY)).toBe(saved);
  });

  it('opens the answers, where the person left off, only with "Continue where you left off"', async () => {
    await savedThenExited();
    const app = await bootApp('/prepare/check');
    await startHeading();
    await app.user.click(continueButton());
    expect(await screen.findByText(new RegExp(MARKER))).toBeVisible();
    expect(app.useAnswersStore.getState().answers.otherConcern).toBe(MARKER);
    // Open again: the next visit shows them as before the exit.
    expect(localStorage.getItem(VIEW_KEY)).toBeNull();
    app.unmount();
    await bootApp('/prepare/check');
    expect(await screen.findByText(new RegExp(MARKER))).toBeVisible();
  });

  it('asks for the passphrase only after "Continue where you left off", when locked', async () => {
    await savedThenExited(true);
    const app = await bootApp('/prepare/summary');
    await startHeading();
    expect(screen.queryByLabelText(unlockCopy.label)).toBeNull();
    expect(screen.getByText(startCopy.saved.locked)).toBeVisible();
    expectNoAnswers();

    await app.user.click(continueButton());
    expect(await screen.findByRole('heading', { level: 1, name: unlockCopy.title })).toBeVisible();
    expectNoAnswers();
    await app.user.type(screen.getByLabelText(unlockCopy.label), PASSPHRASE);
    await app.user.click(screen.getByRole('button', { name: unlockCopy.button }));
    expect(await screen.findByText(new RegExp(MARKER))).toBeVisible();
    expect(localStorage.getItem(VIEW_KEY)).toBeNull();
  });

  it.each([
    ['/help', /help/i],
    ['/staying-safe', /safe/i],
    ['/delete', new RegExp(deleteCopy.title)],
  ])('%s still opens, with nothing of the answers', async (path, heading) => {
    await savedThenExited();
    await bootApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
    expectNoAnswers();
  });

  it('the Privacy page opens, but changing storage waits until the answers are open', async () => {
    await savedThenExited();
    await bootApp('/privacy');
    expect(await screen.findByText(storageFormCopy.closed)).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByRole('link', { name: storageFormCopy.closedLink })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('"Delete them and start again" deletes everything, the mark too', async () => {
    await savedThenExited();
    const app = await bootApp('/');
    await startHeading();
    await app.user.click(screen.getByRole('link', { name: startCopy.saved.startAgain }));
    await app.user.click(await screen.findByRole('button', { name: deleteCopy.confirm }));
    await screen.findByRole('heading', { level: 1, name: deleteCopy.doneTitle });
    expect(localStorage.length + sessionStorage.length).toBe(0);
    await app.user.click(screen.getByRole('link', { name: deleteCopy.doneStart }));
    await startHeading();
    expect(screen.getByRole('button', { name: startCopy.startButton })).toBeVisible();
    expect(screen.queryByRole('button', { name: startCopy.saved.continue })).toBeNull();
  });

  it('holds after a real exit from a page, and not after one in "this tab only"', async () => {
    const first = await loadFresh();
    await first.useStorageSettings
      .getState()
      .applyChoice({ mode: 'device', forgetAfterDays: 3, lock: 'none' });
    first.useAnswersStore.getState().start('individual');
    first.useAnswersStore.getState().saveStep('concerns', { otherConcern: MARKER });
    first.wipeForExit();
    const app = await bootApp('/prepare/1');
    await startHeading();
    expectNoAnswers();
    await app.user.click(continueButton());
    await waitFor(() => expect(app.useAnswersStore.getState().answers.otherConcern).toBe(MARKER));
    app.unmount();

    localStorage.clear();
    const tabOnly = await loadFresh();
    tabOnly.useAnswersStore.getState().start('individual');
    tabOnly.wipeForExit();
    await bootApp('/prepare/1');
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByRole('button', { name: startCopy.saved.continue })).toBeNull();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
