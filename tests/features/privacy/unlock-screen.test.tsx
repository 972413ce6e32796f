import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unlockCopy } from '../../../src/content/en/privacy-pages.ts';
import { serializeState } from '../../../src/storage/persisted-state.ts';
import { createLock, sealText } from '../../../src/storage/sealed-state.ts';
import { SETTINGS_KEY, STATE_KEY } from '../../../src/storage/storage-backend.ts';
import { deviceSettings } from '../../../src/storage/storage-settings.ts';
import { emptyAnswers } from '../../../src/questionnaire/answers.ts';
import { bootApp } from '../../support/boot-app.tsx';

const PASSPHRASE = 'a kettle by the window';

async function lockAnswers() {
  const lock = await createLock(PASSPHRASE, 1000);
  const state = serializeState({
    ageConfirmed: true,
    answered: ['concerns'],
    answers: { ...emptyAnswers(), concerns: ['shame'], otherConcern: 'my own words' },
  });
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(deviceSettings(7, true, Date.now())));
  localStorage.setItem(STATE_KEY, await sealText(state, lock));
}

describe('the unlock screen', () => {
  it('shows before any page, and opens the answers with the right passphrase', async () => {
    await lockAnswers();
    const app = await bootApp('/prepare/1');
    expect(await screen.findByRole('heading', { level: 1, name: unlockCopy.title })).toBeVisible();
    expect(app.useAnswersStore.getState().ageConfirmed).toBe(false);

    // Pasting is allowed: the field takes pasted text like typed text.
    await app.user.click(screen.getByLabelText(unlockCopy.label));
    await app.user.paste(PASSPHRASE);
    await app.user.click(screen.getByRole('button', { name: unlockCopy.button }));

    expect(await screen.findByRole('checkbox', { name: /shame/i })).toBeChecked();
    expect(screen.queryByRole('heading', { name: unlockCopy.title })).toBeNull();
    expect(app.useAnswersStore.getState().answers.otherConcern).toBe('my own words');
  });

  it('says kindly when the passphrase is wrong, and lets the person try again', async () => {
    await lockAnswers();
    const app = await bootApp('/');
    await app.user.type(await screen.findByLabelText(unlockCopy.label), 'not the one');
    await app.user.click(screen.getByRole('button', { name: unlockCopy.button }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(unlockCopy.wrong);
    expect(screen.getByLabelText(unlockCopy.label)).toHaveAttribute('aria-invalid', 'true');
    expect(app.useStorageSettings.getState().pendingUnlock).not.toBeNull();
  });

  it('asks for a passphrase before trying', async () => {
    await lockAnswers();
    const app = await bootApp('/');
    await app.user.click(await screen.findByRole('button', { name: unlockCopy.button }));
    expect(await screen.findByRole('alert')).toHaveTextContent(unlockCopy.empty);
  });

  it('offers a way out: forget these answers, after a confirmation', async () => {
    await lockAnswers();
    const app = await bootApp('/');
    await app.user.click(await screen.findByRole('button', { name: unlockCopy.forget }));
    await app.user.click(screen.getByRole('button', { name: unlockCopy.forgetConfirm }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeVisible();
    expect(localStorage.length).toBe(0);
    expect(app.useStorageSettings.getState().status).toEqual({ mode: 'session' });
  });
});
