import { BOTH_ITEMS_MAX, emptyBothItems, type BothItems } from '../../questionnaire/both-items.ts';
import type { PrivacyMarks } from '../../questionnaire/privacy-marks.ts';

// The three choices of the "what to share" page, per topic, hope and interest, kept as a map
// while the page is open and turned back into marks on Continue.

export type ItemKind = keyof BothItems;
export const itemKinds: readonly ItemKind[] = ['concerns', 'goals', 'affirming'];
export const shareChoices = ['share', 'if-both', 'private'] as const;
export type ShareChoice = (typeof shareChoices)[number];

/** `${kind}:${id}` for each item the person answered. */
export type Choices = Record<string, ShareChoice>;

export const choiceKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

export function choicesFrom(marks: PrivacyMarks, answered: BothItems): Choices {
  const ifBoth = marks.ifBoth ?? emptyBothItems();
  const choices: Choices = {};
  for (const kind of itemKinds) {
    for (const id of answered[kind] as string[]) {
      const hidden = (marks[kind] as string[]).includes(id);
      const both = (ifBoth[kind] as string[]).includes(id);
      choices[choiceKey(kind, id)] = hidden ? 'private' : both ? 'if-both' : 'share';
    }
  }
  return choices;
}

/** The marks for these choices; free-text marks are kept as they were. */
export function marksFrom(choices: Choices, answered: BothItems, texts: PrivacyMarks['texts']) {
  const pick = (kind: ItemKind, choice: ShareChoice) =>
    (answered[kind] as string[]).filter((id) => choices[choiceKey(kind, id)] === choice);
  return {
    concerns: pick('concerns', 'private'),
    goals: pick('goals', 'private'),
    affirming: pick('affirming', 'private'),
    texts,
    ifBoth: {
      concerns: pick('concerns', 'if-both'),
      goals: pick('goals', 'if-both'),
      affirming: pick('affirming', 'if-both'),
    },
  } as PrivacyMarks;
}

/** The first item past the limit of "only if we both" choices, in page order, or null. */
export function firstOverLimit(choices: Choices, answered: BothItems): string | null {
  const chosen = itemKinds.flatMap((kind) =>
    (answered[kind] as string[])
      .map((id) => choiceKey(kind, id))
      .filter((key) => choices[key] === 'if-both'),
  );
  return chosen[BOTH_ITEMS_MAX] ?? null;
}
