import { useState } from 'react';
import { checklistCopy } from '../../content/results.ts';
import { planCopy } from '../../content/plan.ts';
import { questionTopicCopy } from '../../content/question-text.ts';
import { QUESTION_NOTES_MAX, SHORT_TEXT_MAX } from '../../questionnaire/answers.ts';
import { groupByTopic, nextOwnId, OWN_TOPIC, type ChecklistEntry } from './checklist-entries.ts';
import { ChecklistItem } from './checklist-item.tsx';
import { useChecklist } from './use-checklist.ts';

interface MoreQuestionsProps {
  /** Every question not in "Start with these". */
  entries: readonly ChecklistEntry[];
  /** Ids the engine put on the shortlist, so moving one back undoes the move. */
  suggestedIds: ReadonlySet<string>;
}

/** "More questions you could ask": grouped by topic, closed until the person opens it. */
export function QuestionChecklist({ entries, suggestedIds }: MoreQuestionsProps) {
  const checklist = useChecklist();
  const { notes } = checklist;
  const [newQuestion, setNewQuestion] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const groups = groupByTopic(entries);

  const add = () => {
    const text = newQuestion.trim();
    if (text === '') return setAddError(checklistCopy.emptyError);
    if (text.length > SHORT_TEXT_MAX) return setAddError(checklistCopy.tooLong);
    if (notes.added.length >= QUESTION_NOTES_MAX) return setAddError(checklistCopy.limit);
    setAddError(null);
    checklist.update(
      { added: [...notes.added, { id: nextOwnId(notes), text }] },
      checklistCopy.added,
    );
    setNewQuestion('');
  };

  return (
    <details className="checklist more-questions">
      <summary className="more-questions__summary">{planCopy.moreSummary(entries.length)}</summary>
      <p className="visually-hidden" role="status" aria-live="polite">
        {checklist.announcement}
      </p>
      {groups.map((group) => (
        <div key={group.topic} className="checklist__group">
          <h3>
            {group.topic === OWN_TOPIC || group.topic === 'therapist'
              ? checklistCopy.ownHeading
              : questionTopicCopy[group.topic].heading}
          </h3>
          <ul className="checklist__list">
            {group.items.map((entry) => (
              <ChecklistItem
                key={entry.id}
                entry={entry}
                onToggle={checklist.toggle}
                onSave={checklist.save}
                onRemove={(id) => checklist.remove(id, entries, 'own-question')}
                move={{
                  label: planCopy.moveIn,
                  onMove: (id) =>
                    checklist.moveIn(id, suggestedIds.has(id), entries, 'own-question'),
                }}
              />
            ))}
          </ul>
        </div>
      ))}
      {notes.removed.length > 0 ? (
        <p className="no-print">
          <button
            type="button"
            className="link-button"
            onClick={() => checklist.update({ removed: [] }, checklistCopy.restored)}
          >
            {checklistCopy.restore(notes.removed.length)}
          </button>
        </p>
      ) : null}
      <div className={`no-print ${addError ? 'form-group form-group--error' : 'form-group'}`}>
        <label className="label" htmlFor="own-question">
          {checklistCopy.addLabel}
        </label>
        {addError ? (
          <p className="error-message" id="own-question-error">
            {addError}
          </p>
        ) : null}
        <div className="inline-form">
          <input
            id="own-question"
            className="input"
            value={newQuestion}
            maxLength={SHORT_TEXT_MAX}
            autoComplete="off"
            aria-describedby={addError ? 'own-question-error' : undefined}
            aria-invalid={addError ? true : undefined}
            onChange={(event) => setNewQuestion(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button--secondary" onClick={add}>
            {checklistCopy.addButton}
          </button>
        </div>
      </div>
    </details>
  );
}
