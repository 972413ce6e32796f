// On the summary: the way on to the notebook of free calls (see notebook.ts).

export const notebookLinks = {
  /** The last of the summary's next steps, before its link. */
  summaryLead: 'After each free call, note what they said and compare:',
  summaryLink: 'I’ve had a call',
};
