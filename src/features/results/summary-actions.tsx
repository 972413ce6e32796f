import { useState } from 'react';
import { resultsCopy } from '../../content/results.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import type { Evaluation } from '../../rules/evaluate.ts';
import { downloadAnswersFile } from '../../storage/answers-file.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { downloadText } from '../../storage/download.ts';
import { planCopy } from '../../content/plan.ts';
import { noPlanContext, type PlanContext } from './checklist-entries.ts';
import { summaryMarkdown } from './summary-text.ts';

/** Print, copy, or save the summary, and save the answers to open again later. */
interface SummaryActionsProps {
  answers: Answers;
  evaluation: Evaluation;
  /** More Markdown for the text summary, e.g. a therapist's questions with the answers. */
  extraMarkdown?: string;
  context?: PlanContext;
  /** The same actions sit at the top and at the end of the summary. */
  placement?: 'top' | 'end';
}

export function SummaryActions({
  answers,
  evaluation,
  extraMarkdown = '',
  context = noPlanContext,
  placement = 'end',
}: SummaryActionsProps) {
  const [status, setStatus] = useState('');
  const text = () => summaryMarkdown(answers, evaluation, extraMarkdown, context);
  const headingId = 'actions-heading';
  // At the top the actions are a quiet row of links, so the plan starts high on a phone.
  const primary = placement === 'top' ? 'link-button' : 'button';
  const secondary = placement === 'top' ? 'link-button' : 'button button--secondary';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(resultsCopy.copied);
    } catch {
      setStatus(resultsCopy.copyFailed);
    }
  };
  return (
    <section
      aria-labelledby={placement === 'end' ? headingId : undefined}
      aria-label={placement === 'top' ? planCopy.actionsTopLabel : undefined}
      className={`summary-actions summary-actions--${placement} no-print`}
    >
      {placement === 'end' ? <h2 id={headingId}>{resultsCopy.actionsHeading}</h2> : null}
      <div className="button-group">
        <button type="button" className={primary} onClick={() => window.print()}>
          {resultsCopy.print}
        </button>
        <button type="button" className={secondary} onClick={() => void copy()}>
          {resultsCopy.copy}
        </button>
        <button
          type="button"
          className={secondary}
          onClick={() => downloadText(text(), resultsCopy.summaryFileName, 'text/markdown')}
        >
          {resultsCopy.downloadSummary}
        </button>
        {placement === 'end' ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadAnswersFile(answers, useAnswersStore.getState().notebook)}
          >
            {resultsCopy.downloadAnswers}
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="status-line">
        {status}
      </p>
    </section>
  );
}
