import type { PartnerCodeError } from '../../questionnaire/partner-code.ts';
import type { PartnerReplyError } from '../../questionnaire/partner-reply.ts';
import type { PrivateTextField } from '../../questionnaire/privacy-marks.ts';
import type { PromptId } from '../../rules/compare.ts';
import { plural } from '../format.ts';

// Words for couples: taking turns on one device, partner codes, and the shared comparison.
// Page titles stay neutral: they show in the browser's history on a shared computer.

export const defaultNames = { a: 'Partner A', b: 'Partner B' } as const;

export const factsCopy = {
  title: 'Taking turns',
  heading: 'Before you take turns',
  lead: 'First, a few things you share. Then each of you answers the questions alone, one after the other.',
  privacyNote:
    'When one of you finishes, their answers are hidden before the other starts. Each of you can mark answers as “only for me”, and those are never shown to the other.',
  namesLegend: 'What should we call you?',
  namesHint:
    'A first name or a nickname is fine. If you leave these empty, we will say “Partner A” and “Partner B”.',
  nameA: 'First person (optional)',
  nameB: 'Second person (optional)',
  nameTooLong: 'Keep this to 40 characters or fewer',
  status: 'Which best describes your relationship?',
  statusHint: 'Answer this together. There is no right answer.',
  statusError: 'Choose what best describes your relationship, or “I’d rather not say”',
  length: 'How long have you been together? (optional)',
  continue: 'Continue',
};

export const turnCopy = {
  title: 'Pass the device',
  firstHeading: (a: string) => `${a} goes first`,
  first: (a: string, b: string) =>
    `${b}, please look away while ${a} answers. It takes about 10 minutes.`,
  passHeading: (next: string) => `Pass the device to ${next}`,
  hidden: (done: string) => `${done}’s answers are now hidden.`,
  pass: (next: string, done: string) =>
    `${next}, it is your turn. ${done}, please look away while ${next} answers.`,
  bothHeading: 'You have both finished',
  both: (a: string, b: string) =>
    `${a}’s and ${b}’s answers are now hidden. Sit together to see what you share and what you might talk about.`,
  bothNote: 'Only what you each chose to share is on the next page.',
  start: (next: string) => `I am ${next}, start my turn`,
  compare: 'Show what we share',
  /** Above the heading of every page of a partner's turn, so each knows whose turn it is. */
  whoseAnswers: (name: string) => `${name}’s answers`,
};

export const safetyStepCopy = {
  sharedHeading: 'What you said together',
  sharedStatus: 'Your relationship',
  sharedLength: 'Together for',
  privateNote: 'The next question is just for you. Your answer is never shown to your partner.',
};

export const markCopy = {
  title: 'What to share',
  heading: 'Choose what to share',
  lead: (other: string) =>
    `For each answer, choose who sees it. ${other} sees only what you share. Anything “only for me” stays out of everything you share.`,
  alwaysPrivate:
    'Your answers about health and medicines, and about feeling safe, are always private. They are never shown to your partner.',
  ifBothExplained: (other: string) =>
    `“Only if we both named it” means ${other} sees it only if they named it too. If they did not, they never find out you named it.`,
  concerns: 'Topics',
  goals: 'Hopes',
  affirming: 'Wishes for a therapist',
  choices: {
    share: 'Share it',
    'if-both': 'Only if we both named it',
    private: 'Only for me',
  },
  texts: 'Things I wrote that are only for me (optional)',
  textsHint: 'What you wrote is private unless you untick it.',
  textLabels: {
    otherConcern: 'Something else you named',
    betterLooksLike: 'What “better” would look like',
    therapistShouldKnow: 'What you want a therapist to know',
  } satisfies Record<PrivateTextField, string>,
  tooManyIfBoth: (max: number) =>
    `You can choose “only if we both named it” for up to ${max} answers. Choose “share it” or “only for me” for the rest.`,
  nothing: 'You did not choose any topics or goals, so there is nothing to mark. You can go on.',
  continue: 'Save and continue',
  defaultOther: 'Your partner',
  /** The same, inside a sentence. */
  defaultOtherInline: 'your partner',
};

