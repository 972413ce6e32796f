import { appCopy, pageTitle } from '../content/app.ts';
import { errorCopy } from '../content/errors.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { useAnswersStore } from '../storage/answers-store.ts';
import { NEUTRAL_URL, quickExit } from '../features/privacy/quick-exit.ts';

/** Shown instead of a failed page. The answers live in the store, untouched. */
export function RouteError({ retry }: { retry: () => void }) {
  useDocumentTitle(pageTitle(errorCopy.crashTitle));
  const answers = useAnswersStore((state) => state.answers);
  return (
    <div className="route-error">
      <PageHeading>{errorCopy.crashTitle}</PageHeading>
      <p>{errorCopy.crashBody}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={retry}>
          {errorCopy.retry}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            // Loaded on demand: the first load stays small, and this page is rare.
            void import('../storage/answers-file.ts').then((file) =>
              file.downloadAnswersFile(answers, useAnswersStore.getState().notebook),
            )
          }
        >
          {errorCopy.download}
        </button>
      </div>
    </div>
  );
}

/**
 * When the page frame itself fails (header, notices, exit bar), the same kind message shows
 * without the frame, with a plain exit link, so there is never a blank page.
 */
export function FrameError({ retry }: { retry: () => void }) {
  return (
    <div className="page">
      <p>
        <a
          className="button button--warning"
          href={NEUTRAL_URL}
          rel="noreferrer"
          onClick={(event) => {
            event.preventDefault();
            quickExit();
          }}
        >
          {appCopy.exit}
        </a>
      </p>
      <main id="main-content" tabIndex={-1}>
        <RouteError retry={retry} />
      </main>
    </div>
  );
}
