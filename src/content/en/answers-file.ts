export const answersFileCopy = {
  fileName: 'consultation-prep-answers.json',
  problems: {
    'too-large':
      'This file is too large to be a saved answers file. Please choose the file this app saved.',
    'not-json':
      'This file could not be read. It may be damaged, or it may not be a file saved by this app.',
    'wrong-format':
      'This does not look like a file saved by this app. Please choose the answers file it saved.',
    'newer-version':
      'This file was saved by a newer version of this app, so it cannot be opened here.',
    invalid: 'Some answers in this file could not be read',
    empty: 'The file is empty. Please choose the answers file this app saved.',
  },
  keptNote: 'Nothing you have already entered has changed.',
};
