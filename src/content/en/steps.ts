import type {
  botherValues,
  budgetValues,
  durationValues,
  feelsUnsafeValues,
  goalIds,
  healthValues,
  affirmingValues,
  partnerTakingPartValues,
  relationshipLengthValues,
  relationshipValues,
  scopeValues,
  sessionFormatValues,
  therapistGenderValues,
  therapistWishValues,
} from '../../questionnaire/ids.ts';
import type { StepId } from '../../questionnaire/steps.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** Page names: also the tab title, so they stay neutral on a shared computer. */
export const stepNames: Record<StepId, string> = {
  concerns: 'What you would like help with',
  details: 'A little more detail',
  relationship: 'Your relationship',
  health: 'Health and body',
  goals: 'What you hope for',
  preferences: 'Your preferences',
};

export function stepCaption(position: number, total: number): string {
  return `Step ${position} of ${total}`;
}

export const concernsCopy = {
  heading: 'What would you like help with?',
  hint: 'Choose everything that fits, even if you are not sure. You can change this later.',
  why: 'This helps us suggest the right kind of therapist and the right questions to ask.',
  notSure: 'I’m not sure yet',
  preferNot: 'I’d rather not say for now',
  preferNotHint: 'You will still get general advice on finding a good therapist.',
  notSureHint: 'That is fine. A therapist can help you find the words.',
  otherLegend: 'Anything else',
  other: 'Something else',
  otherLabel: 'Tell us in a few words (optional)',
  error: 'Choose at least one topic, or choose “I’m not sure yet” or “I’d rather not say for now”',
  otherTooLong: 'Keep this to 200 characters or fewer',
};

