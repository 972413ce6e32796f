import { pageTitle } from '../content/en/app.ts';
import { errorCopy } from '../content/en/errors.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { useAnswersStore } from '../storage/answers-store.ts';

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
              file.downloadAnswersFile(answers),
            )
          }
        >
          {errorCopy.download}
        </button>
      </div>
    </div>
  );
}
