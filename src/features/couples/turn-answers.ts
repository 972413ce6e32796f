import { emptyAnswers, type Answers } from '../../questionnaire/answers.ts';
import { defaultMarks } from '../../questionnaire/privacy-marks.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore, type SharedFacts } from '../../storage/couple-store.ts';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';

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
 * Ends a partner's turn: their answers (and any answers to a therapist's own questions) move
 * into the couple session, and the stores start empty for the next partner, so no page or
 * Back button can show them any more.
 */
export function finishTurn(): void {
  const couple = useCoupleStore.getState();
  const { answers } = useAnswersStore.getState();
  if (couple.facts === null) return;
  const link = useTherapistLinkStore.getState();
  const linkAnswers = Object.keys(link.customAnswers).length > 0 ? link.customAnswers : null;
  couple.finishTurn({
    answers,
    marks: couple.draftMarks ?? defaultMarks(answers),
    ...(linkAnswers ? { linkAnswers } : {}),
  });
  // A therapist's questions are asked again, afresh, of the next partner.
  useTherapistLinkStore.setState({ customAnswers: {}, questionsDone: false });
  useAnswersStore.setState({
    ageConfirmed: true,
    answered: [],
    answers: { ...emptyAnswers('couple-together'), ...factsAnswers(couple.facts) },
    loadNotice: null,
  });
}
