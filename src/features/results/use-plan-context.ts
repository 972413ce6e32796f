import { useMemo } from 'react';
import { useLanguage } from '../../components/domain/use-language.ts';
import { planCopy } from '../../content/plan.ts';
import { useTherapistLinkStore } from '../../storage/therapist-link-store.ts';
import { THERAPIST_TOPIC, type PlanContext } from './checklist-entries.ts';

/** With a therapist's link, their own questions lead the plan; without one, nothing changes. */
export function usePlanContext(): PlanContext {
  const link = useTherapistLinkStore((state) => state.link);
  const language = useLanguage();
  return useMemo(
    () => ({
      therapistName: link?.name,
      ...(link?.country ? { therapistCountry: link.country } : {}),
      therapistEntries: (link?.questions ?? []).map((question, n) => ({
        id: `therapist-${n}`,
        topic: THERAPIST_TOPIC,
        text: question.text,
        why: planCopy.therapistWhy(link!.name),
        ticked: false,
      })),
    }),
    // The "why" of a therapist's question is our words, so it follows the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words: follow a switch of language
    [link, language],
  );
}
