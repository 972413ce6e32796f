import type { ReactNode } from 'react';
import type { ChoiceItem } from './choice-group.tsx';

/** Items for a ChoiceGroup from ids in order and their words (and hints) keyed by id. */
export function labelled<T extends string>(
  values: readonly T[],
  labels: Record<T, ReactNode>,
  hints?: Partial<Record<T, ReactNode>>,
): ChoiceItem<T>[] {
  return values.map((value) => ({ value, label: labels[value], hint: hints?.[value] }));
}
