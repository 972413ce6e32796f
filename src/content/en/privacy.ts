import { PASSPHRASE_MIN, type StorageMode } from '../../storage/storage-settings.ts';

export const storageModeCopy: Record<StorageMode, { label: string; hint: string; short: string }> =
  {
    session: {
      label: 'Keep them in this tab only',
      hint: 'Your answers are forgotten when you close this tab. This is the safest choice on a shared device.',
      short: 'Your answers are kept in this tab only. They are forgotten when you close it.',
    },
    device: {
      label: 'Save them on this device',
      hint: 'You can close the browser and come back later. Anyone who uses this device and browser could see them, unless you lock them with a passphrase.',
      short: 'Your answers are saved on this device.',
    },
    none: {
      label: 'Don’t save them at all',
      hint: 'Nothing is written to this device. If you reload or close this page, your answers are gone.',
      short: 'Your answers are not saved. Reloading or closing this page loses them.',
    },
  };

export const storageFormCopy = {
  heading: 'How to keep your answers',
  change: 'Change how your answers are kept',
  legend: 'Where should we keep your answers?',
  hint: 'You can change this at any time on the Privacy page.',
  daysLabel: 'Forget my answers if I don’t come back for this many days',
  daysHint: 'Enter a number from 1 to 365.',
  daysError: 'Enter a number of days from 1 to 365',
  lockLabel: 'Lock my answers with a passphrase',
  lockHint:
    'Then no one can read them without it. We never store your passphrase, so we cannot help you get it back.',
  keepLockLabel: 'Keep my current passphrase',
  passphraseLabel: 'Passphrase',
  passphraseHint: `At least ${PASSPHRASE_MIN} characters. A few words you will remember work well. You can paste it in.`,
  passphraseError: `Enter a passphrase of at least ${PASSPHRASE_MIN} characters`,
  confirmLabel: 'Type the passphrase again',
  confirmError: 'The two passphrases are not the same',
  showPassphrase: 'Show passphrase',
  save: 'Save this choice',
  saving: 'Saving…',
  saved: 'Saved.',
  deviceUnavailable:
    'This browser does not let us save on this device, so your answers stay in this tab only.',
  forgetOn: (date: string) => `If you don’t come back, they will be forgotten on ${date}.`,
  locked: 'They are locked with your passphrase.',
  /** After a quick exit, changing how answers are kept waits until they are open again. */
  closed:
    'Your saved answers are closed for now. To change how they are kept, first open them with “Continue where you left off” on the start page.',
  closedLink: 'Go to the start page',
};
