import { openingSentences, planCopy } from '../../content/plan.ts';
import { LONG_TEXT_MAX } from '../../questionnaire/answers.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useChecklist } from './use-checklist.ts';

/** "How to start the call": suggested first words, which the person can rewrite and keep. */
export function OpeningLines({ therapistName }: { therapistName?: string }) {
  const answers = useAnswersStore((state) => state.answers);
  const { notes, update, replace } = useChecklist();
  const suggested = openingSentences(answers, therapistName);
  const text = notes.opening ?? suggested;
  return (
    <section aria-labelledby="opening-heading" className="plan__opening">
      <h2 id="opening-heading">{planCopy.openingHeading}</h2>
      <div className="form-group no-print">
        <label className="label" htmlFor="opening-lines">
          {planCopy.openingLabel}
        </label>
        <textarea
          id="opening-lines"
          className="textarea"
          rows={3}
          value={text}
          maxLength={LONG_TEXT_MAX}
          onChange={(event) => update({ opening: event.target.value })}
        />
        {notes.opening !== undefined && notes.opening !== suggested ? (
          <p>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const rest = { ...notes };
                delete rest.opening;
                replace(rest);
              }}
            >
              {planCopy.openingReset}
            </button>
          </p>
        ) : null}
      </div>
      <blockquote className="print-only pre-line">{text}</blockquote>
    </section>
  );
}
