import type { ReactNode } from 'react';
import { turnCopy } from '../content/couples.ts';
import { displayNames } from '../features/couples/couple-paths.ts';
import { PageHeadingTag } from '../components/ui/page-heading.tsx';
import { useCoupleStore, type CoupleState } from '../storage/couple-store.ts';
import './together-journey-tag.css';

/** Whose answers the pages hold now: a name only while a partner answers, on one device. */
export function answeringName(
  couple: Pick<CoupleState, 'mode' | 'stage' | 'turn' | 'names'>,
): string | null {
  if (couple.mode !== 'together' || couple.stage !== 'answering') return null;
  return displayNames(couple.names)[couple.turn];
}

/**
 * Puts "Alex's answers" on the heading of every page inside, during Alex's turn, so two people
 * sharing a device never lose track of whose turn it is. Hand-over screens stay outside it.
 */
export function WhoseAnswersTag({ children }: { children: ReactNode }) {
  const name = useCoupleStore(answeringName);
  return (
    <PageHeadingTag value={name === null ? null : turnCopy.whoseAnswers(name)}>
      {children}
    </PageHeadingTag>
  );
}
