import type {
  LicenceId,
  LinkError,
  LinkSectionId,
  QuestionKind,
  ReturnMode,
  StateCode,
} from '../../questionnaire/therapist-link.ts';

// Words for therapist links: the builder, the client's view, sending back, and opening.
// Page titles stay neutral: they show in browser history on shared computers.

export const licenceLabels: Record<LicenceId, string> = {
  lmft: 'LMFT (Licensed Marriage and Family Therapist)',
  lmhc: 'LMHC (Licensed Mental Health Counselor)',
  lpc: 'LPC (Licensed Professional Counselor)',
  lcsw: 'LCSW (Licensed Clinical Social Worker)',
  psychologist: 'Licensed psychologist (PhD or PsyD)',
  other: 'Another licence or certification',
};

export const stateNames: Record<StateCode, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California',
  CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana',
  IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin',
  WY: 'Wyoming', PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands',
}; // prettier-ignore

export const sectionLabels: Record<LinkSectionId, string> = {
  details: 'More about each topic (how long, how often, how much it bothers them)',
  relationship: 'Relationship',
  health: 'Health and body',
  goals: 'Goals, and what they want you to know',
  preferences: 'Preferences (how to meet, budget, language)',
};

export const questionKindLabels: Record<QuestionKind, string> = {
  'short-text': 'A short answer',
  'long-text': 'A longer answer',
  'yes-no': 'Yes or no',
  choice: 'Choose one option',
};

/** What the client sees about one therapist. */
export const introCopy = {
  preparedFor: (name: string) => `Prepared for your consultation with ${name}`,
  honesty: (name: string) =>
    `This link says it comes from ${name}. The app can’t check who made it.`,
  integrity:
    'The app checks that the link arrived whole: a link that was mistyped or cut short will not open. The check can’t tell if someone changed the link on purpose.',
  legacy: (name: string) =>
    `This link was made with an older version of the app, which could not check that the link arrived unchanged. Before you rely on these details, you may want to check them with ${name}.`,
  detailsHeading: 'About them',
  licences: 'Licence',
  states: 'Licensed in',
  aasect: 'AASECT-certified sex therapist',
  aasectYes: 'Yes',
  aasectNo: 'No',
  practice: 'Practice',
  country: 'Practises in',
  website: 'Website',
  contact: 'Contact',
  date: 'Consultation date',
  welcomeHeading: (name: string) => `A message from ${name}`,
  returnBring:
    'At the end you get a summary to print or save, and bring to your consultation if you like.',
  returnEncrypted: (name: string) =>
    `At the end you choose what, if anything, to send to ${name}. The app locks it so only ${name} can open it, and you send it yourself.`,
  questionsCount: (name: string, count: number) =>
    count === 1
      ? `${name} added 1 question of their own. It comes at the end, and it is optional.`
      : `${name} added ${count} questions of their own. They come at the end, and each is optional.`,
};

export const landingCopy = {
  title: 'Your consultation',
  opening: 'Opening your link…',
  stayPrivate:
    'Your answers stay on this device. Nothing is sent to anyone unless you choose to send it yourself.',
  start: 'Start',
  carryOn: 'Carry on where you left off',
  notNow: 'Use the app without these details',
};

export const linkErrorCopy = {
  title: 'We could not open this link',
  reasons: {
    empty: 'The link has no details in it.',
    'too-long': 'This link is longer than any link this app makes.',
    'unknown-version': 'This link was made with a newer version of this app.',
    damaged:
      'The link may be incomplete or changed. This can happen when only part of it is copied.',
    invalid:
      'The link may be incomplete or changed. This can happen when only part of it is copied.',
  } satisfies Record<LinkError, string>,
  stillUse:
    'You can still use the app to get ready for your consultation, just without the therapist’s details and questions.',
  askAgain: 'You could also ask the person who sent it to send the link again.',
  continue: 'Continue without the therapist’s details',
};