export const detailsCopy = {
  heading: 'Tell us a little more',
  hint: 'A therapist may ask about these in a first session. Thinking about them now can help. Every question here is optional.',
  nothingToAdd: 'You have not picked a topic, so there is nothing to add here. You can go on.',
  duration: 'How long has this been going on?',
  durationLabels: {
    'under-6-months': 'Less than 6 months',
    '6-to-12-months': '6 to 12 months',
    '1-to-5-years': '1 to 5 years',
    'over-5-years': 'More than 5 years',
    always: 'As long as I can remember',
    'not-sure': 'I’m not sure',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof durationValues>,
  scope: 'Does it happen every time, or only sometimes?',
  scopeHint: 'For example, only with one partner, only alone, or only at some times.',
  scopeLabels: {
    'every-situation': 'Every time',
    'some-situations': 'Only sometimes',
    'not-sure': 'I’m not sure',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof scopeValues>,
  bother: 'How much does it bother you?',
  botherLabels: {
    'a-little': 'A little',
    somewhat: 'Somewhat',
    'a-lot': 'A lot',
    'very-much': 'Very much',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof botherValues>,
  wishes: 'What would you like from a therapist?',
  wishesHint: 'This is something to explore, not a problem to fix. Choose any that fit.',
  wishLabels: {
    'room-to-explore': 'Room to explore, at my own pace',
    'clear-information': 'Clear facts I can trust',
    'feel-accepted': 'To feel accepted as I am',
    'practical-ideas': 'Ideas to try',
    'help-talking-with-others': 'Help to talk about it with people close to me',
    'not-sure': 'I’m not sure yet',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof therapistWishValues>,
  /** Shown on the check page beside the chosen wishes. */
  wishesShort: 'From a therapist:',
  primary: 'Which matters most to you right now?',
  primaryHint: 'We will put it first in your summary. You can skip this.',
  primaryEqual: 'They matter about the same',
  /** Sets "They matter about the same" apart from the topics. */
  or: 'or',
};

export const relationshipCopy = {
  heading: 'Your relationship',
  status: 'Which best describes you right now?',
  statusHint: 'Therapists ask this to understand your situation. There is no right answer.',
  statusLabels: {
    single: 'Single',
    dating: 'Dating',
    partnered: 'In a relationship',
    married: 'Married or in a civil partnership',
    'multiple-partners': 'In more than one relationship',
    separated: 'Separated or going through a break-up',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof relationshipValues>,
  statusError: 'Choose what best describes you, or choose “I’d rather not say”',
  partner: 'Will a partner come to the consultation with you?',
  partnerHint: 'Some therapists see partners together, so this helps us suggest the right kind.',
  partnerLabels: {
    yes: 'Yes',
    no: 'No, I will go alone',
    'not-applicable': 'Not sure yet',
  } satisfies Labels<typeof partnerTakingPartValues>,
  length: 'How long have you been together? (optional)',
  lengthLabels: {
    'under-1-year': 'Less than a year',
    '1-to-5-years': '1 to 5 years',
    '5-to-15-years': '5 to 15 years',
    'over-15-years': 'More than 15 years',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof relationshipLengthValues>,
  unsafe: 'Are you ever afraid of a partner, or of someone you were with?',
  unsafeSingle:
    'Does anyone, such as an ex or a family member, make you feel afraid or unsafe now?',
  unsafeSingleHint:
    'We ask so we can show you the right support first. Your answer stays on this device.',
  unsafeHint:
    'We ask so we can point you to the right support first. Your answer stays on this device, and is never shared with a partner.',
  unsafeLabels: {
    yes: 'Yes',
    no: 'No',
    'prefer-not-to-say': 'I’d rather not say',
  } satisfies Labels<typeof feelsUnsafeValues>,
  unsafeError: 'Choose an answer, or choose “I’d rather not say”',
  unsafeSupport:
    'Thank you for telling us. You deserve to feel safe. Your summary will show people you can talk to today, free and in confidence.',
  unsafeSupportLink: 'See who you can talk to now',
};

export const healthCopy = {
  heading: 'Health and body',
  optionalNote: 'This whole step is optional.',
  why: 'Health, medicines and habits can affect desire and arousal. Knowing this helps us suggest things to check with a doctor.',
  legend: 'Do any of these apply to you? (optional)',
  hint: 'Choose all that apply.',
  groups: {
    'life-stage': 'Life stage',
    conditions: 'Health conditions',
    medicines: 'Medicines',
    habits: 'Habits',
  },
  labels: {
    'pregnancy-postpartum': 'Pregnant, or had a baby in the last year or two',
    menopause: 'Menopause or perimenopause',
    cancer: 'Cancer, now or in the past',
    'chronic-illness': 'A long-term illness, such as diabetes or heart disease',
    disability: 'A disability or injury',
    'chronic-pain': 'Long-term pain',
    antidepressants: 'Antidepressants or anxiety medicine',
    'blood-pressure-medication': 'Blood pressure medicine',
    'hormonal-medication': 'Hormonal medicine, such as the pill or hormone therapy',
    alcohol: 'I drink more alcohol than I would like',
    'low-activity': 'I am not very active these days',
  } satisfies Labels<typeof healthValues>,
  none: 'None of these',
  preferNot: 'I’d rather not say',
  or: 'or',
  exclusiveError:
    'Choose the items that apply, or “None of these”, or “I’d rather not say”, but not both',
  skip: 'Skip this step',
};

export const goalsCopy = {
  heading: 'What you hope for',
  legend: 'What would you like to change? (optional)',
  hint: 'Choose all that apply.',
  labels: {
    'understand-what-is-happening': 'Understand what is going on',
    'feel-less-anxious': 'Feel less worried or pressured',
    'more-desire': 'Feel more desire',
    'more-pleasure': 'Enjoy sex more',
    'less-pain': 'Have less pain',
    'talk-more-openly': 'Talk more openly about sex',
    'feel-closer': 'Feel closer to a partner',
    'rebuild-trust': 'Rebuild trust',
    'agree-as-partners': 'Find common ground as partners',
    'feel-at-ease-with-body': 'Feel more at ease in my body',
    'let-go-of-shame': 'Let go of shame or guilt',
    'heal-from-the-past': 'Heal from the past',
    'explore-identity': 'Explore who I am',
    'healthier-relationships': 'Build healthier relationships',
    'not-sure-yet': 'I’m not sure yet',
  } satisfies Labels<typeof goalIds>,
  /** Labels for the shared couples view, where a goal cannot say "I" or "my". */
  sharedLabels: {
    'feel-at-ease-with-body': 'Feel more at ease in your body',
    'explore-identity': 'Explore who you are',
    'not-sure-yet': 'Not sure yet',
  } as Partial<Record<(typeof goalIds)[number], string>>,
  better: 'What would “better” look like for you? (optional)',
  betterHint: 'A sentence or two is plenty. For example: “We laugh together again.”',
  know: 'Is there anything you want a therapist to know? (optional)',
  knowHint: 'Things you would find hard to say out loud can be easier to write down.',
  tooLong: 'Keep this to 2,000 characters or fewer',
};

export const preferencesCopy = {
  heading: 'Your preferences',
  hint: 'Every question here is optional. They help you filter therapist directories.',
  format: 'How would you like to meet? (optional)',
  formatLabels: {
    'in-person': 'In person',
    video: 'By video',
    either: 'Either is fine',
  } satisfies Labels<typeof sessionFormatValues>,
  affirming:
    'Is it important that your therapist is experienced and welcoming with any of these? (optional)',
  affirmingHint: 'Choose any that matter to you. You do not need to say why.',
  affirmingHints: {
    cnm: 'Polyamory means more than one loving relationship at a time, with everyone’s agreement.',
  } as Partial<Record<(typeof affirmingValues)[number], string>>,
  affirmingLabels: {
    lgbtq: 'LGBTQ+ people and relationships',
    gender: 'Gender identity and transition',
    kink: 'Kink and BDSM',
    cnm: 'Open relationships and polyamory',
    'faith-culture': 'My faith or culture',
  } satisfies Labels<typeof affirmingValues>,
  gender: 'Would you prefer a therapist of a certain gender? (optional)',
  genderLabels: {
    woman: 'A woman',
    man: 'A man',
    'non-binary': 'A non-binary person',
    'no-preference': 'No preference',
  } satisfies Labels<typeof therapistGenderValues>,
  budget: 'How might you pay? (optional)',
  budgetHint: 'Choose all that apply.',
  budgetLabels: {
    insurance: 'Health insurance',
    'sliding-scale': 'A lower fee based on income (sliding scale)',
    'self-pay': 'Paying myself',
    'not-sure': 'I’m not sure yet',
  } satisfies Labels<typeof budgetValues>,
  location: 'Your town, city or state (optional)',
  /** For the US, and when the person has not said where they live. */
  locationHint:
    'In the US, therapists are licensed state by state, even for video sessions. For example: Ohio.',
  /** For every other place: no claim about how therapists there are registered. */
  locationHintElsewhere:
    'This helps you ask if a therapist can see you where you live, even by video. For example: Leeds, or Toronto.',
  language: 'Which language would you like the sessions in? (optional)',
  languageHint: 'For example: English, Spanish.',
  tooLong: 'Keep this to 200 characters or fewer',
};
