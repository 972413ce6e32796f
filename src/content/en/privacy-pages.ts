// The words of the privacy pages themselves, apart from privacy.ts (the storage choice on the
// start page), so the first page does not carry them.

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