/** Pasting a therapist's link into the app, when opening it did not work. */
export const linkPasteCopy = {
  heading: 'Paste the link instead',
  label: 'The link from your therapist',
  hint: 'Copy the whole link from the message and paste it here. Spaces, line breaks and the words around it do not matter.',
  submit: 'Open the link',
  opening: 'Opening the link…',
  errors: {
    ...linkErrorCopy.reasons,
    empty: 'Paste the link your therapist sent',
  } satisfies Record<LinkError, string>,
};

export const questionsStepCopy = {
  pageName: 'Your therapist’s questions',
  heading: (name: string) => `Questions from ${name}`,
  lead: (name: string) =>
    `${name} added these questions. Each one is optional. Your answers stay on this device unless you choose to send them.`,
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  tooLong: (max: number) => `Keep this to ${max.toLocaleString('en-US')} characters or fewer`,
};

export const resultsLinkCopy = {
  questionsHeading: (name: string) => `Questions from ${name}`,
  notAnswered: 'Not answered',
  sendHeading: (name: string) => `Send your summary to ${name}`,
  sendLead: (name: string) =>
    `You can send ${name} a locked copy of the parts you choose. Only ${name} can open it.`,
  sendButton: (name: string) => `Send to ${name}`,
  bringHeading: (name: string) => `Sharing with ${name}`,
  bringLead: (name: string) =>
    `${name} asked you to bring your summary to the consultation, or print it. Share only what you are comfortable with.`,
};

export const sendCopy = {
  pageName: 'Send your summary',
  heading: (name: string) => `Send to ${name}`,
  lead: (name: string) =>
    `Choose what to send. Untick anything you would rather keep to yourself: ${name} sees only what stays ticked.`,
  legend: 'What to send',
  hint: (name: string) => `${name} asked for the parts that start ticked. It is still your choice.`,
  nothingChosen: 'Choose at least one part to send',
  empty: 'Nothing to send yet',
  previewToggle: 'See exactly what will be sent',
  lock: 'Lock my summary',
  locking: 'Locking…',
  lockedHeading: 'Your locked summary is ready',
  lockedLead: (name: string) =>
    `Send the file, or the text below, to ${name} the way you usually contact them, such as email. Only ${name}’s browser can open it. Anyone else sees only jumbled letters.`,
  saveJson: 'Save as a file (.json)',
  saveText: 'Save as a text file (.txt)',
  textLabel: 'Or copy this text into a message',
  copy: 'Copy text',
  copied: 'Copied. Paste it into your message.',
  copyFailed: 'Copying did not work in this browser. Select the text and copy it instead.',
  fileName: 'summary-locked',
  failed:
    'We could not lock the summary. The link’s key may be damaged. You can still print your summary and bring it.',
  textIntro: (name: string) =>
    `A private summary for ${name}. It is locked: only ${name} can open it.`,
  back: 'Back to your summary',
  unchanged: 'Changed your mind? Your summary on this device is unchanged.',
  safetyHint: 'Off unless you tick it.',
  sectionNames: {
    concerns: 'Topics',
    details: 'More about each topic',
    relationship: 'Your relationship',
    safety: 'Whether you feel safe with a partner',
    health: 'Health and body',
    goals: 'Goals, and what you want them to know',
    preferences: 'Your preferences',
    custom: 'Their questions and your answers',
  },
};

