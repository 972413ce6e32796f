import { useEffect, useMemo, useState } from 'react';
import { planFor } from '../features/results/checklist-entries.ts';
import { usePlanContext } from '../features/results/use-plan-context.ts';
import { useEvaluation } from '../features/results/use-evaluation.ts';
import { ComparePage } from '../features/notebook/compare-page.tsx';
import type { PlanQuestion } from '../features/notebook/entry-draft.ts';
import { EntryPage } from '../features/notebook/entry-page.tsx';
import { NotebookPage } from '../features/notebook/notebook-page.tsx';
import { useAnswersStore } from '../storage/answers-store.ts';
import { useCoupleStore } from '../storage/couple-store.ts';
import { useProgress } from './use-progress.ts';

// The notebook pages, given what they need from the person's plan. The notebook feature knows
// nothing of the results feature: this is where the two meet.

function useSummaryReady(): boolean {
  const { ageConfirmed, nextStep } = useProgress();
  return ageConfirmed && nextStep === undefined;
}

export function NotebookRoute() {
  return <NotebookPage summaryReady={useSummaryReady()} />;
}

/**
 * A couple on one device, with both turns done, asks the shared view's questions: fetched with
 * the couples code, only then. Undefined while it loads; null when this is not such a couple.
 */
function useTogetherQuestions() {
  const mode = useCoupleStore((state) => state.mode);
  const partners = useCoupleStore((state) => state.partners);
  const names = useCoupleStore((state) => state.names);
  const both = mode === 'together' && partners.a !== null && partners.b !== null;
  const [questions, setQuestions] = useState<PlanQuestion[] | null | undefined>(
    both ? undefined : null,
  );
  useEffect(() => {
    if (!both) return;
    let live = true;
    void import('../features/couples/couple-call-questions.ts').then((module) => {
      if (live) setQuestions(module.togetherCallQuestions({ mode, partners, names }));
    });
    return () => {
      live = false;
    };
  }, [both, mode, partners, names]);
  return both ? questions : null;
}

export function NotebookEntryRoute() {
  const summaryReady = useSummaryReady();
  const answers = useAnswersStore((state) => state.answers);
  const context = usePlanContext();
  const evaluation = useEvaluation(answers, context.therapistEntries.length);
  const together = useTogetherQuestions();
  // The questions the person chose to start with, as they worded them.
  const planQuestions = useMemo(
    () =>
      together ??
      (summaryReady
        ? planFor(answers, evaluation, context).start.map(({ id, text }) => ({ id, text }))
        : []),
    [together, summaryReady, answers, evaluation, context],
  );
  // The form takes its questions as it opens, so it waits the moment the couple's take to load.
  if (together === undefined) return null;
  return (
    <EntryPage
      planQuestions={planQuestions}
      place={evaluation.place.id}
      summaryReady={summaryReady || together !== null}
    />
  );
}

export function NotebookCompareRoute() {
  return <ComparePage />;
}
