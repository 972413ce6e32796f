import { useState } from 'react';
import { checklistCopy } from '../../content/results.ts';
import { planCopy } from '../../content/plan.ts';
import { emptyQuestionNotes, type QuestionNotes } from '../../questionnaire/answers.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import type { ChecklistEntry } from './checklist-entries.ts';

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
}
const without = (list: readonly string[] | undefined, id: string) =>
  (list ?? []).filter((item) => item !== id);

/** Keeps the keyboard in a list after an item leaves it: the next item, or the one before. */
function focusNeighbour(list: readonly ChecklistEntry[], id: string, fallback: string) {
  const index = list.findIndex((entry) => entry.id === id);
  const neighbour = list[index + 1] ?? list[index - 1];
  const target = neighbour ? `question-${neighbour.id}` : fallback;
  window.setTimeout(() => document.getElementById(target)?.focus(), 0);
}

/** The person's edits to the questions, kept with the answers: tick, rewrite, remove, move. */
export function useChecklist() {
  const notes = useAnswersStore((state) => state.answers.questionNotes) ?? emptyQuestionNotes();
  const setNotes = useAnswersStore((state) => state.setQuestionNotes);
  const [announcement, setAnnouncement] = useState('');
  const update = (next: Partial<QuestionNotes>, message?: string) => {
    setNotes({ ...notes, ...next });
    if (message) setAnnouncement(message);
  };
  const isOwn = (id: string) => notes.added.some((added) => added.id === id);

  return {
    notes,
    announcement,
    update,
    /** Replaces the notes whole, e.g. to drop an optional field. */
    replace: setNotes,
    toggle: (id: string) => update({ ticked: toggle(notes.ticked, id) }),
    save: (id: string, text: string) =>
      update(
        isOwn(id)
          ? { added: notes.added.map((added) => (added.id === id ? { id, text } : added)) }
          : { edited: { ...notes.edited, [id]: text } },
        checklistCopy.saved,
      ),
    remove: (id: string, list: readonly ChecklistEntry[], fallback: string) => {
      update(
        {
          removed: isOwn(id) ? notes.removed : [...notes.removed, id],
          added: notes.added.filter((added) => added.id !== id),
          ticked: without(notes.ticked, id),
          shortlistAdded: without(notes.shortlistAdded, id),
        },
        checklistCopy.removed,
      );
      focusNeighbour(list, id, fallback);
    },
    /** Into "Start with these" (`suggested`: the engine had it there before). */
    moveIn: (id: string, suggested: boolean, list: readonly ChecklistEntry[], fallback: string) => {
      update(
        suggested
          ? { shortlistRemoved: without(notes.shortlistRemoved, id) }
          : { shortlistAdded: [...without(notes.shortlistAdded, id), id] },
        planCopy.movedIn,
      );
      focusNeighbour(list, id, fallback);
    },
    moveOut: (
      id: string,
      suggested: boolean,
      list: readonly ChecklistEntry[],
      fallback: string,
    ) => {
      update(
        suggested
          ? { shortlistRemoved: [...without(notes.shortlistRemoved, id), id] }
          : { shortlistAdded: without(notes.shortlistAdded, id) },
        planCopy.movedOut,
      );
      focusNeighbour(list, id, fallback);
    },
  };
}
