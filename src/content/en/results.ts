import { plural } from '../format.ts';

export const resultsCopy = {
  title: 'Your consultation summary',
  pageName: 'Your summary',
  lead: 'Your plan for a free first call, and what to look for in a therapist.',
  nextStepsHeading: 'Your next steps',
  nextSteps: {
    lookFor: (titles: string) =>
      `Look for a therapist who offers ${titles}. The search words below help in online directories.`,
    book: 'Book a free first call with two or three therapists. It is normal to try a few before one feels right.',
    ask: 'Start with the questions at the top, and tick them off as you go.',
    doctor: (titles: string) => `Ask a doctor or another professional about ${titles}.`,
  },
  safetyHeading: 'Support you can reach today',
  specialtiesHeading: 'What to look for in a therapist',
  specialtiesLead: 'Most useful first. A therapist does not need to tick every box.',
  whyToggle: 'Why we suggest this',
  searchWords: 'Words to search for in therapist directories',
  credentials: 'Training and credentials to check',
  questionsHeading: 'Questions to ask in a free consultation',
  questionsLead:
    'Most therapists offer a short free call, often 15 to 20 minutes, to see if you are a good fit. Pick the questions that matter most to you. You can tick, change, remove and add questions.',
  referralsHeading: 'Things to check with a doctor',
  referralsLead:
    'Sex therapists work alongside doctors and physical therapists. These checks can help.',
  goals: 'What you would like to change',
  better: 'What better would look like',
  know: 'What you want a therapist to know',
  other: 'Something else you mentioned',
  actionsHeading: 'Save or print your summary',
  print: 'Print or save as PDF',
  copy: 'Copy summary as text',
  copied: 'Summary copied. You can paste it into a note or an email to yourself.',
  copyFailed: 'Copying did not work in this browser. Use “Download summary” instead.',
  downloadSummary: 'Download summary (text file)',
  downloadAnswers: 'Download my answers (to open again later)',
  summaryFileName: 'consultation-summary.md',
  changeAnswers: 'Change your answers',
  rank: (position: number) => `Suggestion ${position}`,
};

export const checklistCopy = {
  edit: 'Edit',
  editLabel: 'Edit this question',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  removed: 'Question removed.',
  restored: 'Removed questions are back.',
  saved: 'Question saved.',
  added: 'Question added.',
  restore: (count: number) =>
    `Bring back ${count} removed ${plural(count, { one: 'question', other: 'questions' })}`,
  ownHeading: 'Your own questions',
  addLabel: 'Add a question of your own',
  addButton: 'Add question',
  emptyError: 'Type a question first',
  tooLong: 'Keep this to 200 characters or fewer',
  limit: 'You have added as many questions as this list can hold.',
  question: 'Question',
};