export const builderCopy = {
  pageName: 'For therapists',
  heading: 'Make a link for your clients',
  lead: 'Send clients a link before a first consultation. It shows your details, asks your own questions, and helps them arrive prepared.',
  howHeading: 'How it works',
  how: [
    'Your details travel inside the link itself. There is no server, no account, and nothing is stored by us.',
    'Your client answers on their own device. Their answers never go into a link.',
    'If you choose, they can send you a locked summary by email. Only this browser can open it.',
  ],
  aboutLegend: 'About you',
  name: 'Your name',
  nameHint: 'As clients know you. For example: Dr. Maya Thompson',
  nameError: 'Enter your name',
  licences: 'Your licence (optional)',
  licencesHint: 'Choose all that apply.',
  licenceOther: 'Other licence or certification (optional)',
  states: 'States where you are licensed (optional)',
  statesHint: 'Two-letter codes, separated by commas. For example: CA, OR',
  statesError: (bad: string) => `“${bad}” is not a US state code. Use codes like CA or NY`,
  aasect: 'Are you an AASECT-certified sex therapist?',
  aasectYes: 'Yes',
  aasectNo: 'No',
  aasectError: 'Choose yes or no',
  practiceLegend: 'Your practice',
  practice: 'Practice name (optional)',
  country: 'Country you practise in (optional)',
  countryHint: 'Clients see it beside your name, so they know whose help lines and checks fit.',
  countryNone: 'Leave it out',
  website: 'Website (optional)',
  websiteHint: 'It must start with https://',
  websiteError: 'Enter a website that starts with https://, for example https://example.com',
  contact: 'How clients can reach you (optional)',
  contactHint: 'For example an email address or phone number. It is shown as plain text.',
  welcome: 'Welcome message (optional)',
  welcomeHint: 'Plain text. Clients see it first.',
  date: 'Consultation date (optional)',
  dateHint: 'The day you first meet. Leave it empty if you do not know it yet.',
  dateError: 'Enter a real date, or leave it empty',
  sections: 'Which parts of the summary would you like to see? (optional)',
  sectionsHint:
    'Their topics and your questions are always included. Clients choose what to share.',
  questionsLegend: 'Your own questions (optional)',
  questionsHint: (max: number) =>
    `Up to ${max}. Clients see them as the last step. Each is optional for them.`,
  question: (n: number) => `Question ${n}`,
  questionText: 'Question',
  questionError: (n: number) => `Enter the text of question ${n}, or remove it`,
  kind: 'Answer type',
  options: 'Options, one on each line',
  optionsHint: (max: number) => `Between 2 and ${max} options.`,
  tooMany: (max: number) => `You can add up to ${max} questions`,
  optionsError: (n: number, max: number) =>
    `Give question ${n} between 2 and ${max} different options, one on each line`,
  addQuestion: 'Add a question',
  removeQuestion: (n: number) => `Remove question ${n}`,
  returnLegend: 'How should the summary come back to you?',
  returnLabels: {
    bring: 'The client brings it or prints it',
    encrypted: 'The client sends it to me, locked (encrypted)',
  } satisfies Record<ReturnMode, string>,
  returnHints: {
    bring: 'Nothing to set up.',
    encrypted:
      'This browser makes a key. Clients lock their summary with it, and only you can open it here.',
  } satisfies Record<ReturnMode, string>,
  tooLong: (max: number) => `Keep this to ${max.toLocaleString('en-US')} characters or fewer`,
  create: 'Create link',
  update: 'Update link',
  linkTooLong:
    'This link would be too long. Shorten the welcome message or the questions, or use fewer questions.',
  keyFailed:
    'This browser could not make or keep a key (private browsing can block it). Choose “The client brings it” or try another browser.',
  outputHeading: 'Your link',
  linkLabel: 'Link to send to clients',
  linkLength: (chars: number) => `${chars.toLocaleString('en-US')} characters long.`,
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copying did not work in this browser. Select the link and copy it instead.',
  qrHeading: 'QR code',
  qrAlt: 'QR code of your link',
  qrTooLong: 'This link is too long for a QR code. The link itself still works.',
  qrHint: 'Clients can scan it with a phone camera. Right-click or long-press it to save it.',
  previewHeading: 'What your client will see',
  openLink: 'Open a summary a client sent you',
};

export const keyCopy = {
  heading: 'Your key',
  intro:
    'Summaries sent to you are locked with a key that lives only in this browser. It is not sent anywhere.',
  lossHeading: 'If the key is lost, the summaries are lost',
  loss: [
    'Clearing this browser’s data, “delete everything” in this app, a new computer, or a lost device all remove the key.',
    'Without it, nobody can open the summaries: not you, and not us. There is no reset.',
    'So save a backup key file now, and keep it somewhere safe, such as a password manager.',
  ],
  warning:
    'Anyone who has a backup key file and its passphrase can read the summaries. Do not send either to anyone.',
  download: 'Download backup key file',
  fileName: 'therapist-key-backup.json',
  id: (kid: string) => `Key ID: ${kid}`,
};

