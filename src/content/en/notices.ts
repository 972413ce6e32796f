import type { NoticeField } from '../../storage/persisted-state.ts';

// Words for the notices that say, kindly, when something saved could not all be read back.
// They load only when there is such a notice (app/notice-banners.tsx).
export const noticeCopy = {
  loadNotice: {
    unreadable:
      'We could not read the answers saved in this tab, so you are starting fresh. Sorry about that.',
    'newer-version':
      'Your saved answers come from a newer version of this app, so we could not open them here. You are starting fresh.',
    partlyRestored:
      'Some saved answers could not be read, or had changed since they were saved, so we kept the rest. Please check these parts again:',
    partlyRestoredFromFile:
      'Some answers in your file could not be read, or had changed since it was saved, so we kept the rest. Please check these parts again:',
    dismiss: 'OK, hide this message',
  },
  sessionNotice: {
    couple:
      'Some of your couple session saved in this tab could not be read, or had changed, so we kept the rest. Please check these parts again:',
    link: 'Some of what you saved for your therapist’s link could not be read, so we kept the rest:',
    owner: (name: string, part: string) => `${name}’s answers: ${part}`,
    partnerOwner: (part: string) => `Your partner’s answers from their code: ${part}`,
    partnerOwnerAll:
      'Your partner’s answers from their code. Please ask for their code again, or enter it again.',
    parts: {
      names: 'your names',
      facts: 'what you answered together (your relationship)',
      progress: 'where you were in the steps',
      marks: 'what was marked “only for me”. To be safe, we now keep all of these answers private',
      linkAnswers: 'the answers to the therapist’s questions',
      ownName: 'your name',
      record: 'all of their answers. Please answer this part again',
    },
    linkParts: {
      link: (name: string | null) =>
        `${name ? `${name}’s` : 'The therapist’s'} details, and your answers to their questions. If you still want them, open the link again.`,
      answer: (question: number) => `Your answer to question ${question} of the therapist’s`,
      questionsDone: 'Whether you finished the therapist’s questions',
      unknown: 'An answer we did not recognise',
    },
    defaultNames: { a: 'Partner A', b: 'Partner B' },
  },
  fieldNames: {
    all: 'all answers',
    unknown: 'an answer we did not recognise',
    who: 'who is filling this in',
    concerns: 'what you would like help with',
    primaryConcern: 'what matters most',
    concernDetails: 'details about your topics',
    relationship: 'your relationship',
    partnerTakingPart: 'whether your partner takes part',
    feelsUnsafe:
      'the question about feeling safe (until you answer it again, we treat it as “I’d rather not say”)',
    health: 'health and body',
    affirming: 'what matters to you in a therapist',
    goals: 'your goals',
    concernsNotSure: 'whether you are not sure yet',
    concernsPreferNotToSay: 'whether you would rather not say',
    otherConcern: 'anything else you would like help with',
    relationshipLength: 'how long you have been together',
    healthSkipped: 'the health and body page',
    healthPreferNotToSay: 'the health and body page',
    betterLooksLike: 'what better would look like',
    therapistShouldKnow: 'what a therapist should know',
    sessionFormat: 'how you would like to meet',
    therapistGender: 'the therapist’s gender',
    budget: 'how you would pay',
    location: 'your town or area',
    country: 'the country you live in',
    language: 'the language you would like',
    questionNotes: 'your notes on questions to ask',
    answered: 'which pages you finished',
    ageConfirmed: 'your answer about your age',
    notebook: 'some of your notes from calls with therapists',
  } satisfies Record<NoticeField, string>,
};
