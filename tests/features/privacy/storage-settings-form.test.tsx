import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storageFormCopy, storageModeCopy } from '../../../src/content/en/privacy.ts';
import { SETTINGS_KEY, STATE_KEY } from '../../../src/storage/storage-backend.ts';
import { bootApp } from '../../support/boot-app.tsx';
import { expectFocus } from '../../support/focus.ts';

describe('choosing how answers are kept', () => {
  it('starts on "this tab only", the safe default', async () => {
    await bootApp('/privacy');
    expect(await screen.findByRole('radio', { name: storageModeCopy.session.label })).toBeChecked();
  });

  it('checks the days and the passphrase, and points to each problem', async () => {
    const app = await bootApp('/privacy');
    await app.user.click(await screen.findByRole('radio', { name: storageModeCopy.device.label }));
    const days = screen.getByLabelText(storageFormCopy.daysLabel, { exact: false });
    await app.user.clear(days);
    await app.user.type(days, '0');
    await app.user.click(screen.getByRole('checkbox', { name: storageFormCopy.lockLabel }));
    await app.user.type(screen.getByLabelText(storageFormCopy.passphraseLabel), 'short');
    await app.user.click(screen.getByRole('button', { name: storageFormCopy.save }));

    const summary = await screen.findByRole('alert');
    await expectFocus(summary);
    expect(within(summary).getByRole('link', { name: storageFormCopy.daysError })).toBeVisible();
    expect(
      within(summary).getByRole('link', { name: storageFormCopy.passphraseError }),
    ).toBeVisible();
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('refuses two different passphrases', async () => {
    const app = await bootApp('/privacy');
    await app.user.click(await screen.findByRole('radio', { name: storageModeCopy.device.label }));
    await app.user.click(screen.getByRole('checkbox', { name: storageFormCopy.lockLabel }));
    await app.user.type(screen.getByLabelText(storageFormCopy.passphraseLabel), 'long enough one');
    await app.user.type(screen.getByLabelText(storageFormCopy.confirmLabel), 'long enough two');
    await app.user.click(screen.getByRole('button', { name: storageFormCopy.save }));
    expect(await screen.findByRole('alert')).toHaveTextContent(storageFormCopy.confirmError);
  });

  it('saves on this device with a lock, and says so', async () => {
    const app = await bootApp('/privacy');
    await app.user.click(await screen.findByRole('radio', { name: storageModeCopy.device.label }));
    const days = screen.getByLabelText(storageFormCopy.daysLabel, { exact: false });
    await app.user.clear(days);
    await app.user.type(days, '30');
    await app.user.click(screen.getByRole('checkbox', { name: storageFormCopy.lockLabel }));
    await app.user.type(screen.getByLabelText(storageFormCopy.passphraseLabel), 'long enough');
    await app.user.type(screen.getByLabelText(storageFormCopy.confirmLabel), 'long enough');
    await app.user.click(screen.getByRole('button', { name: storageFormCopy.save }));

    expect(await screen.findByText(/^Saved\./, {}, { timeout: 5000 })).toHaveTextContent(
      storageFormCopy.locked,
    );
    expect(app.useStorageSettings.getState().status).toMatchObject({
      mode: 'device',
      forgetAfterDays: 30,
      locked: true,
    });
    expect(localStorage.getItem(STATE_KEY)).toContain('consult-prep.sealed');
  });

  it('is on the start page too', async () => {
    const app = await bootApp('/');
    await app.user.click(await screen.findByText(storageFormCopy.change));
    // The form's code loads as the fold opens.
    await app.user.click(await screen.findByRole('radio', { name: storageModeCopy.none.label }));
    await app.user.click(screen.getByRole('button', { name: storageFormCopy.save }));
    expect(await screen.findByText(/^Saved\./)).toHaveTextContent(storageModeCopy.none.short);
    expect(app.useStorageSettings.getState().status).toEqual({ mode: 'none' });
  });
});