export const openCopy = {
  pageName: 'Open a summary',
  heading: 'Open a summary from a client',
  lead: 'Everything happens in this browser. The summary is not uploaded anywhere.',
  file: 'Choose the file your client sent (optional)',
  fileHint: 'A .json or .txt file.',
  paste: 'Or paste the text from their message (optional)',
  keyStored: (count: number) =>
    count === 1
      ? 'Your key in this browser will be used.'
      : `Your ${count} keys in this browser will be tried.`,
  noKeyStored: 'There is no key in this browser. Choose your backup key file.',
  keyFile: 'Backup key file (optional)',
  keyFileHint: 'Only needed on another browser or computer, or after clearing this one.',
  open: 'Open summary',
  opening: 'Opening…',
  errors: {
    empty: 'Choose the file, or paste the text, that your client sent',
    'too-long': 'This is much bigger than any summary. Check that you chose the right file',
    'not-a-summary': 'This is not a summary from this app. Check that you chose the right file',
    'unknown-version':
      'This summary was made with a newer version of this app. Open it there, or ask for it again',
    damaged:
      'This summary has been changed or cut short, so it cannot be opened. Ask your client to send the file again',
    'no-matching-key':
      'This summary was locked with a different key. Choose the backup key file from when you made the link',
    'bad-key-file': 'This is not a backup key file from this app, or it is damaged',
    'no-key': 'There is no key in this browser. Choose your backup key file',
  },
  resultTitle: 'Client summary',
  forName: (name: string) => `For ${name}`,
  created: (date: string) => `Made on ${date}`,
  print: 'Print',
  another: 'Open another summary',
  privacy:
    'Handle this summary as you would any client record. Closing this tab removes it from the screen. Nothing is saved unless you choose to keep it.',
};

/** The opened summary speaks to the therapist: each part sent, under its name for them. */
export const openedSectionNames: Record<keyof typeof sendCopy.sectionNames, string> = {
  concerns: 'What your client would like help with',
  details: 'More about each topic',
  relationship: 'Their relationship',
  safety: 'Whether they feel safe with a partner',
  health: 'Health and body',
  goals: 'Their goals, and what they want you to know',
  preferences: 'What they would like in a therapist',
  custom: 'Your questions and their answers',
};

/** "Who is this link for?" on the builder: any client, or one client named in the link. */
export const builderAudienceCopy = {
  legend: 'Who is this link for?',
  hint: 'A link for any client can go on your website or in a standard email. A link for one client greets them by name.',
  labels: {
    everyone: 'Any client',
    one: 'One client',
  },
  hints: {
    everyone: 'It holds no client details.',
    one: 'They see the name or initials you give, and the date if you add one.',
  },
  client: 'Client’s name or initials',
  clientHint:
    'Initials are more private: the link may sit in their email or chat for a long time. For example: A.B.',
  clientError: 'Enter the client’s name or initials, or choose “Any client”',
};

