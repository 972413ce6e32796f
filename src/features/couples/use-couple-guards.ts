import { useAnswersStore } from '../../storage/answers-store.ts';
import { useCoupleStore } from '../../storage/couple-store.ts';
import {
  apartRedirect,
  togetherRedirect,
  type ApartPage,
  type TogetherPage,
} from './couple-paths.ts';

/** Where this together page should send the person instead, or null to stay. */
export function useTogetherRedirect(page: TogetherPage): string | null {
  const couple = useCoupleStore();
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const answered = useAnswersStore((state) => state.answered);
  return togetherRedirect(page, couple, { ageConfirmed, answered });
}

/** Where this apart page should send the person instead, or null to stay. */
export function useApartRedirect(page: ApartPage): string | null {
  const draftMarks = useCoupleStore((state) => state.draftMarks);
  const partner = useCoupleStore((state) => state.partner);
  const ageConfirmed = useAnswersStore((state) => state.ageConfirmed);
  const answered = useAnswersStore((state) => state.answered);
  const who = useAnswersStore((state) => state.answers.who);
  return apartRedirect(page, { draftMarks, partner }, { ageConfirmed, answered, who });
}
