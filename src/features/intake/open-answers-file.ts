import { answersFileCopy } from '../../content/answers-file.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { parseAnswersFile } from '../../storage/answers-file.ts';

/**
 * Reads an answers file and, if it is good, puts its answers in place of the ones here.
 * Returns what was wrong with it, in words, or null. Loaded only once a file is chosen: the
 * file reader brings zod and its messages, so the start page loads without them.
 */
export async function openAnswersFile(file: File): Promise<string | null> {
  const result = parseAnswersFile(await file.text());
  if (!result.ok) return answersFileCopy.problems[result.problem];
  const { replaceAnswers, replaceNotebook } = useAnswersStore.getState();
  replaceAnswers(result.answers, result.dropped);
  // A file with call notes brings them back; a file without keeps the notes already here.
  if (result.notebook) replaceNotebook(result.notebook);
  return null;
}