/** What the builder keeps: the form in this tab, and the last link in this browser. */
export const builderKeptCopy = {
  kept: 'This tab keeps what you type, so a reload loses nothing. This browser also keeps the details of the last link you made, but never a client’s name or date. “Delete everything” removes both.',
  notKept:
    'You chose not to save anything, so this form is lost if the page reloads, and no last link is kept.',
  restored: 'We brought back what you typed before the page reloaded, except for these parts:',
  restoredCheck: 'Please fill them in again before you make the link.',
  unreadable:
    'We could not read what you typed before the page reloaded, so the form starts empty. Sorry about that.',
  fieldNames: {
    audience: 'Who the link is for',
    client: 'The client’s name or initials',
    date: 'The consultation date',
    name: 'Your name',
    licences: 'Your licence',
    licenceOther: 'Your other licence',
    states: 'The states where you are licensed',
    aasect: 'Your AASECT answer',
    practice: 'Your practice name',
    country: 'Your country',
    website: 'Your website',
    contact: 'How clients can reach you',
    welcome: 'Your welcome message',
    sections: 'The parts of the summary you asked for',
    questions: 'Your questions',
    returnMode: 'How the summary comes back',
  },
  questionLost: (n: number) => `Question ${n}`,
  lastHeading: 'Your last link',
  lastLead: (date: string) =>
    `This browser kept the details of the last link you made, on ${date}: your details, your questions and how summaries come back. It never keeps a client’s name or date.`,
  lastLeadUndated:
    'This browser kept the details of the last link you made: your details, your questions and how summaries come back. It never keeps a client’s name or date.',
  use: 'Start from your last link',
  forget: 'Forget your last link',
  used: 'The form now holds the details of your last link. Check them, then add this client’s details if the link is for one client.',
  usedLost: 'Some details of your last link could not be read, so these parts are empty:',
  forgotten: 'Your last link’s details are gone from this browser.',
  lastUnreadable:
    'The copy of your last link in this browser was damaged, so we removed it. The next link you make will be kept instead.',
};

/** A link made for one client, as the client sees it. */
export const clientLinkCopy = {
  madeFor: (name: string, client: string) => `${name} made this link for ${client}.`,
  summaryFor: (client: string) => `This summary is for ${client}.`,
};

/**
 * Summaries the therapist keeps in this browser: the locked file as the client sent it, listed
 * on the open page, opened again with the key. Names stay neutral when the link named no client.
 */
export const keptCopy = {
  keep: 'Keep in this browser',
  explain:
    'Keeping it saves the summary on this computer, still locked just as your client sent it. Only your key can open it again, so it shows here only while your key is in this browser. To remove it, delete it from the list on this page. “Delete everything” and the quick exit remove every kept summary too.',
  keptNow: (another: string) =>
    `Kept in this browser. Choose “${another}” to see it in the list of kept summaries.`,
  keepErrors: {
    'already-kept': 'This summary is already kept in this browser.',
    full: (max: number) =>
      `This browser already keeps ${max} summaries, the most it can. Delete one you no longer need, then keep this one.`,
    'too-big':
      'There is no more room for kept summaries in this browser. Delete one you no longer need, then try again.',
    'not-saved':
      'This browser would not keep the summary. It may be out of space. You can still print it or download it.',
    unavailable:
      'This browser does not let the app keep anything, as in some private windows. You can still print the summary or download it.',
    newer:
      'The summaries kept here were saved by a newer version of this app, so this one cannot be added. Open this page in that version.',
  },
  download: 'Download as text',
  fileName: (date: string) => `client-summary-${date}.md`,
  remove: 'Delete from this browser',
  confirmRemove: (name: string) =>
    `Delete “${name}” from this browser? This cannot be undone. If you still have the file your client sent, you can open it again.`,
  confirmYes: 'Yes, delete it',
  confirmNo: 'No, keep it',
  removed: (name: string) => `Deleted “${name}” from this browser.`,
  back: 'Back to kept summaries',
  listHeading: 'Summaries kept in this browser',
  listLead:
    'They stay locked with your key on this computer. Open one to read or print it. Delete one, or all of them, when you no longer need them.',
  loading: 'Opening the kept summaries…',
  unnamed: (n: number) => `Summary ${n}`,
  damagedName: (n: number) => `Damaged summary ${n}`,
  client: 'Client',
  received: 'Received',
  consultation: 'Consultation date',
  notGiven: 'Not given',
  open: 'Open',
  locked: 'Locked: open it with your key',
  lockedHint:
    'The key this summary was locked with is not open in this browser right now. The summary stays kept, and it opens here when your key does.',
  damaged:
    'This one cannot be opened: what was kept here was changed or cut short. You can delete it.',
  newer:
    'The summaries kept here were saved by a newer version of this app. Open them in that version, or delete them all.',
  empty: 'No summaries are kept in this browser now.',
  removeAll: 'Delete all kept summaries',
  confirmRemoveAll: (count: number) =>
    count === 1
      ? 'Delete the 1 kept summary from this browser? This cannot be undone.'
      : `Delete all ${count} kept summaries from this browser? This cannot be undone.`,
  confirmAllYes: 'Yes, delete them all',
  confirmAllNo: 'No, keep them',
  removedAll: 'Deleted all kept summaries from this browser.',
};