export const lookAwayCopy = {
  title: 'Private view',
  heading: (name: string) => `This is ${name}’s private view`,
  body: (name: string, other: string) =>
    `${other}, please look away. ${name}, this page shows all of your answers and suggestions, including anything you marked “only for me”.`,
  confirm: (name: string) => `I am ${name}, show my view`,
  hide: 'Hide my view',
  passcodeNote: 'If you set a passcode at the end of your turn, you will need it next.',
};

export const finishTurnCopy = {
  heading: 'When you are done',
  body: (other: string) =>
    `Your answers will be hidden, and it will be ${other}’s turn. You can come back to your own view later, from the page you share.`,
  bodyLast: 'Your answers will be hidden. Then you can look at what you share, together.',
  button: 'I am done, hide my answers',
  privateCount: (count: number) =>
    count === 0
      ? 'You did not mark anything as only for you.'
      : `You marked ${count} ${plural(count, { one: 'item', other: 'items' })} as only for you. ${plural(count, { one: 'It stays', other: 'They stay' })} private.`,
  ifBothCount: (count: number, other: string) =>
    `You chose “only if we both named it” for ${count} ${plural(count, { one: 'item', other: 'items' })}. ${other} will see ${plural(count, { one: 'it', other: 'each one' })} only if they named it too.`,
  changeMarks: 'Change what you share',
  passcodeHeading: 'Lock your own view (optional)',
  passcodeLead:
    'A passcode locks your own answers and suggestions on this device, so only you can open them later. If you forget it, no one can get it back, but you can still see what you share.',
  passcode: 'Passcode for my own view (optional)',
  passcodeHint: (other: string) =>
    `At least 4 characters. Choose something ${other} would not guess.`,
  confirm: 'Type the passcode again',
  show: 'Show passcode',
  working: 'Hiding your answers…',
  errors: {
    'too-short': 'Use at least 4 characters for your passcode, or leave it empty',
    'confirm-missing': 'Type your passcode again, so we know it is right',
    different: 'The two passcodes are not the same. Type them again',
  },
};

export const compareCopy = {
  title: 'What you share',
  heading: 'What you share, and where you differ',
  lead: 'This page shows only what you each chose to share. Anything either of you kept to yourself is not here.',
  you: 'You',
  yourPartner: 'Your partner',
  bothHeading: 'You both…',
  bothConcerns: 'named these topics',
  bothGoals: 'would like to',
  bothAffirming: 'want a therapist who is welcoming of',
  bothNothing:
    'You did not pick the same topics this time. That is common, and a good place to start talking.',
  differHeading: 'You see this differently',
  differLead:
    'Partners often see things in different ways. None of this is anyone’s fault. It is simply useful to know.',
  differNothing: 'We did not find clear differences in what you shared.',
  priority: 'What matters most right now',
  bother: (topic: string) => `How much “${topic}” weighs on each of you`,
  wants: (topic: string) => `“${topic}”`,
  wantsNote: (name: string) =>
    `${name} named this. It is very common for partners to want different things, and a therapist can help you both be heard.`,
  namedByOne: 'Topics only one of you named',
  goalsOfOne: 'Hopes only one of you chose',
  meeting: 'How you would like to meet',
  therapistGender: 'Who you would like to see',
  talkHeading: 'Worth talking about before the consultation',
  talkLead: 'Pick one or two. There is no need to agree on everything first.',
  suggestionsHeading: 'What to look for, together',
  suggestionsLead: 'Most useful first. A therapist does not need to tick every box.',
  featured: 'Start here',
  linkedTo: 'Linked to:',
  byBoth: 'you both',
  questionsHeading: 'Questions to ask as a couple',
  questionsLead: 'Ask these in a free first call, before you choose a therapist.',
  privateViewsHeading: 'Your own views',
  privateViewsLead:
    'Each of you can see your own full answers and suggestions. Take turns, and look away for the other.',
  privateViewLink: (name: string) => `${name}’s private view`,
  actionsHeading: 'Print or save what you share',
  actionsLead: 'The printout and the file hold only what is on this page.',
  print: 'Print or save as PDF',
  download: 'Download as a text file',
  fileName: 'what-we-share.md',
  otherCode: 'Use a different partner code',
  ownView: 'See your own full summary (only on this device)',
  replyPending:
    'Answers either of you kept “only if we both named it” show here once you have swapped reply codes.',
  replyLink: 'Swap reply codes',
  missing: 'There is nothing to compare yet.',
  startAgain: 'Go to the start',
};

