import type { ConcernId } from '../../questionnaire/ids.ts';
import type { QuestionItem } from '../../rules/evaluate.ts';
import type { QuestionCopy, QuestionTopicCatalogue } from '../content-schemas.ts';
import { concernCopy } from './concerns.ts';
import { questionCopyByCountry } from './place-credentials.ts';
import { questionCopy, sharedQuestionCopy } from './questions.ts';
import { formatList } from '../format.ts';

export const concernPlaceholder = '{concern}';

/** A tailored question names one or two topics; with more it asks in general words. */
export const maxNamedConcerns = 2;

export const questionTopicCopy: QuestionTopicCatalogue = {
  'licence-training': { heading: 'Licence and training' },
  'your-concern': { heading: 'What you want help with' },
  approach: { heading: 'How they work' },
  safety: { heading: 'Your safety' },
  couples: { heading: 'Working with couples' },
  body: { heading: 'The body side' },
  inclusivity: { heading: 'Feeling understood' },
  practical: { heading: 'Cost, time and privacy' },
};

/** "a" or "a and b". */
export function listConcerns(concerns: readonly ConcernId[]): string {
  return formatList(concerns.map((id) => concernCopy[id].short));
}

/** A question's words for the place the item is for: a licence is asked about in that country's terms. */
export function questionCopyFor(item: Pick<QuestionItem, 'id' | 'place'>): QuestionCopy {
  const place = item.place;
  const local = place && place !== 'us' && place !== 'not-said' ? questionCopyByCountry[place] : {};
  return { ...questionCopy[item.id], ...local[item.id] };
}

/**
 * The words of a question, with the user's concerns filled in where the question names them.
 * `shared` gives the words of the couples view, which says "we", never "I".
 */
export function questionText(
  item: Pick<QuestionItem, 'id' | 'concerns' | 'place'>,
  shared = false,
): string {
  const copy = shared
    ? { ...questionCopyFor(item), ...sharedQuestionCopy[item.id] }
    : questionCopyFor(item);
  if (!copy.text.includes(concernPlaceholder)) return copy.text;
  if (item.concerns.length === 0 || item.concerns.length > maxNamedConcerns) {
    return copy.fallback ?? copy.text;
  }
  return copy.text.replace(concernPlaceholder, listConcerns(item.concerns));
}
