import { emptyAnswers, type Answers } from '../../questionnaire/answers.ts';
import { defaultMarks } from '../../questionnaire/privacy-marks.ts';
import { useAnswersStore } from '../../storage/answers-store.ts';
import {
  useCoupleStore,
  type PartnerRecord,
  type SharedFacts,
  type StoredPartner,
} from '../../storage/couple-store.ts';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { lockPartner } from './partner-seal.ts';

/** The shared facts, as they go into each partner's own answers. */
export function factsAnswers(facts: SharedFacts): Partial<Answers> {
  return {
    who: 'couple-together',
    relationship: facts.relationship,
    partnerTakingPart: 'yes',
    ...(facts.relationshipLength ? { relationshipLength: facts.relationshipLength } : {}),
  };
}

/** The current partner's answers, marks and answers to a therapist's own questions. */
function currentRecord(): PartnerRecord {
  const couple = useCoupleStore.getState();
  const { answers } = useAnswersStore.getState();
  const link = useTherapistLinkStore.getState();
  const linkAnswers = Object.keys(link.customAnswers).length > 0 ? link.customAnswers : null;
  return {
    answers,
    marks: couple.draftMarks ?? defaultMarks(answers),
    ...(linkAnswers ? { linkAnswers } : {}),
  };
}

/**
 * Ends a partner's turn: their answers (and any answers to a therapist's own questions) move
 * into the couple session, and the stores start empty for the next partner, so no page or
 * Back button can show them any more.
 */
export function finishTurn(record: StoredPartner = currentRecord()): void {
  const couple = useCoupleStore.getState();
  if (couple.facts === null) return;
  // Where they live was asked once, on this device's start page: the next partner starts from
  // it, sees it named on their own view, and can change it there.
  const { country } = useAnswersStore.getState().answers;
  couple.finishTurn(record);
  // A therapist's questions are asked again, afresh, of the next partner.
  useTherapistLinkStore.setState({ customAnswers: {}, questionsDone: false });
  useAnswersStore.setState({
    ageConfirmed: true,
    answered: [],
    answers: {
      ...emptyAnswers('couple-together'),
      ...factsAnswers(couple.facts),
      ...(country ? { country } : {}),
    },
    loadNotice: null,
  });
}

/**
 * Ends the turn with the partner's own view locked by their passcode. Sealing takes a moment;
 * if the session ended meanwhile (quick exit, delete), nothing is handed over. Returns whether
 * the turn ended.
 */
export async function finishTurnLocked(passcode: string, iterations?: number): Promise<boolean> {
  const { turn } = useCoupleStore.getState();
  const locked = await lockPartner(currentRecord(), passcode, iterations);
  const now = useCoupleStore.getState();
  if (now.mode !== 'together' || now.stage !== 'answering' || now.turn !== turn) return false;
  finishTurn(locked);
  return true;
}
