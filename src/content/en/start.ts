export const startCopy = {
  pageTitle: 'Start',
  title: 'Get ready for a first consultation',
  lead: 'Answer a few questions in your own time. We will suggest what kind of therapist to look for and what to ask in a free first call, so you can arrive with your thoughts in order.',
  timeNeeded: 'It takes about 10 minutes. You can skip anything you prefer not to answer.',
  aboutHeading: 'What sex therapy is, and is not',
  about: [
    'It is talk therapy with a trained therapist, about sex, intimacy and relationships.',
    'There is never any nudity, touching or sexual activity in a session. Not ever.',
    'It is for anyone: single people, partners and couples. You do not need a “problem” to go.',
    'Any homework is done at home, in private, at your own pace.',
  ],
  privacyHeading: 'Your answers stay with you',
  privacy: [
    'Everything you type stays on this device. Nothing is sent anywhere, and there are no accounts.',
    'You can delete your answers at any time, and leave this page quickly with the Exit button.',
  ],
  /** After a quick exit: the saved answers stay closed until the person opens them. */
  saved: {
    heading: 'Answers are saved on this device',
    body: 'They stay closed until you choose to open them.',
    locked: 'You will need your passphrase to open them.',
    continue: 'Continue where you left off',
    startAgain: 'Delete them and start again',
  },
  formHeading: 'Before you start',
  who: {
    legend: 'Who is filling this in?',
    options: {
      individual: { label: 'Just me' },
      'couple-together': {
        label: 'Me and my partner, together on this device',
        hint: 'You each answer in turn. Anything you mark private stays private.',
      },
      'couple-apart': {
        label: 'Me and my partner, each on our own device',
        hint: 'You each fill it in, then share a code to compare.',
      },
    },
    error: 'Choose who is filling this in',
  },
  age: {
    legend: 'Are you 18 or older?',
    hint: 'This guide is written for adults.',
    yes: 'Yes, I am 18 or older',
    no: 'No, I am under 18',
    error: 'Tell us if you are 18 or older',
  },
  startButton: 'Start',
  importHeading: 'Already started somewhere else?',
  importHint:
    'If you saved your answers as a file before, you can open it here. The file stays on this device.',
  importLabel: 'Open a saved answers file',
  /** The code that reads files did not arrive, as on a dropped connection to the app. */
  importUnavailable: 'The file could not be opened just now. Please reload the page and try again.',
  importKeptNote: 'Nothing you have already entered has changed.',
};
