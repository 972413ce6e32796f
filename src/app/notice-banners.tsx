import { Suspense } from 'react';
import { useAnswersStore, type AnswersState } from '../storage/answers-store.ts';
import { useSessionNotices, type SessionNotices } from '../storage/session-notices.ts';
import { lazyPage } from './lazy-page.ts';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

// Their words and code come only when there is something to say: most visits never need them.
const Notices = lazyPage(() => import('./notices.tsx').then((m) => m.Notices));

const hasLoadNotice = (state: AnswersState) => state.loadNotice !== null;
const hasSessionNotice = (state: SessionNotices) => state.couple !== null || state.link !== null;

/**
 * Fetches the notices' code when a notice is already waiting as the app starts (saved answers
 * that could not all be read), so the first render shows it in place rather than a moment later.
 */
export function preloadNoticesIfAny(): Promise<void> {
  const waiting =
    hasLoadNotice(useAnswersStore.getState()) || hasSessionNotice(useSessionNotices.getState());
  // If they cannot arrive, the page opens all the same, without them.
  return waiting ? Notices.preload().catch(() => undefined) : Promise.resolve();
}

/** Says, kindly, when something saved could not all be read back, if anything. */
export function NoticeBanners() {
  const load = useAnswersStore(hasLoadNotice);
  const session = useSessionNotices(hasSessionNotice);
  if (!load && !session) return null;
  // Their own boundaries: while their code arrives the page stays, and if it cannot arrive
  // the page still works (the answers that were read are kept either way).
  return (
    <RouteErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Notices />
      </Suspense>
    </RouteErrorBoundary>
  );
}