/** Several keys in this browser: the list, and making a new one. */
export const keyListCopy = {
  heading: 'Keys in this browser',
  intro:
    'Each key has a short ID. The backup file of a key has its ID in its name, and the open page uses it to say which key a summary needs.',
  made: (date: string) => `Made on ${date}.`,
  newest: 'New links use this key: it is the newest.',
  older: 'An older key: it opens summaries from links you sent before.',
  locked: 'Locked with a passphrase.',
  unlockedHere: 'Locked, and unlocked in this tab.',
  damagedKey: (id: string) => `Key ${id} could not be read.`,
  damagedNoId: 'One key could not be read, not even its ID.',
  damagedWayOn:
    'Nothing was deleted. To open a summary sent for that key, use its backup key file.',
  newHeading: 'Make a new key',
  newIntro: [
    'Make a new key if your key or its backup file may be in someone else’s hands, for example after a lost or stolen laptop.',
    'New links then use the new key. Links you already sent keep using their old key, and only the old key opens their summaries.',
    'So keep the old keys here, and keep their backup files.',
  ],
  newStart: 'Make a new key',
  confirmHeading: 'Make a new key now?',
  confirmText:
    'Links you sent before keep working with their old key. Only links you make from now on use the new one.',
  confirmPassphrase: 'Your lock passphrase, for the new key',
  confirmPassphraseHint:
    'Your keys here are locked, so the new key is locked with the same passphrase.',
  confirm: 'Yes, make a new key',
  cancel: 'Cancel',
  making: 'Making the key…',
  madeNew: (id: string) =>
    `New key ${id} is ready, and new links use it. To get a link with it, press “${builderCopy.update}”. Then download a protected backup of it.`,
  errors: {
    'needs-passphrase': 'Enter the passphrase for the lock',
    'wrong-passphrase':
      'That passphrase does not open the keys in this browser. Check for typing mistakes or Caps Lock',
    'not-kept':
      'This browser could not keep a new key (private browsing can block it). Your other keys are unchanged',
  },
};

/** The backup key file, protected with a passphrase. */
export const keyBackupCopy = {
  intro:
    'The backup file is locked with a passphrase you choose now. To use the file, you need it and the passphrase. Keep the two in different places, such as the file on a USB stick and the passphrase in a password manager.',
  whichKey: 'Which key to back up',
  keyChoice: (id: string, date: string) => `Key ${id}, made on ${date}`,
  newestHint: 'The newest: new links use it.',
  passphrase: 'Passphrase for the backup file',
  passphraseHint: (min: number) =>
    `At least ${min} characters. Four or more words you will remember work well, such as a short sentence.`,
  confirm: 'Type the backup passphrase again',
  show: 'Show the passphrases',
  strength: {
    'too-short': (min: number) => `Too short so far: use at least ${min} characters.`,
    fair: 'Long enough. More words make it harder to guess.',
    good: 'Good length.',
  },
  errors: {
    empty: 'Enter a passphrase for the backup file',
    'too-short': (min: number) => `Use at least ${min} characters for the passphrase`,
    'confirm-empty': 'Type the passphrase again to check it',
    different: 'The two passphrases are not the same',
  },
  download: 'Download protected backup',
  downloading: 'Locking the backup…',
  downloaded: (fileName: string) =>
    `Downloaded ${fileName}. Keep it, and its passphrase, somewhere safe.`,
  failed: 'This browser could not make the backup file. Try again, or use another browser.',
  needsUnlock: 'Your keys in this browser are locked. To make a backup, first unlock them below.',
  backupFileName: (id: string) => `therapist-key-${id}.json`,
};

