import { useMemo } from 'react';
import { planFor } from '../features/results/checklist-entries.ts';
import { usePlanContext } from '../features/results/use-plan-context.ts';
import { useEvaluation } from '../features/results/use-evaluation.ts';
import { ComparePage } from '../features/notebook/compare-page.tsx';
import { EntryPage } from '../features/notebook/entry-page.tsx';
import { NotebookPage } from '../features/notebook/notebook-page.tsx';
import { useAnswersStore } from '../storage/answers-store.ts';
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

export function NotebookEntryRoute() {
  const summaryReady = useSummaryReady();
  const answers = useAnswersStore((state) => state.answers);
  const context = usePlanContext();
  const evaluation = useEvaluation(answers, context.therapistEntries.length);
  // The questions the person chose to start with, as they worded them.
  const planQuestions = useMemo(
    () =>
      summaryReady
        ? planFor(answers, evaluation, context).start.map(({ id, text }) => ({ id, text }))
        : [],
    [summaryReady, answers, evaluation, context],
  );
  return (
    <EntryPage
      planQuestions={planQuestions}
      place={evaluation.place.id}
      summaryReady={summaryReady}
    />
  );
}

export function NotebookCompareRoute() {
  return <ComparePage />;
}
