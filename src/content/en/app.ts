// Words for the page frame and the things every page shares.
export const appCopy = {
  serviceName: 'Consultation prep',
  titleSuffix: 'Consultation prep',
  skipLink: 'Skip to main content',
  needHelpNow: 'Need help now?',
  exit: 'Exit this page',
  exitHint: 'Or press Shift three times',
  footerNav: 'About this app',
  footerLinks: {
    privacy: 'Privacy',
    stayingSafe: 'Staying safe online',
    deleteAnswers: 'Delete everything',
    forTherapists: 'For therapists',
  },
  footerNote: 'Your answers stay on this device. Nothing is sent anywhere.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  continue: 'Continue',
  back: 'Back',
  optional: '(optional)',
  /** A question's words with the optional mark, as legends show them. */
  withOptional: (question: string) => `${question} (optional)`,
  whyWeAsk: 'Why we ask:',
  loadNotice: {
    unreadable:
      'We could not read the answers saved in this tab, so you are starting fresh. Sorry about that.',
    'newer-version':
      'Your saved answers come from a newer version of this app, so we could not open them here. You are starting fresh.',
    partlyRestored:
      'Some saved answers could not be read, so we kept the rest. Please check these parts again:',
    dismiss: 'OK, hide this message',
  },
  fieldNames: {
    all: 'all answers',
    who: 'who is filling this in',
    concerns: 'what you would like help with',
    primaryConcern: 'what matters most',
    concernDetails: 'details about your topics',
    relationship: 'your relationship',
    partnerTakingPart: 'whether your partner takes part',
    feelsUnsafe: 'the safety question',
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
    location: 'where you live',
    language: 'your language',
    questionNotes: 'your notes on questions to ask',
    answered: 'which pages you finished',
    ageConfirmed: 'your answer about your age',
  } as Record<string, string>,
};

export function pageTitle(name: string): string {
  return `${name} – ${appCopy.titleSuffix}`;
}