export const promptCopy: Record<PromptId, string> = {
  'different-wants':
    'You may want different things. What would feel like a fair first step for both of you?',
  'different-priorities':
    'You each put something different first. Can you each say why yours matters to you?',
  'different-bother':
    'Something weighs more on one of you. How can the other show they take it seriously?',
  'pause-pressure':
    'Some therapists suggest a break from sex for a while, to ease the pressure. How would each of you feel about that?',
  trust: 'What would help each of you feel you can start to trust again?',
  opening:
    'What does each of you hope for, and worry about, when you think of opening up your relationship?',
  'named-by-one':
    'One of you named something the other did not. Ask about it with curiosity, not blame.',
  practical: 'Agree on how you would like to meet, and who you would both feel at ease with.',
  'what-better-looks-like': 'What would “better” look like for each of you, in six months?',
  'what-to-share':
    'What would each of you like to say in front of the other, and what would you rather tell the therapist alone?',
};

export const shareCopy = {
  title: 'Share with your partner',
  heading: 'Create a partner code',
  lead: 'Your partner code holds the answers you chose to share. Send it to your partner in any way you like, such as a message. They enter it on their device to see what you share.',
  whatIsIn: 'What your code holds',
  holds: (topics: number, goals: number) =>
    `${topics} ${plural(topics, { one: 'topic', other: 'topics' })} and ${goals} ${plural(goals, { one: 'hope', other: 'hopes' })} you chose to share, with your details and preferences.`,
  neverHolds:
    'It never holds anything marked “only for me”, your health answers, or your answer about feeling safe.',
  unsafeNote:
    'You told us you do not always feel safe. You do not have to share anything. Your own summary shows people you can talk to, free and in confidence.',
  name: 'Your name or a nickname (optional)',
  nameHint: 'So your partner knows the code is yours.',
  nameTooLong: 'Keep this to 40 characters or fewer',
  passphrase: 'Passphrase (optional)',
  passphraseHint:
    'A passphrase locks the code, so only someone who knows it can open it. Agree on one together, in person or by phone. Do not send it in the same message as the code.',
  create: 'Create my partner code',
  creating: 'Creating your code…',
  codeLabel: 'Your partner code',
  codeHint: (chars: number) => `${chars} characters. Copy all of it.`,
  copy: 'Copy code',
  copied: 'Code copied. You can paste it into a message to your partner.',
  copyFailed: 'Copying did not work in this browser. Select the code and copy it yourself.',
  qrAlt: 'QR code holding your partner code',
  qrHint: 'Your partner can scan this with their phone camera, then paste the text it shows.',
  qrTooLong:
    'This code is too long for a QR code. Copy the text instead, or mark some of what you wrote as “only for me”.',
  qrFailed: 'The QR code could not be made here. Copy the text instead.',
  sealedNote: 'Locked with your passphrase.',
  ifBothNote:
    'Answers you kept “only if we both named it” are in it only in a locked form that your partner cannot read. They can only find out about the ones they named too.',
  twoSwaps:
    'You will swap two codes: first your partner codes, then reply codes. The reply codes find the answers you both named, without showing either of you the rest.',
  nextHeading: 'Next',
  next: 'I have my partner’s code',
  ownView: 'See your own full summary',
  changeMarks: 'Change what is only for me',
};

export const importCopy = {
  title: 'Enter a partner code',
  heading: 'Enter your partner’s code',
  lead: 'Paste the code your partner sent you. Nothing you have entered here will be lost if the code does not work.',
  code: 'Your partner’s code',
  codeHint:
    'It starts with CP and a number. Line breaks, spaces and quote marks from a message do not matter.',
  passphrase: 'Passphrase (only if your partner used one)',
  passphraseHint: 'The passphrase you agreed on together.',
  submit: 'Show what we share',
  checking: 'Opening the code…',
  yourPartner: 'your partner',
  replaceNote: (name: string) =>
    `You already opened a code from ${name}. A new code will take its place.`,
  errors: {
    empty: 'Paste your partner’s code',
    'not-a-code':
      'This does not look like a partner code. A partner code starts with CP and a number. Check you copied the whole code.',
    'too-long': 'This is too long to be a partner code. Check you pasted only the code.',
    'other-version':
      'This code was made by a different version of this app. Ask your partner to open the app again and make a new code.',
    damaged:
      'This code seems to be cut short or changed. Ask your partner to send it again, and copy all of it.',
    'needs-passphrase': 'This code is locked with a passphrase. Type the passphrase you agreed on.',
    'wrong-passphrase':
      'The passphrase does not open this code. Check it with your partner. Capital letters and spaces count.',
    'own-code': 'This is your own code. Ask your partner for their code, and send them yours.',
  } satisfies Record<PartnerCodeError, string>,
};

