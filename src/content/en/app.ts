// Words for the page frame and the things every page shares.
export const appCopy = {
  serviceName: 'Consultation prep',
  titleSuffix: 'Consultation prep',
  skipLink: 'Skip to main content',
  /** Names the header's links to help, for screen readers. */
  helpNav: 'Help',
  needHelpNow: 'Need help now?',
  exit: 'Exit this page',
  exitHint: 'Or press Shift three times',
  footerNav: 'About this app',
  footerLinks: {
    /** Neutral on purpose: the notebook of free calls. */
    notes: 'My notes',
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
};

export function pageTitle(name: string): string {
  return `${name} – ${appCopy.titleSuffix}`;
}
