import type { PlaceId } from '../../rules/ids.ts';
import { endSentence, formatList, formatNumber, plural } from '../format.ts';

// The notebook of free calls (DOMAIN.md, "After the free calls"). Neutral names on purpose:
// "My notes" can show on a shared screen without saying what it is about.

// The summary's way on to the notebook lives apart, so the summary does not load the rest.
export { notebookLinks } from './notebook-links.ts';

export const notebookHomeCopy = {
  title: 'Notes from your calls',
  lead: 'It often takes two or three free calls to find the right therapist. Note what each one said and how the call felt. Then compare them to choose who to book.',
  privacy:
    'Your notes stay on this device and are kept the same way as your answers. They are never put in a code for your partner or sent to a therapist.',
  privacyLink: 'How your answers are kept',
  listHeading: 'Therapists you spoke to',
  empty: 'You have not added anyone yet.',
  add: 'Add a therapist',
  addAnother: 'Add another therapist',
  full: (max: number) =>
    `You have notes on ${max} therapists, which is the most this notebook holds. To add someone new, remove someone first.`,
  compare: 'Compare them side by side',
  compareNeedsTwo: 'Add at least two therapists to compare them side by side.',
  change: 'Change',
  remove: 'Remove',
  /** Read out after the button's word, so a screen reader says whose notes. */
  hiddenName: (name: string) => `notes on ${name}`,
  confirmRemove: (name: string) => `Remove your notes on ${name}? This cannot be undone.`,
  confirmYes: 'Yes, remove them',
  confirmNo: 'No, keep them',
  removed: (name: string) => `Your notes on ${name} were removed.`,
  saved: (name: string) => `Your notes on ${name} are saved.`,
  noDate: 'No date noted',
  warningCount: (count: number) =>
    `${count} ${plural(count, { one: 'warning sign', other: 'warning signs' })}`,
  backToPlan: 'Back to your summary',
  backToNotes: 'Back to all your notes',
};

export const unnamedTherapist = (position: number) => `Therapist ${position}`;

