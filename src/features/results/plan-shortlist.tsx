import { planCopy } from '../../content/plan.ts';
import type { ChecklistEntry } from './checklist-entries.ts';
import { ChecklistItem } from './checklist-item.tsx';
import { useChecklist } from './use-checklist.ts';

interface PlanShortlistProps {
  entries: readonly ChecklistEntry[];
  suggestedIds: ReadonlySet<string>;
}

/** "Start with these": the few questions to ask first, each with why it is here. */
export function PlanShortlist({ entries, suggestedIds }: PlanShortlistProps) {
  const checklist = useChecklist();
  return (
    <section aria-labelledby="start-heading" className="plan__start" tabIndex={-1} id="start">
      <h2 id="start-heading">{planCopy.startHeading}</h2>
      <p className="print-hide">{planCopy.startLead}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {checklist.announcement}
      </p>
      {entries.length === 0 ? <p>{planCopy.emptyShortlist}</p> : null}
      <ol className="checklist__list plan__list">
        {entries.map((entry) => (
          <ChecklistItem
            key={entry.id}
            entry={entry}
            onToggle={checklist.toggle}
            onSave={checklist.save}
            onRemove={(id) => checklist.remove(id, entries, 'start')}
            move={
              entry.topic === 'therapist'
                ? undefined
                : {
                    label: planCopy.moveOut,
                    onMove: (id) => checklist.moveOut(id, suggestedIds.has(id), entries, 'start'),
                  }
            }
          />
        ))}
      </ol>
    </section>
  );
}
