import { emptyAnswers, type Answers } from '../../questionnaire/answers.ts';
import { defaultMarks } from '../../questionnaire/privacy-marks.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore, type SharedFacts } from '../../storage/couple-store.ts';

/** The shared facts, as they go into each partner's own answers. */
export function factsAnswers(facts: SharedFacts): Partial<Answers> {
  return {
    who: 'couple-together',
    relationship: facts.relationship,
    partnerTakingPart: 'yes',
    ...(facts.relationshipLength ? { relationshipLength: facts.relationshipLength } : {}),
  };
}

/**
 * Ends a partner's turn: their answers move into the couple session, and the answers store
 * starts empty for the next partner, so no page or Back button can show them any more.
 */
export function finishTurn(): void {
  const couple = useCoupleStore.getState();
  const { answers } = useAnswersStore.getState();
  if (couple.facts === null) return;
  couple.finishTurn({ answers, marks: couple.draftMarks ?? defaultMarks(answers) });
  useAnswersStore.setState({
    ageConfirmed: true,
    answered: [],
    answers: { ...emptyAnswers('couple-together'), ...factsAnswers(couple.facts) },
    loadNotice: null,
  });
}
