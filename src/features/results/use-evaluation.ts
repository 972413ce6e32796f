import { useMemo } from 'react';
import { evaluate, type Evaluation } from '../../rules/evaluate.ts';
import type { Answers } from '../../questionnaire/answers.ts';

/** Suggestions are derived, never stored: computed from the answers on each change. */
export function useEvaluation(answers: Answers, therapistQuestions = 0): Evaluation {
  return useMemo(() => evaluate(answers, { therapistQuestions }), [answers, therapistQuestions]);
}
