import { useMemo } from 'react';
import { evaluate, type Evaluation } from '../../rules/evaluate.ts';
import type { Answers } from '../../questionnaire/answers.ts';

/** Suggestions are derived, never stored: computed from the answers on each change. */
export function useEvaluation(answers: Answers): Evaluation {
  return useMemo(() => evaluate(answers), [answers]);
}
