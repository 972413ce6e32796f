import { useState } from 'react';
import { resultsCopy } from '../../content/en/results.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import type { Evaluation } from '../../rules/evaluate.ts';
import { downloadAnswersFile } from '../../storage/answers-file.ts';
import { downloadText } from '../../storage/download.ts';
import { summaryMarkdown } from './summary-text.ts';

/** Print, copy, or save the summary, and save the answers to open again later. */
interface SummaryActionsProps {
  answers: Answers;
  evaluation: Evaluation;
  /** More Markdown for the text summary, e.g. a therapist's questions with the answers. */
  extraMarkdown?: string;
}

export function SummaryActions({ answers, evaluation, extraMarkdown = '' }: SummaryActionsProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryMarkdown(answers, evaluation, extraMarkdown));
      setStatus(resultsCopy.copied);
    } catch {
      setStatus(resultsCopy.copyFailed);
    }
  };
  return (
    <section aria-labelledby="actions-heading" className="summary-actions no-print">
      <h2 id="actions-heading">{resultsCopy.actionsHeading}</h2>
      <div className="button-group">
        <button type="button" className="button" onClick={() => window.print()}>
          {resultsCopy.print}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {resultsCopy.copy}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadText(
              summaryMarkdown(answers, evaluation, extraMarkdown),
              resultsCopy.summaryFileName,
              'text/markdown',
            )
          }
        >
          {resultsCopy.downloadSummary}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadAnswersFile(answers)}
        >
          {resultsCopy.downloadAnswers}
        </button>
      </div>
      <p role="status" aria-live="polite" className="status-line">
        {status}
      </p>
    </section>
  );
}