/** An optional lock on the keys kept in this browser. */
export const keyLockCopy = {
  heading: 'Lock the keys in this browser (optional)',
  intro: [
    'You can lock the keys kept in this browser with a passphrase. Then this browser asks for it before it opens a summary.',
    'This is safer if someone else uses this computer.',
    'But if you forget the passphrase, the keys here are no use. Then only a backup key file can open your summaries.',
    'A backup file has its own passphrase, which you choose when you download it. You can use the same one as for the lock, or a different one.',
    'Once you type the passphrase, the keys stay unlocked in this tab until you close it. They are never saved unlocked.',
  ],
  passphrase: 'Passphrase for the lock',
  passphraseHint: (min: number) =>
    `At least ${min} characters. Four or more words you will remember work well.`,
  confirm: 'Type the lock passphrase again',
  lock: 'Lock the keys',
  locking: 'Locking…',
  lockedNow:
    'Done: the keys in this browser are locked. They stay unlocked in this tab until you close it.',
  lockedStatus: 'The keys in this browser are locked.',
  unlockedStatus: 'The keys in this browser are locked, and unlocked in this tab.',
  unlockPassphrase: 'Your lock passphrase',
  unlockHint: 'The passphrase you chose when you locked the keys.',
  unlock: 'Unlock for this tab',
  unlocking: 'Unlocking…',
  unlockedNow: 'Unlocked. The keys stay unlocked in this tab until you close it.',
  remove: 'Remove the lock',
  removedNow: 'The lock is removed. The keys in this browser no longer need a passphrase.',
  errors: {
    empty: 'Enter the passphrase for the lock',
    'wrong-passphrase':
      'That passphrase does not open the keys in this browser. Check for typing mistakes or Caps Lock',
    'not-kept': 'This browser could not save the change. Your keys are as they were',
  },
};

/** Opening a summary: which key it needs, locked keys, and protected backup files. */
export const openKeyCopy = {
  storePassphrase: 'Passphrase for the keys in this browser',
  storePassphraseHint:
    'Your keys here are locked. Enter the passphrase you chose. They then stay unlocked in this tab until you close it.',
  filePassphrase: 'Passphrase for the backup key file (optional)',
  filePassphraseHint:
    'Only for a protected backup file: the passphrase you chose when you downloaded it. Older backup files have none.',
  damagedHere: (count: number) =>
    count === 1
      ? 'One key kept in this browser could not be read. Nothing was deleted. To open a summary sent for it, use its backup key file.'
      : `${count} keys kept in this browser could not be read. Nothing was deleted. To open a summary sent for one of them, use its backup key file.`,
  errors: {
    'no-key': (id: string) => `${openCopy.errors['no-key']}: the one with ${id} in its name`,
    'no-matching-key': (id: string) =>
      `This summary was locked with key ${id}, and this browser does not have it. Choose the backup key file with ${id} in its name: it will open the summary`,
    'other-key-file': (fileId: string, id: string) =>
      `This backup key file is for key ${fileId}, but the summary needs key ${id}. Choose the backup key file with ${id} in its name`,
    'store-locked':
      'The key for this summary is locked in this browser. Enter the passphrase for the keys in this browser',
    'store-wrong-passphrase':
      'That passphrase does not unlock the keys in this browser. Check for typing mistakes or Caps Lock, or use the backup key file',
    'not-a-key-file':
      'This is not a backup key file from this app. Check that you chose the right file',
    damaged:
      'This backup key file is damaged or cut short, so it cannot be used. Try another copy of it',
    'needs-passphrase':
      'This backup key file is protected. Enter the passphrase you chose when you downloaded it',
    'wrong-passphrase':
      'That passphrase does not open this backup key file. Check for typing mistakes or Caps Lock. A file that was changed does not open either',
  },
  oldFileHeading: 'Make a protected backup of this key',
  oldFile:
    'You opened this summary with an older backup key file. It has no passphrase, so anyone who gets a copy of it can read your summaries. Make a protected backup now. Then delete the old file and any copies of it, such as in your email or downloads.',
};