export const apartNextCopy = {
  heading: 'Share with your partner',
  body: 'When you are ready, create a code to send your partner. It holds only what you chose to share.',
  share: 'Create a partner code',
  compare: 'See what you share',
};

export const privateViewCopy = {
  title: 'Private view',
  heading: (name: string) => `${name}’s answers and suggestions`,
  back: 'Back to what you share',
  questionsHeading: 'Questions to ask in a free consultation',
  safetyLeftOut: (help: string) =>
    `To keep it private, this view leaves out your answer about feeling safe, and anything that follows from it. If you want to talk to someone, “${help}” is at the top of every page.`,
};

export const passcodeCopy = {
  heading: (name: string) => `${name}, enter your passcode`,
  body: 'Your own view is locked with the passcode you chose at the end of your turn.',
  label: 'Passcode',
  show: 'Show passcode',
  button: 'Open my view',
  working: 'Opening your view…',
  empty: 'Enter your passcode',
  'wrong-passcode':
    'That passcode did not open this view. Check for typing mistakes or Caps Lock, then try again.',
  damaged: 'This view cannot be opened, because it was changed. What you share is still there.',
  forgotHeading: 'Forgotten your passcode?',
  forgotBody:
    'No one can get it back, not even us. Your own view stays locked, but you can still see what you share together.',
};

export const replyCopy = {
  title: 'Swap reply codes',
  heading: 'Swap reply codes',
  lead: (name: string) =>
    `You have ${name}’s partner code. Now send them your reply code, and enter theirs. This finds the answers you both kept “only if we both named it”. Neither of you sees the ones that do not match.`,
  yourReply: 'Your reply code',
  yourReplyHint: (chars: number) =>
    `${chars} characters. Send all of it the same way you sent your partner code.`,
  making: 'Making your reply code…',
  copy: 'Copy reply code',
  copied: 'Reply code copied. You can paste it into a message.',
  qrAlt: 'QR code holding your reply code',
  enterHeading: (name: string) => `Enter ${name}’s reply code`,
  code: (name: string) => `${name}’s reply code`,
  codeHint:
    'It starts with CR1-. Line breaks, spaces and quote marks from a message do not matter.',
  submit: 'Show what we share',
  checking: 'Checking the reply code…',
  skip: 'See what you share so far',
  noOffer: (name: string) =>
    `${name}’s code was made before “only if we both named it” was here, so there is nothing to swap. You can see what you share now.`,
  noOfferLink: 'See what you share',
  failed: 'Your reply code could not be made here. Go back and enter your partner’s code again.',
  errors: {
    empty: 'Paste your partner’s reply code',
    'not-a-code':
      'This does not look like a reply code. A reply code starts with CR1-. Check you copied all of it.',
    'too-long': 'This is too long to be a reply code. Check you pasted only the code.',
    'other-version':
      'This reply code was made by a different version of this app. Ask your partner to open the app again and make a new one.',
    damaged:
      'This reply code seems to be cut short, changed, or made for someone else. Ask your partner to send it again, and copy all of it.',
    'partner-code-instead':
      'This is a partner code, not a reply code. Enter partner codes on the page before. Ask for the code that starts with CR1-.',
    'own-reply': 'This is your own reply code. Send it to your partner, and ask for theirs.',
    'for-older-code':
      'This reply was made for an earlier partner code of yours. Send your partner your newest partner code, then ask for a new reply code.',
    'from-newer-code':
      'Your partner has made a new partner code since the one you entered. Enter their new partner code first, then their reply code.',
  } satisfies Record<PartnerReplyError, string>,
};
