import { Link } from '../components/ui/app-link.tsx';
import { pageTitle } from '../content/app.ts';
import { errorCopy } from '../content/errors.ts';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { useDocumentTitle } from '../components/ui/use-document-title.ts';
import { useAnswersStore } from '../storage/answers-store.ts';
import { resumePath } from './resume-path.ts';

export function NotFoundPage() {
  useDocumentTitle(pageTitle(errorCopy.notFoundTitle));
  const resume = useAnswersStore((state) => resumePath(state));
  return (
    <>
      <PageHeading>{errorCopy.notFoundTitle}</PageHeading>
      <p>{errorCopy.notFoundBody}</p>
      <ul className="link-list">
        {resume !== '/' ? (
          <li>
            <Link to={resume}>{errorCopy.notFoundContinue}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/">{errorCopy.notFoundStart}</Link>
        </li>
      </ul>
    </>
  );
}
