import { useEffect, useRef, useState } from 'react';
import { checklistCopy } from '../../content/results.ts';
import { SHORT_TEXT_MAX } from '../../questionnaire/answers.ts';
import type { ChecklistEntry } from './checklist-entries.ts';

interface ChecklistItemProps {
  entry: ChecklistEntry;
  onToggle: (id: string) => void;
  onSave: (id: string, text: string) => void;
  onRemove: (id: string) => void;
  /** Moves the question into or out of "Start with these". */
  move?: { label: string; onMove: (id: string) => void };
}

/** One question: tick it, rewrite it in place, or remove it. */
export function ChecklistItem({ entry, onToggle, onSave, onRemove, move }: ChecklistItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.text);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Move focus into the field when editing starts, and back to Edit when it ends.
    if (editing) inputRef.current?.focus();
    else if (wasEditing.current) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const checkboxId = `question-${entry.id}`;
  const inputId = `question-edit-${entry.id}`;

  const save = () => {
    const text = draft.trim();
    if (text === '') return setError(checklistCopy.emptyError);
    if (text.length > SHORT_TEXT_MAX) return setError(checklistCopy.tooLong);
    setError(null);
    onSave(entry.id, text);
    setEditing(false);
  };

  return (
    <li className="checklist__item">
      {editing ? (
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor={inputId}>
            {checklistCopy.editLabel}
          </label>
          {error ? (
            <p className="error-message" id={`${inputId}-error`}>
              {error}
            </p>
          ) : null}
          <input
            ref={inputRef}
            id={inputId}
            className="input"
            value={draft}
            maxLength={SHORT_TEXT_MAX}
            autoComplete="off"
            aria-describedby={error ? `${inputId}-error` : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                save();
              }
              if (event.key === 'Escape') setEditing(false);
            }}
          />
          <div className="checklist__actions">
            <button type="button" className="button" onClick={save}>
              {checklistCopy.save}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing(false)}
            >
              {checklistCopy.cancel}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="choice choice--checkbox">
            <input
              id={checkboxId}
              type="checkbox"
              checked={entry.ticked}
              onChange={() => onToggle(entry.id)}
              aria-describedby={entry.why ? `${checkboxId}-why` : undefined}
            />
            <label htmlFor={checkboxId}>{entry.text}</label>
            {entry.why ? (
              <div id={`${checkboxId}-why`} className="choice__hint no-print">
                {entry.why}
              </div>
            ) : null}
          </div>
          <div className="checklist__actions no-print">
            <button
              ref={editButtonRef}
              type="button"
              className="link-button"
              onClick={() => {
                setDraft(entry.text);
                setError(null);
                setEditing(true);
              }}
            >
              {checklistCopy.edit}
              <span className="visually-hidden">: {entry.text}</span>
            </button>
            {move ? (
              <button type="button" className="link-button" onClick={() => move.onMove(entry.id)}>
                {move.label}
                <span className="visually-hidden">: {entry.text}</span>
              </button>
            ) : null}
            <button type="button" className="link-button" onClick={() => onRemove(entry.id)}>
              {checklistCopy.remove}
              <span className="visually-hidden">: {entry.text}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}