export const entryCopy = {
  newTitle: 'Add a therapist',
  editTitle: (name: string) => `Your notes on ${name}`,
  caption: 'Notes from your calls',
  notFoundTitle: 'We could not find those notes',
  notFoundBody:
    'They may have been removed, or this page was opened from an old link. Your other notes are safe.',
  notFoundLink: 'See all your notes',
  about: {
    legend: 'Who you spoke to',
    name: 'Their name or initials (optional)',
    nameHint: 'Initials are fine if someone else might see this screen.',
    practice: 'Their practice or clinic (optional)',
    date: 'Date of the call (optional)',
    foundVia: 'How did you find them? (optional)',
  },
  foundVia: {
    directory: 'An online directory',
    referral: 'A doctor or another professional',
    'someone-i-know': 'Someone I know',
    search: 'A web search',
    other: 'Another way',
  },
  offer: {
    legend: 'What they offer',
    offers: 'How do they meet with people? (optional)',
    fees: 'Fees (optional)',
    feesHint: 'For example, the cost of one session.',
    cover: 'Ways to pay less (optional)',
    coverHint: 'Tick any that they offer.',
    times: 'Times they have free (optional)',
    timesHint: 'For example, Tuesday evenings.',
  },
  offers: {
    'in-person': 'In person',
    video: 'By video',
    both: 'In person or by video',
    'not-sure': 'I’m not sure',
  },
  cover: {
    insurance: 'They take my insurance',
    'sliding-scale': 'They offer a sliding scale (a lower fee if you earn less)',
  },
  licence: {
    legend: 'Their licence',
    label: 'I checked their licence or registration',
    how: {
      us: 'Look them up on your state’s licensing board website. It shows if their licence is current. For sex-therapy training, the AASECT directory lists certified sex therapists (CST).',
      'not-said':
        'In the US, look them up on your state’s licensing board website. In other countries, check the register or professional body they say they belong to.',
      ca: 'Look them up with the college that regulates their work in your province. In Quebec, “sexologue” is a protected title, listed by the Ordre professionnel des sexologues du Québec.',
      uk: '“Sex therapist” is not a protected title in the UK. Look them up in the COSRT directory, or on a register such as UKCP or BACP.',
      ie: 'Check that they belong to a professional body for psychotherapy or counselling, and ask about their sex-therapy training.',
      au: 'Sex therapy is not regulated by law in Australia. Check the Society of Australian Sexologists, and AHPRA’s register for psychologists.',
      nz: 'Check their registration, for example with the Psychotherapists Board or the Psychologists Board.',
      other:
        'Check the licence or register where you live. International certificates include ECPS and AASECT certification.',
    } satisfies Record<PlaceId, string>,
  },
  owners: {
    self: 'How the call went',
    partner: (name: string) => `How the call went for ${name}`,
    partnerHint:
      'Each of you can note your own view of the same call. Take turns, or talk it through together.',
  },
  questions: {
    legend: 'Your questions',
    hint: 'The questions from your plan. Note what they said.',
    none: 'When you finish your summary, the questions you chose to ask will show here.',
    noneLink: 'Go to your summary',
    said: {
      yes: 'They said yes',
      no: 'They said no',
      'not-sure': 'Not sure',
    },
    note: 'A short note (optional)',
  },
  felt: {
    heard: 'Did you feel heard?',
    judged: 'Did you feel judged?',
    clear: 'Did they answer clearly about their licence and training?',
    approach: 'Did the way they work make sense to you?',
  },
  feltChoices: {
    yes: 'Yes',
    partly: 'Partly',
    no: 'No',
  },
  gut: {
    legend: 'Your gut feeling',
    hint: 'There is no wrong answer. Your feeling counts.',
    book: 'I’d like to book with them',
    maybe: 'I’m not sure yet',
    'not-for-me': 'Not for me',
  },
  warnings: {
    legend: 'Did any of these happen? (optional)',
    hint: 'Tick any that did. Each one is a warning sign.',
    items: {
      'touch-or-sex':
        'They suggested touch, nudity or sexual activity in a session (this never happens in real sex therapy)',
      'quick-cure': 'They promised a quick or certain cure',
      'change-identity': 'They talked about changing who you love or your gender identity',
      shaming: 'They shamed kink, an open relationship or your faith',
      'no-licence': 'They could not name a licence or registration',
      'no-answers': 'They would not say how they keep things private or what they charge',
    },
    keepLooking:
      'This is a good reason to keep looking. You did nothing wrong by asking. A good therapist will be glad you checked.',
    keepLookingHeading: 'Keep looking',
  },
  note: 'Anything else you want to remember (optional)',
  save: 'Save these notes',
  autosave: 'Your notes are saved as you type.',
  tooLong: (label: string, max: number, length: number) =>
    `${label} can be up to ${formatNumber(max)} characters. It has ${formatNumber(length)} now.`,
  badDate: 'Enter the date of the call, or leave it empty.',
  fullError: (max: number) =>
    `This notebook holds up to ${max} therapists. Remove someone to add a new one.`,
  saveFailed:
    'We could not save your notes on this device. They are kept on this page until you close it.',
};

export const compareCopy = {
  title: 'Compare your calls',
  lead: 'Each column is one therapist. Rows where they differ are marked, so the differences are easy to spot.',
  caption: 'Your notes on each therapist, side by side',
  aspect: 'What you noted',
  differs: 'Differs',
  warnings: 'Warning signs',
  noWarnings: 'None',
  gut: 'Gut feeling',
  licenceChecked: 'Licence checked',
  checkedYes: 'Checked',
  checkedNo: 'Not yet',
  date: 'Date of the call',
  practice: 'Practice',
  foundVia: 'Found through',
  offers: 'How they meet',
  fees: 'Fees',
  cover: 'Ways to pay less',
  times: 'Times free',
  note: 'Other notes',
  empty: '–',
  notAsked: 'Not asked',
  keepLooking: (names: readonly string[]) =>
    `A warning sign came up with ${endSentence(formatList(names))} That is a reason to keep looking past them.`,
  leaning: (names: readonly string[]) =>
    `You felt like booking with ${endSentence(formatList(names, 'or'))}`,
  needTwo: 'Add at least two therapists to compare them.',
  chooseLegend: 'Who would you like to compare?',
  chooseHint: (min: number, max: number) => `Choose ${min} to ${max} therapists.`,
  chooseTooFew: 'Choose at least 2 therapists to compare.',
  chooseTooMany: 'Choose up to 5 therapists. A table with more is hard to read.',
  print: 'Print this comparison',
  download: 'Download as a text file',
  fileName: 'call-notes.md',
  back: 'Back to your notes',
  cards: 'One card for each therapist',
};
