import { PASSPHRASE_MIN, type StorageMode } from '../../storage/storage-settings.ts';

export const deleteCopy = {
  title: 'Delete everything',
  body: 'This removes everything this app keeps in this browser: your answers, your notes from calls, any partner or therapist details, and your choice of how to keep answers. It cannot be undone.',
  tip: 'If you may want your answers later, download them first from your summary page.',
  confirm: 'Yes, delete everything',
  cancel: 'Keep everything',
  working: 'Deleting…',
  doneTitle: 'Everything is deleted',
  doneBody: 'Nothing from this app is left in this browser.',
  leftoverBody:
    'We deleted your answers, but some saved data is still in use in another tab of this app. Close the other tabs, then delete again.',
  leftoverRetry: 'Delete again',
  historyNote:
    'Your browser history may still show that you visited this site. The “Staying safe online” page explains how to clear it.',
  doneStart: 'Go to the start',
  stayingSafeLink: 'Staying safe online',
};

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

export const unlockCopy = {
  title: 'Enter your passphrase',
  body: 'Your saved answers are locked. Enter your passphrase to open them.',
  label: 'Passphrase',
  showPassphrase: 'Show passphrase',
  button: 'Open my answers',
  working: 'Opening…',
  empty: 'Enter your passphrase',
  wrong:
    'That passphrase did not open your answers. Check for typing mistakes or Caps Lock, then try again.',
  forgotHeading: 'Forgotten your passphrase?',
  forgotBody:
    'We never store your passphrase, so no one can get it back. You can forget these answers and start again.',
  forget: 'Forget these answers',
  forgetConfirm: 'Yes, forget them and start again',
  forgetCancel: 'No, let me try again',
};

export const privacyPageCopy = {
  title: 'Privacy',
  lead: 'Your answers are yours. They stay on this device, and you decide how long.',
  nowHeading: 'How your answers are kept now',
  changeHeading: 'Change how your answers are kept',
  whatHeading: 'What is stored',
  what: [
    'Only what you type or choose here: your answers, and your choice of how to keep them.',
    'If you use the partner or therapist parts, the details you enter there too.',
    'No name, email or account. No tracking, no analytics and no cookies.',
  ],
  whereHeading: 'Where it is stored',
  where: [
    'Only in this browser, on this device. Nothing is ever sent to us or to anyone else.',
    'This tab only: in the tab’s own storage (sessionStorage).',
    'Save on this device: in this browser’s storage (localStorage), locked if you set a passphrase.',
    'Don’t save at all: only while this page is open.',
  ],
  howLongHeading: 'How long it is kept',
  howLong: [
    'This tab only: until you close the tab.',
    'Save on this device: until the number of days you chose passes without a visit, or until you delete it.',
    'Don’t save at all: until you reload or close the page.',
  ],
  deleteHeading: 'Delete it',
  deleteBody: 'You can delete everything this app keeps in this browser at any time.',
  deleteLink: 'Delete everything',
  safeHeading: 'Staying safe',
  safeBody:
    'The Exit button, or pressing Shift three times, leaves this site at once. Read what it can and cannot hide.',
  safeLink: 'Staying safe online',
};

export const stayingSafeCopy = {
  title: 'Staying safe online',
  lead: 'If someone might check your device, these steps can help keep your visit private.',
  sections: [
    {
      heading: 'Leave quickly',
      body: [
        'Use the Exit button at the top of every page, or press the Shift key three times. The page goes blank at once and a weather site opens.',
        'Unless you chose to save your answers on this device, the exit also deletes them.',
        'If you saved them on this device, they stay closed after the exit. The site opens at its start page, and your answers only show again when someone chooses “Continue where you left off”. Anyone who uses this device could choose it, so set a passphrase if that worries you.',
        'The exit also closes this site in any other tab where it is open.',
      ],
    },
    {
      heading: 'What the exit cannot do',
      body: [
        'It cannot erase your browser history. Someone could still see that you visited this site, and the Back button may bring them here.',
        'It cannot hide this site from anyone who watches your screen, or from tools installed on your device.',
      ],
    },
    {
      heading: 'Use private browsing',
      body: [
        'A private window (called “Incognito” in Chrome, “Private” in Safari and Firefox, “InPrivate” in Edge) does not keep history once you close it.',
        'Close every private window when you are done.',
      ],
    },
    {
      heading: 'Clear your history',
      body: [
        'Most browsers can delete history from their settings, often under “History” or “Privacy”. You can delete just this site, or the last hour.',
        'Clearing all of your history at once can look unusual to someone who checks. Removing only this site may be safer.',
      ],
    },
    {
      heading: 'Other things to think about',
      body: [
        'Use a device that only you use, or a public one such as at a library, if you can.',
        'Shared accounts can sync history to other devices. So can a phone linked to a computer.',
        'If you save or print your answers, keep the file or paper somewhere safe.',
      ],
    },
  ],
  helpLink: 'Need help now? Find support services',
  deleteLink: 'Delete everything this app keeps',
};
