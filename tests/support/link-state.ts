import { act } from '@testing-library/react';
import type { TherapistLink } from '../../src/questionnaire/therapist-link.ts';
import { useTherapistLinkStore } from '../../src/storage/therapist-link-store.ts';

/** Makes `link` the client's active link, with these answers to its questions. */
export function activateLink(link: TherapistLink, customAnswers: Record<string, string> = {}) {
  act(() => {
    useTherapistLinkStore.setState({ link, customAnswers, questionsDone: false });
  });
}

export function clearLink() {
  act(() => useTherapistLinkStore.getState().clear());
}
