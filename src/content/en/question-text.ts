import type { ConcernId } from '../../questionnaire/ids.ts';
import type { QuestionItem } from '../../rules/evaluate.ts';
import type { QuestionTopicCatalogue } from '../content-schemas.ts';
import { concernCopy } from './concerns.ts';
import { questionCopy } from './questions.ts';

export const concernPlaceholder = '{concern}';

/** How many concerns a tailored question names before it says "other things I listed". */
export const maxNamedConcerns = 3;

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

/** "a", "a and b", "a, b and c", "a, b, c and other things I listed". */
export function listConcerns(concerns: readonly ConcernId[]): string {
  const names = concerns.slice(0, maxNamedConcerns).map((id) => concernCopy[id].short);
  if (concerns.length > maxNamedConcerns) names.push('other things I listed');
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The words of a question, with the user's concerns filled in where the question names them. */
export function questionText(item: Pick<QuestionItem, 'id' | 'concerns'>): string {
  const copy = questionCopy[item.id];
  if (!copy.text.includes(concernPlaceholder)) return copy.text;
  if (item.concerns.length === 0) return copy.fallback ?? copy.text;
  return copy.text.replace(concernPlaceholder, listConcerns(item.concerns));
}
