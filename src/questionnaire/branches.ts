import type { Answers } from './answers.ts';
import { asksAboutPartner } from './steps.ts';

/**
 * Drops answers that belong to a branch the user has left, so the document never
 * half-keeps them: details of concerns no longer chosen, a primary concern no longer
 * listed, and partner answers once the person says they are single. The safety answer is
 * always kept: anyone may be afraid of someone, with or without a partner.
 */
export function pruneAnswers(answers: Answers): Answers {
  const next: Answers = { ...answers };
  if (next.primaryConcern !== null && !next.concerns.includes(next.primaryConcern)) {
    next.primaryConcern = null;
  }
  if (next.concernDetails) {
    const kept = Object.fromEntries(
      Object.entries(next.concernDetails).filter(([id]) =>
        next.concerns.includes(id as Answers['concerns'][number]),
      ),
    );
    next.concernDetails = kept;
  }
  if (!asksAboutPartner(next.relationship)) {
    next.partnerTakingPart = 'not-applicable';
    delete next.relationshipLength;
  }
  if (next.healthSkipped) {
    next.health = [];
  }
  return next;
}
