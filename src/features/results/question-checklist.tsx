import { useState } from 'react';
import { checklistCopy } from '../../content/en/results.ts';
import { questionTopicCopy } from '../../content/en/question-text.ts';
import {
  emptyQuestionNotes,
  QUESTION_NOTES_MAX,
  SHORT_TEXT_MAX,
} from '../../questionnaire/answers.ts';
import type { QuestionItem } from '../../rules/evaluate.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { checklistEntries, groupByTopic, nextOwnId, OWN_TOPIC } from './checklist-entries.ts';
import { ChecklistItem } from './checklist-item.tsx';

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
}

/** The consultation questions as a checklist the person can tick, edit, remove and add to. */
export function QuestionChecklist({ questions }: { questions: readonly QuestionItem[] }) {
  const notes = useAnswersStore((state) => state.answers.questionNotes) ?? emptyQuestionNotes();
  const setNotes = useAnswersStore((state) => state.setQuestionNotes);
  const [announcement, setAnnouncement] = useState('');
  const [newQuestion, setNewQuestion] = useState('');
  const [addError, setAddError] = useState<string | null>(null);

  const entries = checklistEntries(questions, notes);
  const groups = groupByTopic(entries);

  const remove = (id: string) => {
    const isOwn = notes.added.some((added) => added.id === id);
    setNotes({
      ...notes,
      removed: isOwn ? notes.removed : [...notes.removed, id],
      added: notes.added.filter((added) => added.id !== id),
      ticked: notes.ticked.filter((item) => item !== id),
    });
    setAnnouncement(checklistCopy.removed);
    // Keep the keyboard in the list: focus the next question, or the one before it.
    const index = entries.findIndex((entry) => entry.id === id);
    const neighbour = entries[index + 1] ?? entries[index - 1];
    const target = neighbour ? `question-${neighbour.id}` : 'own-question';
    window.setTimeout(() => document.getElementById(target)?.focus(), 0);
  };

  const save = (id: string, text: string) => {
    const isOwn = notes.added.some((added) => added.id === id);
    setNotes(
      isOwn
        ? { ...notes, added: notes.added.map((added) => (added.id === id ? { id, text } : added)) }
        : { ...notes, edited: { ...notes.edited, [id]: text } },
    );
    setAnnouncement(checklistCopy.saved);
  };

  const add = () => {
    const text = newQuestion.trim();
    if (text === '') return setAddError(checklistCopy.emptyError);
    if (text.length > SHORT_TEXT_MAX) return setAddError(checklistCopy.tooLong);
    if (notes.added.length >= QUESTION_NOTES_MAX) return setAddError(checklistCopy.limit);
    setAddError(null);
    setNotes({ ...notes, added: [...notes.added, { id: nextOwnId(notes), text }] });
    setNewQuestion('');
    setAnnouncement(checklistCopy.added);
  };

  return (
    <div className="checklist">
      <p className="hint no-print">{checklistCopy.tickHint}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {groups.map((group) => (
        <div key={group.topic} className="checklist__group">
          <h3>
            {group.topic === OWN_TOPIC
              ? checklistCopy.ownHeading
              : questionTopicCopy[group.topic].heading}
          </h3>
          <ul className="checklist__list">
            {group.items.map((entry) => (
              <ChecklistItem
                key={entry.id}
                entry={entry}
                onToggle={(id) => setNotes({ ...notes, ticked: toggle(notes.ticked, id) })}
                onSave={save}
                onRemove={remove}
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
            onClick={() => {
              setNotes({ ...notes, removed: [] });
              setAnnouncement(checklistCopy.restored);
            }}
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
    </div>
  );
}
