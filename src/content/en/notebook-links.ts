// On the summary: the way on to the notebook of free calls (see notebook.ts).

export const notebookLinks = {
  summaryHeading: 'After a free call',
  summaryLead:
    'Write down what you heard while it is fresh. After two or three calls, you can compare them side by side.',
  summaryLink: 'I’ve had a call',
};
