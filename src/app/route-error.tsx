import { useLocation, useNavigate, useRouteError } from 'react-router';
import { pageTitle } from '../content/en/app.ts';
import { errorCopy } from '../content/en/errors.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { useAnswersStore } from '../storage/answers-store.ts';
import { downloadAnswersFile } from '../storage/answers-file.ts';
import { NotFoundPage } from './not-found-page.tsx';

function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: number }).status === 404
  );
}

/** Shown instead of a blank page when a page fails. The answers live in the store, untouched. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle(pageTitle(errorCopy.crashTitle));
  const answers = useAnswersStore((state) => state.answers);
  const navigate = useNavigate();
  const location = useLocation();
  // Navigating to the same place clears the router's error and renders the page again,
  // without a reload that would lose answers kept in memory only.
  const retry = () =>
    navigate(`${location.pathname}${location.search}`, { replace: true, state: { retry: true } });
  if (isNotFound(error)) return <NotFoundPage />;
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
          onClick={() => downloadAnswersFile(answers)}
        >
          {errorCopy.download}
        </button>
      </div>
    </div>
  );
}
