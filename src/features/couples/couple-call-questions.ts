import { compareAnswers } from '../../rules/compare.ts';
import type { CoupleState } from '../../storage/couple-store.ts';
import { comparisonView } from './comparison-model.ts';
import { displayNames } from './couple-paths.ts';
import { sharedParts } from './partner-seal.ts';

/**
 * The questions a couple on one device takes to a free call: the shared view's, built from what
 * both chose to share only. Null until both partners have finished their turns.
 */
export function togetherCallQuestions(
  couple: Pick<CoupleState, 'mode' | 'partners' | 'names'>,
): { id: string; text: string }[] | null {
  const { a, b } = couple.partners;
  if (couple.mode !== 'together' || !a || !b) return null;
  const shared = sharedParts(a, b);
  const comparison = compareAnswers(shared.a, shared.b, 'couple-together');
  return comparisonView(comparison, displayNames(couple.names)).questions.map(({ id, text }) => ({
    id,
    text,
  }));
}
