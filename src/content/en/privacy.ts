export const deleteCopy = {
  title: 'Delete my answers',
  body: 'This removes every answer you have given from this browser. It cannot be undone.',
  tip: 'If you may want them later, download your answers first from your summary page.',
  confirm: 'Yes, delete my answers',
  cancel: 'Keep my answers',
  doneTitle: 'Your answers are deleted',
  doneBody: 'Nothing from this app is left in this browser.',
  doneStart: 'Go to the start',
};
