// The bank of consultation questions: stable ids, the topic each belongs to, and whether its
// words name the user's concerns (a `{concern}` placeholder). Words live in content/<locale>/.
// The order here is the order the questions are shown in.

export const questionTopicIds = [
  'licence-training',
  'your-concern',
  'approach',
  'safety',
  'couples',
  'body',
  'inclusivity',
  'practical',
] as const;
export type QuestionTopicId = (typeof questionTopicIds)[number];

export interface QuestionDefinition {
  readonly topic: QuestionTopicId;
  /** True when the words name the user's concerns through a `{concern}` placeholder. */
  readonly tailored: boolean;
}

const general = (topic: QuestionTopicId): QuestionDefinition => ({ topic, tailored: false });
const tailored = (topic: QuestionTopicId): QuestionDefinition => ({ topic, tailored: true });

export const questionBank = {
  // Licence and training: asked of every therapist.
  'licence-and-state': general('licence-training'),
  'video-across-state-lines': general('licence-training'),
  'disciplinary-history': general('licence-training'),
  'sex-therapy-training': general('licence-training'),
  'share-of-practice': general('licence-training'),
  'cv-and-training-list': general('licence-training'),
  // The user's own concerns, named in plain words.
  'concern-experience': tailored('your-concern'),
  'concern-what-helps': tailored('your-concern'),
  'concern-evidence': tailored('your-concern'),
  'concern-not-your-area': tailored('your-concern'),
  'pause-the-pressure': general('your-concern'),
  'affair-approach': general('your-concern'),
  'trauma-methods': general('your-concern'),
  'compulsive-model': general('your-concern'),
  'dating-patterns': general('your-concern'),
  'parenting-resources': general('your-concern'),
  // How they work.
  'approach-and-methods': general('approach'),
  'what-a-session-looks-like': general('approach'),
  'talk-only-boundary': general('approach'),
  homework: general('approach'),
  'measuring-progress': general('approach'),
  'giving-feedback': general('approach'),
  'how-long-therapy-lasts': general('approach'),
  // When a relationship does not feel safe: one-to-one work first.
  'individual-safety-first': general('safety'),
  // Couples.
  'couples-training': general('couples'),
  'couples-individual-sessions': general('couples'),
  'couples-secrets': general('couples'),
  'couples-different-wants': general('couples'),
  'couples-safety-screening': general('couples'),
  // The body side.
  'body-work-with-doctors': tailored('body'),
  'body-pelvic-floor': general('body'),
  'body-prescriber': general('body'),
  // Inclusivity.
  'lgbtq-experience': general('inclusivity'),
  'orientation-without-change': general('inclusivity'),
  'gender-diverse-experience': general('inclusivity'),
  'kink-level': general('inclusivity'),
  'cnm-experience': general('inclusivity'),
  'faith-and-culture': general('inclusivity'),
  'sessions-in-spanish': general('inclusivity'),
  // Practical matters.
  fees: general('practical'),
  'sliding-scale': general('practical'),
  'insurance-superbills': general('practical'),
  'cancellation-policy': general('practical'),
  'session-length-frequency': general('practical'),
  'video-sessions': general('practical'),
  confidentiality: general('practical'),
  'records-privacy': general('practical'),
} as const satisfies Record<string, QuestionDefinition>;

export type QuestionId = keyof typeof questionBank;

export const questionIds = Object.keys(questionBank) as readonly QuestionId[];

/** The questions every therapist can be asked, whatever the answers. */
export const generalQuestionIds: readonly QuestionId[] = [
  'licence-and-state',
  'video-across-state-lines',
  'disciplinary-history',
  'sex-therapy-training',
  'share-of-practice',
  'cv-and-training-list',
  'approach-and-methods',
  'what-a-session-looks-like',
  'talk-only-boundary',
  'homework',
  'measuring-progress',
  'giving-feedback',
  'how-long-therapy-lasts',
  'fees',
  'sliding-scale',
  'insurance-superbills',
  'cancellation-policy',
  'session-length-frequency',
  'video-sessions',
  'confidentiality',
  'records-privacy',
];

export const couplesQuestionIds: readonly QuestionId[] = [
  'couples-training',
  'couples-individual-sessions',
  'couples-secrets',
  'couples-different-wants',
  'couples-safety-screening',
];

export const tailoredConcernQuestionIds: readonly QuestionId[] = [
  'concern-experience',
  'concern-what-helps',
  'concern-evidence',
  'concern-not-your-area',
];
