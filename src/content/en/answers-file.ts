import type { AnswersFileProblem } from '../../storage/answers-file.ts';

export const answersFileCopy = {
  problems: {
    'too-large':
      'This file is too large to be a saved answers file. Please choose the file this app saved.',
    'not-json':
      'This file could not be read. It may be damaged, or it may not be a file saved by this app.',
    'wrong-format':
      'This does not look like a file saved by this app. Please choose the answers file it saved.',
    'newer-version':
      'This file was saved by a newer version of this app, so it cannot be opened here.',
    'nothing-readable':
      'None of the answers in this file could be read. It may be damaged. Please choose another copy if you have one.',
    empty: 'The file is empty. Please choose the answers file this app saved.',
  } satisfies Record<AnswersFileProblem, string>,
};
